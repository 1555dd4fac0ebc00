#include "connectors/tpr/unit_connections.h"

#include "connectors/tpr/unit_fields.h"

namespace tarjotin::tpr {
namespace {

void append_text(LocalizedText& text, const LocalizedText& more) {
  for (const auto& [lang, value] : more) {
    std::string& existing = text[lang];
    existing += (existing.empty() ? "" : "\n\n") + value;
  }
}

}  // namespace

UnitConnections read_connections(const rapidjson::Value* connections) {
  UnitConnections result;
  if (!connections || !connections->IsArray()) return result;
  for (const rapidjson::Value& connection : connections->GetArray()) {
    if (!connection.IsObject()) continue;
    const std::string type = string_field(connection, "section_type");
    if (type == "OPENING_HOURS") {
      append_text(result.opening_hours, suffixed_text(connection, "name"));
    } else if (type == "OTHER_INFO") {
      append_text(result.other_info, suffixed_text(connection, "name"));
    } else if (type == "PRICE") {
      append_text(result.price, suffixed_text(connection, "name"));
    } else if (type == "LINK") {
      if (result.link.empty()) result.link = pick_text(suffixed_text(connection, "www"), "fi");
    } else if (type == "PHONE_OR_EMAIL") {
      if (result.phone.empty()) result.phone = string_field(connection, "phone");
      if (result.email.empty()) result.email = string_field(connection, "email");
    }
  }
  return result;
}

}  // namespace tarjotin::tpr
