#pragma once
// UTF-8 validity for text that crosses a trust boundary (query strings, feeds).

#include <string>

namespace tarjotin {

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool is_valid_utf8(const std::string& text);

// `text` with every invalid byte replaced by U+FFFD.
std::string repair_utf8(const std::string& text);

}  // namespace tarjotin
