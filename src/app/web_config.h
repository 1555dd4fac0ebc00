#pragma once
// The config keys of the search page and counsellors' shortlists:
//
//   "web_dir": "../web",            // the page and widget files (relative: to the
//                                   // config file); default: ../web next to it
//   "shortlists": {"expiry_days": 90,         // 1..3650: then a list is deleted
//                  "creates_per_hour": 60}    // per client address, 0 = no limit
//
// Both optional. Bad values are a ConfigError naming the key.

#include <string>

#include <rapidjson/fwd.h>

namespace tarjotin {

struct WebConfig {
  std::string web_dir;               // absolute
  int shortlist_expiry_days = 90;
  int shortlist_creates_per_hour = 60;
};

struct ConfigError;

// Reads "web_dir" and "shortlists" of the config object `doc`; `base_dir` is
// the config file's directory. false with *error on a bad value.
bool parse_web_config(const rapidjson::Value& doc, const std::string& base_dir, WebConfig& web, ConfigError* error);

}  // namespace tarjotin
