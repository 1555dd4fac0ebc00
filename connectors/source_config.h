#pragma once
// SourceConfig: one entry of the config file's "sources" array, as the
// connectors see it. Plain value type.

#include <string>

namespace tarjotin {

struct SourceConfig {
  std::string name;             // unique, used as the id prefix of its listings ("<name>:<source id>")
  std::string type;             // "linkedevents" (later "tpr", "ptv", "lahella", "mapped")
  std::string url;              // http(s)://, file:///abs/path, file://relative/path, or a plain path
  int interval_minutes = 60;
  std::string base_dir;         // directory that relative file paths are resolved against (the config file's)
};

}  // namespace tarjotin
