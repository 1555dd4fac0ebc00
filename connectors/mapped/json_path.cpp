#include "connectors/mapped/json_path.h"

#include <cstdio>

namespace tarjotin {
namespace {

std::optional<std::size_t> index_of(const std::string& segment) {
  if (segment.empty() || segment.size() > 9) return std::nullopt;
  std::size_t index = 0;
  for (char c : segment) {
    if (c < '0' || c > '9') return std::nullopt;
    index = index * 10 + static_cast<std::size_t>(c - '0');
  }
  return index;
}

}  // namespace

std::optional<JsonPath> JsonPath::parse(const std::string& text, std::string* error) {
  JsonPath path;
  path.text_ = text;
  if (text.empty()) return path;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = text.find('.', start);
    const std::string segment = text.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (segment.empty()) {
      if (error) *error = "path \"" + text + "\" has an empty segment";
      return std::nullopt;
    }
    path.segments_.push_back(segment);
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return path;
}

const rapidjson::Value* JsonPath::resolve(const rapidjson::Value& root) const {
  const rapidjson::Value* current = &root;
  for (const std::string& segment : segments_) {
    if (current->IsObject()) {
      const auto it = current->FindMember(rapidjson::StringRef(segment.data(), segment.size()));
      if (it == current->MemberEnd()) return nullptr;
      current = &it->value;
    } else if (current->IsArray()) {
      const std::optional<std::size_t> index = index_of(segment);
      if (!index || *index >= current->Size()) return nullptr;
      current = &(*current)[static_cast<rapidjson::SizeType>(*index)];
    } else {
      return nullptr;
    }
  }
  return current;
}

std::optional<Scalar> scalar_of(const rapidjson::Value& value) {
  Scalar scalar;
  if (value.IsNull()) return scalar;
  if (value.IsBool()) {
    scalar.type = Scalar::Type::boolean;
    scalar.boolean = value.GetBool();
    scalar.text = scalar.boolean ? "true" : "false";
    return scalar;
  }
  if (value.IsString()) {
    scalar.type = Scalar::Type::string;
    scalar.text.assign(value.GetString(), value.GetStringLength());
    return scalar;
  }
  if (value.IsNumber()) {
    scalar.type = Scalar::Type::number;
    scalar.number = value.GetDouble();
    if (value.IsInt64()) {
      scalar.text = std::to_string(value.GetInt64());
    } else if (value.IsUint64()) {
      scalar.text = std::to_string(value.GetUint64());
    } else {
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%.15g", scalar.number);
      scalar.text = buffer;
    }
    return scalar;
  }
  return std::nullopt;
}

const char* json_type_name(const rapidjson::Value& value) {
  if (value.IsObject()) return "object";
  if (value.IsArray()) return "array";
  if (value.IsString()) return "string";
  if (value.IsNumber()) return "number";
  if (value.IsBool()) return "boolean";
  return "null";
}

}  // namespace tarjotin
