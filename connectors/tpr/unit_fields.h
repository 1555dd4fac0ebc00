#pragma once
// Readers for the flat fields of TPR REST v4 objects (units, connections,
// ontology words): texts come as suffixed keys `x_fi`, `x_sv`, `x_en` rather
// than as a language map. Pure functions on a rapidjson value; never throw.
// A missing member, a null or a value of another type reads as empty.

#include <string>

#include <rapidjson/document.h>

#include "model/localized_text.h"

namespace tarjotin::tpr {

// The languages TPR v4 carries, in its own order.
inline constexpr const char* kLanguages[] = {"fi", "sv", "en"};

// The member `name` of `object`, or nullptr (also when `object` is not an object).
const rapidjson::Value* member(const rapidjson::Value& object, const char* name);

// The string member `name`, "" when absent or not a string.
std::string string_field(const rapidjson::Value& object, const char* name);

// `<prefix>_fi`, `<prefix>_sv`, `<prefix>_en` as one text; blank values left out.
LocalizedText suffixed_text(const rapidjson::Value& object, const std::string& prefix);

// An id given as an integer or a non-empty string, as text; "" otherwise.
std::string id_text(const rapidjson::Value* value);

// `value` re-serialised as compact JSON.
std::string compact_json(const rapidjson::Value& value);

}  // namespace tarjotin::tpr
