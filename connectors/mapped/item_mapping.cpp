// Feed item -> Listing through a FeedMapping, as described in item_mapping.h.
#include "connectors/mapped/item_mapping.h"

#include <algorithm>
#include <cctype>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "connectors/mapped/field_reader.h"

namespace tarjotin {
namespace {

LocalizedText* text_field(Listing& l, const std::string& name) {
  if (name == "name") return &l.name;
  if (name == "summary") return &l.summary;
  if (name == "description") return &l.description;
  if (name == "organiser.name") return &l.organiser.name;
  if (name == "price.text") return &l.price.text;
  if (name == "location.name") return &l.location.name;
  if (name == "location.street_address") return &l.location.street_address;
  if (name == "location.municipality") return &l.location.municipality;
  return nullptr;
}

std::string* string_field(Listing& l, const std::string& name) {
  if (name == "organiser.id") return &l.organiser.id;
  if (name == "location.id") return &l.location.id;
  if (name == "location.postal_code") return &l.location.postal_code;
  if (name == "registration.url") return &l.registration.url;
  if (name == "contact.phone") return &l.contact.phone;
  if (name == "contact.email") return &l.contact.email;
  if (name == "contact.url") return &l.contact.url;
  if (name == "source_url") return &l.source_url;
  if (name == "source_modified") return &l.source_modified;
  return nullptr;
}

Tri* tri_field(Listing& l, const std::string& name) {
  return name == "price.free" ? &l.price.free : name == "registration.required" ? &l.registration.required : nullptr;
}

std::optional<double>* number_field(Listing& l, const std::string& name) {
  if (name == "location.lat") return &l.location.lat;
  if (name == "location.lon") return &l.location.lon;
  if (name == "price.min_eur") return &l.price.min_eur;
  if (name == "price.max_eur") return &l.price.max_eur;
  return nullptr;
}

std::optional<int>* integer_field(Listing& l, const std::string& name) {
  return name == "min_age" ? &l.min_age : name == "max_age" ? &l.max_age : nullptr;
}

std::string language_code(std::string code) {
  for (char& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return code.substr(0, code.find_first_of("-_"));
}

void set_list(const FieldSpec& spec, std::vector<std::string> values, Listing& l, std::vector<std::string>& problems) {
  for (const std::string& value : values) {
    if (spec.field == "keywords") {
      l.keywords.push_back({value, {}});
    } else if (spec.field == "languages") {
      const std::string code = language_code(value);
      if (!code.empty() && std::find(l.languages.begin(), l.languages.end(), code) == l.languages.end())
        l.languages.push_back(code);
    } else if (spec.field == "channels") {
      if (value == "in_person" || value == "online" || value == "phone")
        l.channels.push_back(value);
      else
        problems.push_back("fields.channels: \"" + value + "\" is not in_person, online or phone; add it to \"map\"");
    } else if (spec.field == "accessibility") {
      l.accessibility[value] = Tri::yes;
    }
  }
}

void set_enum(const FieldSpec& spec, FieldReader& reader, Listing& l, std::vector<std::string>& problems) {
  const std::optional<std::string> value = reader.string(spec);
  if (!value) return;
  if (spec.type == FieldType::kind) {
    if (const auto kind = parse_kind(*value)) l.kind = *kind;
    else problems.push_back("fields.kind: \"" + *value + "\" is not event, service, place or volunteering; add it to \"map\"");
  } else if (const auto status = parse_event_status(*value)) {
    l.status = *status;
  } else {
    problems.push_back("fields.status: \"" + *value + "\" is not scheduled, cancelled, postponed or rescheduled; add it to \"map\"");
  }
}

void set_field(const FieldSpec& spec, FieldReader& reader, Listing& l, std::optional<ParsedTime>& start,
               std::optional<ParsedTime>& end, std::vector<std::string>& problems) {
  switch (spec.type) {
    case FieldType::text:
      if (LocalizedText* target = text_field(l, spec.field)) *target = reader.text(spec);
      break;
    case FieldType::string:
      if (std::string* target = string_field(l, spec.field)) *target = reader.string(spec).value_or("");
      break;
    case FieldType::kind:
    case FieldType::status:
      set_enum(spec, reader, l, problems);
      break;
    case FieldType::tri:
      if (Tri* target = tri_field(l, spec.field)) *target = reader.tri(spec);
      break;
    case FieldType::number:
      if (auto* target = number_field(l, spec.field)) *target = reader.number(spec);
      break;
    case FieldType::integer:
      if (auto* target = integer_field(l, spec.field)) *target = reader.integer(spec);
      break;
    case FieldType::time:
      (spec.field == "start" ? start : end) = reader.time(spec);
      break;
    case FieldType::list:
      set_list(spec, reader.list(spec), l, problems);
      break;
    case FieldType::occurrences:
      for (const Occurrence& occurrence : reader.occurrences(spec)) l.occurrences.push_back(occurrence);
      break;
  }
}

std::string compact_json(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace

MappedItem map_feed_item(const FeedMapping& mapping, const std::string& source, const rapidjson::Value& item) {
  MappedItem result;
  FieldReader reader(item, mapping.default_language, result.problems);
  const FieldSpec& id_spec = *mapping.find("id");
  const std::optional<std::string> id = reader.string(id_spec);
  if (!id) {
    result.problems.push_back(std::string(item.IsObject() ? "" : "item is not a JSON object; ") +
                              "no value for \"fields.id\"" +
                              (id_spec.path ? " at \"" + id_spec.path->text() + "\"" : "") + "; item skipped");
    return result;
  }
  result.id = *id;
  FeedItem feed_item;
  Listing& l = feed_item.listing;
  l.id = source + ":" + *id;
  l.source = source;
  l.source_id = *id;
  std::optional<ParsedTime> start, end;
  for (const FieldSpec& spec : mapping.fields)
    if (spec.field != "id") set_field(spec, reader, l, start, end, result.problems);
  if (l.name.empty()) {
    const FieldSpec& name_spec = *mapping.find("name");
    result.problems.push_back("no value for \"fields.name\"" +
                              (name_spec.path ? " at \"" + name_spec.path->text() + "\"" : "") + "; item skipped");
    return result;
  }
  if (start) l.occurrences.push_back(occurrence_between(*start, end));
  std::sort(l.occurrences.begin(), l.occurrences.end(), [](const Occurrence& a, const Occurrence& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  });
  l.occurrences.erase(std::unique(l.occurrences.begin(), l.occurrences.end()), l.occurrences.end());
  feed_item.raw = compact_json(item);
  result.item = std::move(feed_item);
  return result;
}

}  // namespace tarjotin
