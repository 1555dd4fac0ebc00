#pragma once
// The Listing fields a mapping file can fill (fields.* in feed_mapping.h) and
// the kind of value each takes. Pure lookups on a fixed table.

#include <optional>
#include <string>
#include <vector>

namespace tarjotin {

enum class FieldType { text, string, kind, status, tri, number, integer, time, list, occurrences };

// The type of a mappable field, or nullopt when `name` is not one.
std::optional<FieldType> field_type(const std::string& name);

// All mappable field names, in the order items are mapped ("id" first).
std::vector<std::string> mapped_field_names();

}  // namespace tarjotin
