// Reads and validates a mapping file; the format is in feed_mapping.h.
#include "connectors/mapped/feed_mapping.h"

#include <set>

#include "model/listing.h"
#include "model/untrusted_json.h"

namespace tarjotin {
namespace {

using rapidjson::Value;

std::string quoted(const std::string& key) { return "\"" + key + "\""; }

// "paging" + "next" -> "paging.next"; "" + "items" -> "items".
std::string join(const std::string& key, const std::string& name) { return key.empty() ? name : key + "." + name; }

// A language key of the per-language form: "fi", "sv", "se", "zh_hans".
bool is_language_code(const std::string& key) {
  if (key.size() < 2) return false;
  for (char c : key)
    if (!((c >= 'a' && c <= 'z') || c == '_' || c == '-')) return false;
  return key.size() <= 8;
}

// Collects the first error; every reader returns false once one is set.
class Reader {
 public:
  explicit Reader(std::string* error) : error_(error) {}
  bool fail(const std::string& key, const std::string& message) {
    if (error_ && error_->empty()) *error_ = "mapping " + quoted(key) + ": " + message;
    return false;
  }

  bool path(const Value& value, const std::string& key, JsonPath* out) {
    if (!value.IsString()) return fail(key, std::string("expected a path string, found ") + json_type_name(value));
    std::string problem;
    const std::optional<JsonPath> parsed = JsonPath::parse(value.GetString(), &problem);
    if (!parsed) return fail(key, problem);
    *out = *parsed;
    return true;
  }

  bool optional_path(const Value& object, const char* name, const std::string& key, std::optional<JsonPath>* out) {
    const auto it = object.FindMember(name);
    if (it == object.MemberEnd() || (it->value.IsString() && it->value.GetStringLength() == 0)) return true;
    JsonPath path_value;
    if (!path(it->value, join(key, name), &path_value)) return false;
    *out = path_value;
    return true;
  }

  bool text(const Value& object, const char* name, const std::string& key, std::string* out) {
    const auto it = object.FindMember(name);
    if (it == object.MemberEnd()) return true;
    if (!it->value.IsString() || it->value.GetStringLength() == 0)
      return fail(join(key, name), "expected a non-empty string");
    *out = it->value.GetString();
    return true;
  }

  bool number(const Value& object, const char* name, const std::string& key, long long minimum, long long* out) {
    const auto it = object.FindMember(name);
    if (it == object.MemberEnd()) return true;
    if (!it->value.IsInt64() || it->value.GetInt64() < minimum)
      return fail(join(key, name), "expected a whole number >= " + std::to_string(minimum));
    *out = it->value.GetInt64();
    return true;
  }

  bool only_keys(const Value& object, const std::string& key, const std::set<std::string>& allowed) {
    for (const auto& member : object.GetObject()) {
      const std::string name = member.name.GetString();
      if (!allowed.count(name)) {
        std::string known;
        for (const std::string& a : allowed) known += (known.empty() ? "" : ", ") + a;
        return fail(join(key, name), "unknown key (expected one of: " + known + ")");
      }
    }
    return true;
  }

