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

#include <optional>
#include <string>
#include <vector>

#include "connectors/source_config.h"

namespace tarjotin {

struct Config {
  std::string path;        // the file it was read from
  std::string data_dir;    // absolute
  std::string listen_host = "127.0.0.1";
  int listen_port = 8080;
  std::vector<SourceConfig> sources;

  std::string store_path() const { return data_dir + "/tarjotin.sqlite"; }
  std::string index_root() const { return data_dir + "/index"; }
};

struct ConfigError {
  std::string key;       // e.g. "sources[1].type"; "" for the file itself
  std::string message;
  std::string to_string() const;
};

// Reads and validates the file. On failure returns nullopt and fills *error.
std::optional<Config> load_config(const std::string& path, ConfigError* error);

}  // namespace tarjotin
