#pragma once
// SourceConfig: one entry of the config file's "sources" array, as the
// connectors see it. Plain value type.

#include <map>
#include <string>

namespace tarjotin {

struct SourceConfig {
  std::string name;             // unique, used as the id prefix of its listings ("<name>:<source id>")
  std::string type;             // "linkedevents" (later "tpr", "ptv", "lahella", "mapped")
  std::string url;              // http(s)://, file:///abs/path, file://relative/path, or a plain path
  int interval_minutes = 60;
  std::string base_dir;         // directory that relative file paths are resolved against (the config file's)
  // The source object's other keys, for the connector of its type to read
  // (e.g. "municipalities", "organisations", "page_size", "api_key", "mapping").
  // Numbers are kept as their text; arrays of strings are joined with ",".
  std::map<std::string, std::string> settings;
};

}  // namespace tarjotin
