#pragma once
// Parsing a whole TPR response body that must be one JSON array (the unit
// list, the ontology word list). Pure; never throws.
//
// A UTF-8 byte order mark before the JSON is skipped. A body that is not JSON,
// or JSON that is not an array, fails with a message and the byte offset in
// `body` (of the syntax error, or of the value that is not an array).

#include <string>

#include <rapidjson/document.h>

namespace tarjotin::tpr {

struct JsonArrayBody {
  bool ok = false;
  std::string error;             // when !ok
  long long error_offset = -1;   // when !ok: byte offset in the body
  rapidjson::Document document;  // when ok: an array
};

// `what` names the expected content in messages, e.g. "units".
JsonArrayBody parse_array_body(const std::string& body, const std::string& what);

}  // namespace tarjotin::tpr
