// The fixed table of mappable Listing fields.
#include "connectors/mapped/field_catalog.h"

namespace tarjotin {
namespace {

struct FieldName {
  const char* name;
  FieldType type;
};

const std::vector<FieldName>& table() {
  static const std::vector<FieldName> kFields = {
      {"id", FieldType::string},
      {"name", FieldType::text},
      {"summary", FieldType::text},
      {"description", FieldType::text},
      {"kind", FieldType::kind},
      {"status", FieldType::status},
      {"organiser.id", FieldType::string},
      {"organiser.name", FieldType::text},
      {"keywords", FieldType::list},
      {"languages", FieldType::list},
      {"price.free", FieldType::tri},
      {"price.text", FieldType::text},
      {"price.min_eur", FieldType::number},
      {"price.max_eur", FieldType::number},
      {"accessibility", FieldType::list},
      {"location.id", FieldType::string},
      {"location.name", FieldType::text},
      {"location.street_address", FieldType::text},
      {"location.postal_code", FieldType::string},
      {"location.municipality", FieldType::text},
      {"location.lat", FieldType::number},
      {"location.lon", FieldType::number},
      {"start", FieldType::time},
      {"end", FieldType::time},
      {"occurrences", FieldType::occurrences},
      {"min_age", FieldType::integer},
      {"max_age", FieldType::integer},
      {"registration.required", FieldType::tri},
      {"registration.url", FieldType::string},
      {"channels", FieldType::list},
      {"contact.phone", FieldType::string},
      {"contact.email", FieldType::string},
      {"contact.url", FieldType::string},
      {"source_url", FieldType::string},
      {"source_modified", FieldType::string},
  };
  return kFields;
}

}  // namespace

std::optional<FieldType> field_type(const std::string& name) {
  for (const FieldName& field : table())
    if (name == field.name) return field.type;
  return std::nullopt;
}

std::vector<std::string> mapped_field_names() {
  std::vector<std::string> names;
  for (const FieldName& field : table()) names.push_back(field.name);
  return names;
}

}  // namespace tarjotin
