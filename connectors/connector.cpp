// The connector registry (make_connector, connector_types) and FeedError's text form.
#include "connectors/connector.h"

#include "connectors/linkedevents/linkedevents_connector.h"

namespace tarjotin {

std::string FeedError::to_string() const {
  std::string text = "source=" + source + " url=" + url;
  if (byte_offset >= 0) text += " offset=" + std::to_string(byte_offset);
  return text + ": " + message;
}

std::vector<std::string> connector_types() { return {"linkedevents"}; }

std::unique_ptr<Connector> make_connector(const SourceConfig& source, const ConnectorOptions& options,
                                          std::string* error) {
  if (source.type == "linkedevents") return std::make_unique<LinkedEventsConnector>(source, options);
  if (error) {
    std::string known;
    for (const std::string& type : connector_types()) known += (known.empty() ? "" : ", ") + type;
    *error = "source \"" + source.name + "\": unknown type \"" + source.type + "\" (known types: " + known + ")";
  }
  return nullptr;
}

}  // namespace tarjotin
