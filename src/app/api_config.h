#pragma once
// The config keys that protect the public API (SECURITY.md):
//
//   "admin_token": "...",              // POST /admin/sync and /admin/reindex need
//                                      // "Authorization: Bearer <token>"; absent or
//                                      // "": those routes do not exist (404).
//                                      // TARJOTIN_ADMIN_TOKEN in the environment wins.
//   "frame_ancestors": "'none'",       // who may put the search page in a frame
//                                      // (CSP frame-ancestors: 'none', 'self', origins)
//   "limits": {"requests_per_second": 20,   // per client address; 0 = no limit
//              "burst": 100,                // requests at once before the rate applies
//              "max_connections": 256,      // open at once; beyond: 503
//              "worker_threads": 16,
//              "read_timeout_seconds": 5,   // per read or write of a slow client
//              "keep_alive_seconds": 2,     // idle keep-alive connections close after this
//              "max_uri_bytes": 4096, "max_header_bytes": 16384, "max_headers": 64,
//              "max_body_bytes": 65536}
//
// All optional. Bad values are a ConfigError naming the key.

#include <string>

#include <rapidjson/fwd.h>

namespace tarjotin {

struct ApiOptions;
struct ConfigError;

struct ApiConfig {
  std::string admin_token;  // from the file; see effective_admin_token()
  std::string frame_ancestors = "'none'";
  double requests_per_second = 20;
  double burst = 100;
  int max_connections = 256;
  int worker_threads = 16;
  int read_timeout_seconds = 5;
  int keep_alive_seconds = 2;   // an idle keep-alive connection is closed after this long
  int max_uri_bytes = 4096;
  int max_header_bytes = 16 * 1024;
  int max_headers = 64;
  int max_body_bytes = 64 * 1024;
};

// Reads "admin_token", "frame_ancestors" and "limits" of the config object
// `doc`. false with *error on a bad value.
bool parse_api_config(const rapidjson::Value& doc, ApiConfig& api, ConfigError* error);

// TARJOTIN_ADMIN_TOKEN when set and not empty, else the file's admin_token.
std::string effective_admin_token(const ApiConfig& api);

// Copies the limits, headers and admin token into the server's options.
void apply_api_config(const ApiConfig& api, ApiOptions& options);

}  // namespace tarjotin
