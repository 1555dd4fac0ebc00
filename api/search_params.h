#pragma once
// Reads the query string of GET /v1/search into a SearchRequest, or says
// exactly which parameter is wrong and what it allows. Pure: no I/O.
//
// Accepted (several values of one filter: comma-separated or repeated):
//   q, lang (fi|sv|en), kind, language, free (alias is_free: true|false),
//   category, municipality, start, end (ISO 8601 date or date-time, "today",
//   "now"; a date-only end covers that whole day), page (>= 1),
//   page_size (1..100), facets (names, or empty for none).
// Unknown parameters are refused, so a typo never silently widens a search.

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "index/search_request.h"

namespace tarjotin {

struct ParamError {
  std::string parameter;
  std::string message;
  std::vector<std::string> allowed;   // allowed values or forms; may be empty
};

// The query string as parsed by the HTTP layer: name -> every value given.
using QueryParams = std::multimap<std::string, std::string>;

// `now` (UTC seconds) resolves "now" and "today".
std::variant<SearchRequest, ParamError> parse_search_params(const QueryParams& params, std::int64_t now);

// Deep pages are refused: page * page_size may not exceed this.
constexpr int kMaxResultWindow = 10'000;

}  // namespace tarjotin
