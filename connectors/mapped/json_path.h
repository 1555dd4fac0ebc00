#pragma once
// JsonPath: a dot-separated path into a JSON value, as written in mapping files:
// "title.fi", "attributes.name", "location.coordinates.1". A segment of digits
// indexes an array (and is an ordinary key in an object); "" is the value
// itself. No escaping: keys containing '.' cannot be reached.
//
// Plain value type; resolve() is pure and never throws.

#include <optional>
#include <string>
#include <vector>

#include <rapidjson/document.h>

namespace tarjotin {

class JsonPath {
 public:
  JsonPath() = default;

  // nullopt, with *error saying why, for an empty segment ("a..b", ".a", "a.").
  static std::optional<JsonPath> parse(const std::string& text, std::string* error);

  // The value at this path under `root`, or nullptr when some segment is missing
  // or does not fit (a key into an array, an index into an object's absent key,
  // anything into a scalar). A JSON null is returned as a value.
  const rapidjson::Value* resolve(const rapidjson::Value& root) const;

  const std::string& text() const { return text_; }
  bool empty() const { return segments_.empty(); }

 private:
  std::string text_;
  std::vector<std::string> segments_;
};

// A JSON scalar from a mapping file or a feed.
struct Scalar {
  enum class Type { null, boolean, number, string };
  Type type = Type::null;
  bool boolean = false;
  double number = 0;
  std::string text;  // the string; a number or boolean written out ("12", "60.17", "true")
};

// The scalar `value` is; nullopt for objects and arrays.
std::optional<Scalar> scalar_of(const rapidjson::Value& value);

// "object", "array", "string", "number", "boolean" or "null".
const char* json_type_name(const rapidjson::Value& value);

}  // namespace tarjotin
