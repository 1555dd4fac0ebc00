#pragma once
// Small read-only accessors over rapidjson values, shared by the Lähellä.fi
// mapping files. Never throw; a missing or mistyped member reads as absent.

#include <string>

#include <rapidjson/document.h>

namespace tarjotin::lahella_json {

inline const rapidjson::Value* member(const rapidjson::Value* object, const char* name) {
  if (!object || !object->IsObject()) return nullptr;
  const auto it = object->FindMember(name);
  return it == object->MemberEnd() ? nullptr : &it->value;
}

inline std::string string_of(const rapidjson::Value* value) {
  return value && value->IsString() ? std::string(value->GetString(), value->GetStringLength()) : "";
}

// A string, or a number written as its decimal text (ids are sometimes numbers).
inline std::string id_of(const rapidjson::Value* value) {
  if (!value) return "";
  if (value->IsString()) return string_of(value);
  if (value->IsInt64()) return std::to_string(value->GetInt64());
  if (value->IsUint64()) return std::to_string(value->GetUint64());
  return "";
}

}  // namespace tarjotin::lahella_json
