#include "connectors/tpr/unit_fields.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace tarjotin::tpr {

using rapidjson::Value;

const Value* member(const Value& object, const char* name) {
  if (!object.IsObject()) return nullptr;
  const auto it = object.FindMember(name);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

std::string string_field(const Value& object, const char* name) {
  const Value* value = member(object, name);
  return value && value->IsString() ? std::string(value->GetString(), value->GetStringLength()) : "";
}

LocalizedText suffixed_text(const Value& object, const std::string& prefix) {
  LocalizedText text;
  for (const char* lang : kLanguages) set_text(text, lang, string_field(object, (prefix + "_" + lang).c_str()));
  return text;
}

std::string id_text(const Value* value) {
  if (!value) return "";
  if (value->IsInt64()) return std::to_string(value->GetInt64());
  if (value->IsUint64()) return std::to_string(value->GetUint64());
  if (value->IsString() && value->GetStringLength() > 0) return std::string(value->GetString(), value->GetStringLength());
  return "";
}

std::string compact_json(const Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace tarjotin::tpr
