#include "connectors/tpr/json_body.h"

#include <rapidjson/error/en.h>

namespace tarjotin::tpr {

JsonArrayBody parse_array_body(const std::string& body, const std::string& what) {
  JsonArrayBody result;
  const std::size_t bom = body.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  result.document.Parse(body.data() + bom, body.size() - bom);
  if (result.document.HasParseError()) {
    result.error = std::string("invalid JSON: ") + rapidjson::GetParseError_En(result.document.GetParseError());
    result.error_offset = static_cast<long long>(result.document.GetErrorOffset() + bom);
    return result;
  }
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
