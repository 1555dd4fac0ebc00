#include "connectors/tpr/json_body.h"

#include "model/untrusted_json.h"

namespace tarjotin::tpr {

JsonArrayBody parse_array_body(const std::string& body, const std::string& what) {
  JsonArrayBody result;
  if (const std::optional<JsonTextError> invalid = parse_untrusted_json(body, result.document)) {
    result.error = "invalid JSON: " + invalid->message;
    result.error_offset = static_cast<long long>(invalid->offset);
    return result;
  }
  const std::size_t bom = byte_order_mark_length(body);
  if (!result.document.IsArray()) {
    const std::size_t start = body.find_first_not_of(" \t\r\n", bom);
    result.error = "expected a JSON array of " + what;
    result.error_offset = static_cast<long long>(start == std::string::npos ? bom : start);
    return result;
  }
  result.ok = true;
  return result;
}

}  // namespace tarjotin::tpr
