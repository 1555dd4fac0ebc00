#pragma once
// For the HSDS tests: validates JSON against the HSDS 3.0 JSON schemas in
// tests/fixtures/hsds3_schema (copied from the specification; never read from
// elsewhere at run time).
//
// The schema files refer to each other ("$ref": "phone.json", or the full
// raw.githubusercontent.com URL of a file); rapidjson does not resolve such
// references by itself, so load() inlines them: every object with a "$ref" to
// a file is replaced by that file's schema (recursively; the files form no
// cycle, and one would fail the load). Siblings of "$ref" are annotations only
// (draft-04 ignores them too).
//
// rapidjson's validator implements JSON Schema draft-04; the HSDS files use
// only type, properties, required, items, enum and format (plus annotations:
// name, title, description, example, constraints, core, ...). Checked: type,
// properties, required, items, enum - so every required field, every field's
// JSON type and every enumerated value (status, location_type, address_type,
// freq, wkst). NOT checked: "format" (rapidjson has no format checks), so
// neither "uuid" (tarjotin's ids are stable strings, not UUIDs: a documented
// deviation) nor "uri", "email", "date-time"; the HSDS tests check the
// date-time of last_modified and the date/time forms of schedules themselves.

#include <map>
#include <memory>
#include <string>

#include <rapidjson/document.h>
#include <rapidjson/schema.h>

namespace tarjotin::testing {

class HsdsSchemas {
 public:
  // Loads <dir>/*.json as needed. Throws std::runtime_error when a file is
  // missing, not JSON, or the references form a cycle.
  explicit HsdsSchemas(std::string dir);

  // "" when `json` is valid against the schema of `entity` ("service",
  // "service_at_location", "organization", "taxonomy", "taxonomy_term", ...),
  // else where and why not.
  std::string violation(const std::string& entity, const std::string& json);

  // The same for an HSDS page (components.schemas.Page of openapi.json, with
  // every Page property required) whose contents are `entity` objects.
  std::string page_violation(const std::string& entity, const std::string& json);

  // The same for the body of GET / (the schema in openapi.json's paths["/"]).
  std::string root_violation(const std::string& json);

 private:
  // The schema of `entity` with every file reference inlined, in `a`.
  rapidjson::Value inlined(const std::string& entity, rapidjson::Document::AllocatorType& a, int depth = 0);
  const rapidjson::Document& file(const std::string& name);
  std::string check(const rapidjson::Document& schema, const std::string& json);

  std::string dir_;
  std::map<std::string, std::unique_ptr<rapidjson::Document>> files_;
};

}  // namespace tarjotin::testing
