#pragma once
// Config: the one JSON file that tells tarjotin where its data lives, where to
// listen and which feeds to read. Exactly these top-level keys:
//
//   {
//     "data_dir": "../var",                 // relative paths: to the config file's directory
//     "listen": "127.0.0.1:8080",
//     "sources": [
//       {"name": "linkedevents", "type": "linkedevents",
//        "url": "https://api.hel.fi/linkedevents/v1/event/", "interval_minutes": 60}
//     ]
//   }
//
// Unknown keys are refused so a typo is caught at start, not discovered later.
//
// Optional: "role" and "replication" (app/replication_config.h) for one indexer
// and many read-only search nodes; without them a node is "standalone".

#include <optional>
#include <string>
#include <vector>

#include "app/api_config.h"
#include "app/replication_config.h"
#include "app/web_config.h"
#include "connectors/source_config.h"

namespace tarjotin {

struct Config {
  std::string path;        // the file it was read from
  std::string data_dir;    // absolute
  std::string listen_host = "127.0.0.1";
  int listen_port = 8080;
  std::vector<SourceConfig> sources;
  Role role = Role::standalone;
  ReplicationConfig replication;
  WebConfig web;  // "web_dir", "shortlists" (app/web_config.h)
  ApiConfig api;  // "admin_token", "frame_ancestors", "limits" (app/api_config.h)

  std::string store_path() const { return data_dir + "/tarjotin.sqlite"; }
  // A search node keeps its replica apart from any index of its own (replica_follower.h).
  std::string index_root() const { return data_dir + (role == Role::search ? "/replica" : "/index"); }
};

struct ConfigError {
  std::string key;       // e.g. "sources[1].type"; "" for the file itself
  std::string message;
  std::string to_string() const;
};

// Reads and validates the file. On failure returns nullopt and fills *error.
std::optional<Config> load_config(const std::string& path, ConfigError* error);

}  // namespace tarjotin
