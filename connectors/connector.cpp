// The connector registry (make_connector, connector_types) and FeedError's text form.
#include "connectors/connector.h"

#include <algorithm>

#include "connectors/lahella/lahella_connector.h"
#include "connectors/linkedevents/linkedevents_connector.h"
#include "connectors/mapped/mapped_connector.h"
#include "connectors/ptv/ptv_connector.h"
#include "connectors/tpr/tpr_connector.h"

namespace tarjotin {

std::string FeedError::to_string() const {
  std::string text = "source=" + source + " url=" + url;
  if (byte_offset >= 0) text += " offset=" + std::to_string(byte_offset);
  return text + ": " + message;
}

namespace {

// One row per source type: its optional settings and how to make it.
struct ConnectorType {
  const char* name;
  std::vector<std::string> settings;
  std::unique_ptr<Connector> (*make)(const SourceConfig&, const ConnectorOptions&);
};

const std::vector<ConnectorType>& registry() {
  static const std::vector<ConnectorType> kTypes = {
      {"linkedevents", {},
       [](const SourceConfig& s, const ConnectorOptions& o) -> std::unique_ptr<Connector> {
         return std::make_unique<LinkedEventsConnector>(s, o);
       }},
      {"tpr", tpr_settings(), make_tpr_connector},
      {"ptv", ptv_settings(), make_ptv_connector},
      {"lahella", lahella_settings(), make_lahella_connector},
      {"mapped", mapped_settings(), make_mapped_connector},
  };
  return kTypes;
}

const ConnectorType* find_type(const std::string& name) {
  for (const ConnectorType& t : registry())
    if (name == t.name) return &t;
  return nullptr;
}

}  // namespace

std::vector<std::string> connector_types() {
  std::vector<std::string> names;
  for (const ConnectorType& t : registry()) names.push_back(t.name);
  return names;
}

std::vector<std::string> connector_settings(const std::string& type) {
  const ConnectorType* t = find_type(type);
  return t ? t->settings : std::vector<std::string>{};
}

std::unique_ptr<Connector> make_connector(const SourceConfig& source, const ConnectorOptions& options,
                                          std::string* error) {
  if (const ConnectorType* type = find_type(source.type)) {
    for (const auto& [key, value] : source.settings) {
      if (std::find(type->settings.begin(), type->settings.end(), key) == type->settings.end()) {
        if (error) *error = "source \"" + source.name + "\": setting \"" + key + "\" is not used by type \"" + source.type + "\"";
        return nullptr;
      }
    }
    return type->make(source, options);
  }
  if (error) {
    std::string known;
    for (const std::string& type : connector_types()) known += (known.empty() ? "" : ", ") + type;
    *error = "source \"" + source.name + "\": unknown type \"" + source.type + "\" (known types: " + known + ")";
  }
  return nullptr;
}

}  // namespace tarjotin
