#pragma once
// Parsing JSON text that comes from outside: feed pages and request bodies.
//
// Why not Document::Parse directly: RapidJSON's parser recurses once per
// nesting level, so a body of a few hundred thousand '[' overflows the stack
// and kills the process (found by fuzzing the TPR parser). Code that walks a
// parsed value (RapidJSON's Writer, our own walkers) recurses too. So the
// nesting depth is checked first, in one pass without recursion, and a
// document nested deeper than kMaxJsonDepth is refused before it is parsed.
// Real feeds nest under 15 levels.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace tarjotin {

constexpr int kMaxJsonDepth = 100;

struct JsonTextError {
  std::size_t offset = 0;  // byte offset into the text given
  std::string message;     // what is wrong, e.g. "Missing a comma or ']' after an array element."
};

// 3 when `text` starts with a UTF-8 byte order mark, else 0.
std::size_t byte_order_mark_length(std::string_view text);

// Parses `text` into `document`. A UTF-8 byte order mark at the start is
// skipped (offsets still count it). nullopt on success.
std::optional<JsonTextError> parse_untrusted_json(std::string_view text, rapidjson::Document& document);

}  // namespace tarjotin
