#pragma once
// The role of a node and its replication settings: the config keys "role" and
// "replication" (docs/deployment.md).
//
//   "role": "standalone"   sync + index + serve in one process (the default)
//   "role": "indexer"      sync + index, and publish the index to search nodes:
//     "replication": {"listen": "10.0.0.5:7010",   // where xapian-replicate-server
//                                                  // listens; default 127.0.0.1:7010
//                     "max_changesets": 100}        // XAPIAN_MAX_CHANGESETS, 1..1000
//   "role": "search"       no sync, no writes; serve a local replica of the indexer's index:
//     "replication": {"indexer": "10.0.0.5:7010",  // required
//                     "interval_seconds": 30,       // between updates, 0.1..86400
//                     "timeout_seconds": 60}        // socket timeout of one update, 1..3600
//
// A key that the node's role does not use is refused, naming the role. The
// replication protocol has no authentication: the listen address must be a
// private interface; it is never all interfaces unless the config says so.

#include <string>

#include <rapidjson/fwd.h>

namespace tarjotin {

enum class Role { standalone, indexer, search };

const char* role_name(Role role);

struct ReplicationConfig {
  std::string listen_host = "127.0.0.1";  // indexer
  int listen_port = 7010;
  int max_changesets = 100;
  std::string indexer_host;               // search
  int indexer_port = 0;
  double interval_seconds = 30;
  int timeout_seconds = 60;
};

struct Config;
struct ConfigError;

// Reads "role" and "replication" of the config object `doc` into `config`.
// False (with *error naming the key) when a value is wrong or a key does not
// fit the role.
bool parse_replication(const rapidjson::Value& doc, Config& config, ConfigError* error);

}  // namespace tarjotin
