#include "hsds_schemas.h"

#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace tarjotin::testing {
namespace {

using rapidjson::Value;
using Alloc = rapidjson::Document::AllocatorType;

constexpr int kMaxDepth = 16;  // deeper means a cycle

// "phone" for "phone.json" or ".../schema/phone.json"; "" for other references.
std::string referenced_file(const std::string& ref) {
  const std::string suffix = ".json";
  if (ref.size() <= suffix.size() || ref.compare(ref.size() - suffix.size(), suffix.size(), suffix) != 0) return "";
  const std::size_t slash = ref.rfind('/');
  const std::size_t start = slash == std::string::npos ? 0 : slash + 1;
  return ref.substr(start, ref.size() - suffix.size() - start);
}

}  // namespace

HsdsSchemas::HsdsSchemas(std::string dir) : dir_(std::move(dir)) {}

const rapidjson::Document& HsdsSchemas::file(const std::string& name) {
  auto& slot = files_[name];
  if (slot) return *slot;
  std::ifstream in(dir_ + "/" + name + ".json", std::ios::binary);
  if (!in) throw std::runtime_error("hsds schema: cannot read " + dir_ + "/" + name + ".json");
  std::stringstream text;
  text << in.rdbuf();
  slot = std::make_unique<rapidjson::Document>();
  slot->Parse(text.str().c_str());
  if (slot->HasParseError()) throw std::runtime_error("hsds schema: " + name + ".json is not JSON");
  return *slot;
}

Value HsdsSchemas::inlined(const std::string& entity, Alloc& a, int depth) {
  if (depth > kMaxDepth) throw std::runtime_error("hsds schema: references of " + entity + " form a cycle");
  Value copy(file(entity), a);
  // Replaces, depth first, every object referring to a file by that file's schema.
  struct Walker {
    HsdsSchemas* self;
    Alloc& a;
    int depth;
    void walk(Value& v) {
      if (v.IsObject()) {
        auto ref = v.FindMember("$ref");
        if (ref != v.MemberEnd() && ref->value.IsString()) {
          const std::string name = referenced_file(ref->value.GetString());
          if (!name.empty()) {
            v = self->inlined(name, a, depth + 1);
            return;
          }
        }
        for (auto& m : v.GetObject()) walk(m.value);
      } else if (v.IsArray()) {
        for (auto& e : v.GetArray()) walk(e);
      }
    }
  };
  Walker{this, a, depth}.walk(copy);
  return copy;
}

std::string HsdsSchemas::check(const rapidjson::Document& schema, const std::string& json) {
  rapidjson::SchemaDocument schema_doc(schema);
  rapidjson::SchemaValidator validator(schema_doc);
  rapidjson::Document instance;
  instance.Parse(json.c_str(), json.size());
  if (instance.HasParseError()) return "not JSON: " + json.substr(0, 300);
  if (instance.Accept(validator)) return "";
  rapidjson::StringBuffer at;
  rapidjson::StringBuffer rule;
  validator.GetInvalidDocumentPointer().StringifyUriFragment(at);
  validator.GetInvalidSchemaPointer().StringifyUriFragment(rule);
  return std::string("value at ") + at.GetString() + " breaks '" + validator.GetInvalidSchemaKeyword() + "' of " +
         rule.GetString() + " in " + json.substr(0, 3000);
}

std::string HsdsSchemas::violation(const std::string& entity, const std::string& json) {
  rapidjson::Document schema;
  Value inlined_schema = inlined(entity, schema.GetAllocator());
  static_cast<Value&>(schema).Swap(inlined_schema);  // the document now holds the inlined schema
  return check(schema, json);
}

std::string HsdsSchemas::page_violation(const std::string& entity, const std::string& json) {
  rapidjson::Document schema(rapidjson::kObjectType);
  Alloc& a = schema.GetAllocator();
  const Value* page = rapidjson::Pointer("/components/schemas/Page").Get(file("openapi"));
  if (!page) throw std::runtime_error("hsds schema: openapi.json has no components.schemas.Page");
  Value all(rapidjson::kArrayType);
  all.PushBack(Value(*page, a), a);
  Value required(rapidjson::kArrayType);
  for (const auto& m : (*page)["properties"].GetObject()) required.PushBack(Value(m.name, a), a);
  required.PushBack("contents", a);
  Value contents(rapidjson::kObjectType);
  contents.AddMember("type", "array", a);
  contents.AddMember("items", inlined(entity, a), a);
  Value properties(rapidjson::kObjectType);
  properties.AddMember("contents", contents, a);
  schema.AddMember("allOf", all, a);
  schema.AddMember("required", required, a);
  schema.AddMember("properties", properties, a);
  return check(schema, json);
}

std::string HsdsSchemas::root_violation(const std::string& json) {
  const Value* root = rapidjson::Pointer("/paths/~1/get/responses/200/content/application~1json/schema").Get(file("openapi"));
  if (!root) throw std::runtime_error("hsds schema: openapi.json has no schema for GET /");
  rapidjson::Document schema;
  schema.CopyFrom(*root, schema.GetAllocator());
  return check(schema, json);
}

}  // namespace tarjotin::testing
