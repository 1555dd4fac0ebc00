// Depth-checked JSON parsing, as described in untrusted_json.h.
#include "model/untrusted_json.h"

#include <rapidjson/error/en.h>

namespace tarjotin {
namespace {

// The offset of the first '[' or '{' (outside strings) that opens level
// kMaxJsonDepth + 1, or nullopt. Only brackets are counted: whether the text is
// otherwise valid JSON is the parser's job.
std::optional<std::size_t> too_deep_at(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;  // the escaped character cannot end the string
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::nullopt;
}

}  // namespace

std::size_t byte_order_mark_length(std::string_view text) { return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; }

std::optional<JsonTextError> parse_untrusted_json(std::string_view text, rapidjson::Document& document) {
  const std::size_t bom = byte_order_mark_length(text);
  const std::string_view json = text.substr(bom);
  if (const std::optional<std::size_t> at = too_deep_at(json)) {
    document.SetNull();
    return JsonTextError{*at + bom, "arrays and objects nested more than " + std::to_string(kMaxJsonDepth) + " levels deep"};
  }
  document.Parse(json.data(), json.size());
  if (!document.HasParseError()) return std::nullopt;
  return JsonTextError{document.GetErrorOffset() + bom, rapidjson::GetParseError_En(document.GetParseError())};
}

}  // namespace tarjotin
