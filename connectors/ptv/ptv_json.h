#pragma once
// Reading PTV OUT API v11 JSON: bodies (with or without a UTF-8 BOM), optional
// members, and the v11 forms of text: localised lists
// `[{"language":"fi","value":"…","type":"Name"}]` and name lists
// `[{"value":"…","language":"fi"}]`. Everything that knows v11 field shapes
// stays under connectors/ptv/, so a v12 reader can live beside it.
//
// Pure functions; never throw. Missing members, nulls and values of the wrong
// JSON type read as absent (nullptr, "" or empty text).

#include <memory>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "model/localized_text.h"

namespace tarjotin::ptv {

using rapidjson::Value;

// A parsed response body. `document` stays valid (and every Value pointer
// into it) for the ParsedBody's lifetime, also after the ParsedBody is moved.
struct ParsedBody {
  bool ok = false;
  std::string error;              // when !ok
  long long error_offset = -1;    // byte offset of a JSON syntax error in the body, else -1
  std::unique_ptr<rapidjson::Document> document;
};

// Parses `body`, skipping a leading UTF-8 BOM (offsets count it).
ParsedBody parse_body(const std::string& body);

// The objects of a list response: a JSON array of objects, an object with an
// `itemList` array, or a single object with an "id" (a one-item list).
// Non-object array elements are left out. nullptr-free; empty when none.
std::vector<const Value*> list_items(const Value& root);

const Value* member(const Value& object, const char* name);
// `member` for arrays: nullptr unless the member is a JSON array.
const Value* array_member(const Value& object, const char* name);
std::string string_of(const Value* value);          // "" unless a string
std::string string_member(const Value& object, const char* name);

// Lower-case language code of a text entry ("FI" -> "fi"); "" when missing.
std::string language_of(const Value& entry);

// The texts of a localised list whose `type` equals `type` (every entry when
// `type` is empty), keyed by language. Null and blank values are skipped; of
// two entries in one language the first wins.
LocalizedText localized(const Value* list, const std::string& type = "");

// `localized(list, type)`, or every entry of the list when none has that type.
LocalizedText localized_or_any(const Value* list, const std::string& type);

// The re-serialised compact JSON of `value`.
std::string compact_json(const Value& value);

}  // namespace tarjotin::ptv