 private:
  std::string* error_;
};

bool read_paging(const Value& value, Reader& reader, PagingSpec& paging) {
  const std::string key = "paging";
  if (!value.IsObject()) return reader.fail(key, "expected an object {\"style\": ...}");
  const auto style = value.FindMember("style");
  const std::string name = style != value.MemberEnd() && style->value.IsString() ? style->value.GetString() : "";
  if (name == "none") {
    paging.style = PagingSpec::Style::none;
    return reader.only_keys(value, key, {"style", "comment"});
  }
  if (name == "page") {
    paging.style = PagingSpec::Style::page;
    return reader.only_keys(value, key, {"style", "comment", "param", "start", "size_param", "size", "last_page"}) &&
           reader.text(value, "param", key, &paging.param) && reader.number(value, "start", key, 0, &paging.start) &&
           reader.text(value, "size_param", key, &paging.size_param) &&
           reader.number(value, "size", key, 0, &paging.size) &&
           reader.optional_path(value, "last_page", key, &paging.last_page) &&
           (paging.size_param.empty() || paging.size > 0 ||
            reader.fail(key + ".size", "required with \"size_param\""));
  }
  if (name == "next") {
    paging.style = PagingSpec::Style::next;
    return reader.only_keys(value, key, {"style", "comment", "next"}) &&
           reader.optional_path(value, "next", key, &paging.next) &&
           (paging.next.has_value() || reader.fail(key + ".next", "required: the path of the next page's URL"));
  }
  if (name == "limit_skip") {
    paging.style = PagingSpec::Style::limit_skip;
    paging.size = 100;
    return reader.only_keys(value, key,
                            {"style", "comment", "limit_param", "skip_param", "size", "has_more", "total"}) &&
           reader.text(value, "limit_param", key, &paging.limit_param) &&
           reader.text(value, "skip_param", key, &paging.skip_param) &&
           reader.number(value, "size", key, 1, &paging.size) &&
           reader.optional_path(value, "has_more", key, &paging.has_more) &&
           reader.optional_path(value, "total", key, &paging.total);
  }
  return reader.fail(key + ".style", quoted(name) + " is not one of none, page, next, limit_skip");
}

// Checks that a constant, map value or default fits the field's type.
bool check_target(const Scalar& value, FieldType type, const std::string& key, Reader& reader) {
  if (value.type == Scalar::Type::null) return true;
  if (type == FieldType::kind && !parse_kind(value.text))
    return reader.fail(key, quoted(value.text) + " is not a kind (event, service, place, volunteering)");
  if (type == FieldType::status && !parse_event_status(value.text))
    return reader.fail(key, quoted(value.text) + " is not a status (scheduled, cancelled, postponed, rescheduled)");
  if (type == FieldType::list && value.type == Scalar::Type::string && value.text.empty())
    return reader.fail(key, "an empty list element; use null to drop a value");
  return true;
}

bool read_scalar(const Value& value, FieldType type, const std::string& key, Reader& reader, Scalar* out) {
  const std::optional<Scalar> scalar = scalar_of(value);
  if (!scalar) return reader.fail(key, std::string("expected a string, number, boolean or null, found ") + json_type_name(value));
  *out = *scalar;
  return check_target(*out, type, key, reader);
}

bool read_spec_object(const Value& value, const std::string& key, Reader& reader, FieldSpec& spec) {
  if (spec.type == FieldType::occurrences) {
    spec.has_end = value.HasMember("end");
    return reader.only_keys(value, key, {"each", "start", "end"}) &&
           (value.HasMember("each") || reader.fail(key + ".each", "required: the path of the array of dates")) &&
           (value.HasMember("start") || reader.fail(key + ".start", "required: the start's path inside each element")) &&
           reader.path(value["each"], key + ".each", &spec.each) &&
           reader.path(value["start"], key + ".start", &spec.start) &&
           (!spec.has_end || reader.path(value["end"], key + ".end", &spec.end));
  }
  if (spec.type == FieldType::text && !value.HasMember("path") && !value.HasMember("const")) {
    if (value.MemberCount() == 0) return reader.fail(key, "an empty object; give a path or {\"fi\": path, ...}");
    for (const auto& member : value.GetObject()) {
      const std::string lang = member.name.GetString();
      if (!is_language_code(lang))
        return reader.fail(key + "." + lang, "not a language code (a text field takes {\"fi\": path, \"sv\": path, ...})");
      if (!reader.path(member.value, key + "." + lang, &spec.languages[lang])) return false;
    }
    return true;
  }
  std::set<std::string> allowed{"path", "const", "default", "map"};
  if (spec.type == FieldType::list) allowed.insert({"split", "prefix"});
  if (spec.type == FieldType::text || spec.type == FieldType::time) allowed = {"path", "const"};
  if (!reader.only_keys(value, key, allowed)) return false;
  if (value.HasMember("path") == value.HasMember("const"))
    return reader.fail(key, "give exactly one of \"path\" and \"const\"");
  if (value.HasMember("path")) {
    JsonPath path;
    if (!reader.path(value["path"], key + ".path", &path)) return false;
    spec.path = path;
  } else if (spec.type == FieldType::text) {
    const Value& text = value["const"];
    if (text.IsString()) spec.const_text[""] = text.GetString();
    if (text.IsObject())
      for (const auto& member : text.GetObject()) {
        if (!member.value.IsString()) return reader.fail(key + ".const." + member.name.GetString(), "expected a string");
        spec.const_text[member.name.GetString()] = member.value.GetString();
      }
    if (spec.const_text.empty()) return reader.fail(key + ".const", "expected a non-empty string or {lang: string}");
  } else {
    Scalar constant;
    if (!read_scalar(value["const"], spec.type, key + ".const", reader, &constant)) return false;
    spec.constant = constant;
  }
  if (value.HasMember("default")) {
    Scalar fallback;
    if (!read_scalar(value["default"], spec.type, key + ".default", reader, &fallback)) return false;
    spec.fallback = fallback;
  }
  if (value.HasMember("map")) {
    if (!value["map"].IsObject()) return reader.fail(key + ".map", "expected an object {feed value: field value}");
    for (const auto& member : value["map"].GetObject()) {
      Scalar target;
      if (!read_scalar(member.value, spec.type, key + ".map." + member.name.GetString(), reader, &target)) return false;
      spec.value_map[member.name.GetString()] = target;
    }
  }
  return reader.text(value, "split", key, &spec.split) && reader.text(value, "prefix", key, &spec.prefix);
}

bool read_field(const std::string& name, const Value& value, Reader& reader, FeedMapping& mapping) {
  const std::string key = "fields." + name;
  const std::optional<FieldType> type = field_type(name);
  if (!type) {
    std::string names;
    for (const std::string& known : mapped_field_names()) names += (names.empty() ? "" : ", ") + known;
    return reader.fail(key, "not a Listing field this connector maps (known: " + names + ")");
  }
  if (mapping.find(name)) return reader.fail(key, "given twice");
  FieldSpec spec;
  spec.field = name;
  spec.type = *type;
  if (value.IsString() && spec.type != FieldType::occurrences) {
    JsonPath path;
    if (!reader.path(value, key, &path)) return false;
    spec.path = path;
  } else if (value.IsObject()) {
    if (!read_spec_object(value, key, reader, spec)) return false;
  } else {
    return reader.fail(key, spec.type == FieldType::occurrences ? "expected {\"each\": path, \"start\": path, \"end\": path}"
                                                                : "expected a path string or an object");
  }
  mapping.fields.push_back(std::move(spec));
  return true;
}

}  // namespace

const FieldSpec* FeedMapping::find(const std::string& field) const {
  for (const FieldSpec& spec : fields)
    if (spec.field == field) return &spec;
  return nullptr;
}

std::optional<FeedMapping> parse_feed_mapping(const std::string& json, std::string* error) {
  if (error) error->clear();
  Reader reader(error);
  rapidjson::Document document;
  if (const std::optional<JsonTextError> invalid = parse_untrusted_json(json, document)) {
    if (error) *error = "mapping file is not valid JSON: " + invalid->message + " at offset " + std::to_string(invalid->offset);
    return std::nullopt;
  }
  if (!document.IsObject()) {
    reader.fail("", "the mapping file must be a JSON object with \"items\", \"paging\" and \"fields\"");
    return std::nullopt;
  }
  FeedMapping mapping;
  if (!reader.only_keys(document, "", {"comment", "items", "paging", "default_language", "fields"})) return std::nullopt;
  if (document.HasMember("items") && !reader.path(document["items"], "items", &mapping.items)) return std::nullopt;
  if (document.HasMember("paging") && !read_paging(document["paging"], reader, mapping.paging)) return std::nullopt;
  if (!reader.text(document, "default_language", "", &mapping.default_language)) return std::nullopt;
  if (!document.HasMember("fields") || !document["fields"].IsObject()) {
    reader.fail("fields", "required: an object {\"<Listing field>\": spec, ...}");
    return std::nullopt;
  }
  for (const auto& member : document["fields"].GetObject())
    if (!read_field(member.name.GetString(), member.value, reader, mapping)) return std::nullopt;
  for (const char* required : {"id", "name"})
    if (!mapping.find(required)) {
      reader.fail(std::string("fields.") + required, "required");
      return std::nullopt;
    }
  // Keep the table's order, so that items are mapped the same way whatever the file's order.
  std::vector<FieldSpec> ordered;
  for (const std::string& name : mapped_field_names())
    if (const FieldSpec* spec = mapping.find(name)) ordered.push_back(*spec);
  mapping.fields = std::move(ordered);
  return mapping;
}

}  // namespace tarjotin
