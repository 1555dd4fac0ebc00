#include "connectors/ptv/ptv_json.h"

#include <cctype>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "model/untrusted_json.h"

namespace tarjotin::ptv {

ParsedBody parse_body(const std::string& body) {
  ParsedBody parsed;
  parsed.document = std::make_unique<rapidjson::Document>();
  if (const std::optional<JsonTextError> invalid = parse_untrusted_json(body, *parsed.document)) {
    parsed.error = "invalid JSON: " + invalid->message;
    parsed.error_offset = static_cast<long long>(invalid->offset);
    return parsed;
  }
  parsed.ok = true;
  return parsed;
}

std::vector<const Value*> list_items(const Value& root) {
  std::vector<const Value*> items;
  const Value* list = &root;
  if (root.IsObject()) {
    list = array_member(root, "itemList");
    if (!list) {
      if (root.HasMember("id")) items.push_back(&root);
      return items;
    }
  }
  if (!list->IsArray()) return items;
  for (const Value& item : list->GetArray())
    if (item.IsObject()) items.push_back(&item);
  return items;
}

const Value* member(const Value& object, const char* name) {
  if (!object.IsObject()) return nullptr;
  const auto it = object.FindMember(name);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

const Value* array_member(const Value& object, const char* name) {
  const Value* value = member(object, name);
  return value && value->IsArray() ? value : nullptr;
}

std::string string_of(const Value* value) {
  return value && value->IsString() ? std::string(value->GetString(), value->GetStringLength()) : "";
}

std::string string_member(const Value& object, const char* name) { return string_of(member(object, name)); }

std::string language_of(const Value& entry) {
  std::string code = string_member(entry, "language");
  for (char& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return code;
}

LocalizedText localized(const Value* list, const std::string& type) {
  LocalizedText text;
  if (!list || !list->IsArray()) return text;
  for (const Value& entry : list->GetArray()) {
    if (!type.empty() && string_member(entry, "type") != type) continue;
    const std::string language = language_of(entry);
    if (language.empty() || text.count(language)) continue;
    set_text(text, language, string_member(entry, "value"));
  }
  return text;
}

LocalizedText localized_or_any(const Value* list, const std::string& type) {
  LocalizedText text = localized(list, type);
  return text.empty() ? localized(list) : text;
}

std::string compact_json(const Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace tarjotin::ptv
