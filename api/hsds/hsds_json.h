#pragma once
// rapidjson helpers shared by the HSDS mapping (api/hsds/*.cpp). HSDS fields
// are plain strings and numbers, never null: a field with no value is left
// out (add_string skips empty text).

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>

namespace tarjotin::hsds {

using Alloc = rapidjson::Document::AllocatorType;
using rapidjson::Value;

inline Value str(const std::string& s, Alloc& a) {
  return Value(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), a);
}

// Adds "name": text unless text is empty.
inline void add_string(Value& object, const char* name, const std::string& text, Alloc& a) {
  if (!text.empty()) object.AddMember(rapidjson::StringRef(name), str(text, a), a);
}

// Adds "name": text, empty or not (for required fields).
inline void add_required(Value& object, const char* name, const std::string& text, Alloc& a) {
  object.AddMember(rapidjson::StringRef(name), str(text, a), a);
}

inline std::string to_json(const Value& value) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buf);
  value.Accept(writer);
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace tarjotin::hsds
