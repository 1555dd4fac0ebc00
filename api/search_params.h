#pragma once
// Reads the query string of GET /v1/search into a SearchRequest, or says
// exactly which parameter is wrong and what it allows. Pure: no I/O.
//
// Accepted (several values of one filter: comma-separated or repeated; at
// most 50 values each); the meaning of each filter is in index/search_request.h:
//   q, lang (fi|sv|en), kind, language, free (alias is_free: true|false),
//   category, theme (theme codes; "theme:<code>" accepted too), target_group,
//   target_group_only (true|false), accessibility (features, ALL required),
//   max_price (euros, 0..100000), municipality,
//   near=lat,lon with radius_km (above 0, at most 500; default 10), or the
//   Linked Events form dwithin_origin=lon,lat (longitude first!) with
//   dwithin_metres; bbox=west,south,east,north (west < east, south < north),
//   channel (in_person|online|phone),
//   start, end, updated_since (ISO 8601 date or date-time, "today", "now"; a
//   date-only end covers that whole day), weekday (mon..sun or ISO 1..7),
//   time_of_day (morning|afternoon|evening), registration
//   (required|not_required), age (0..150),
//   sort (relevance|start_time|distance|updated|name; distance needs a point),
//   page (>= 1), page_size (1..100), facets (names, or empty for none).
// Unknown parameters are refused, so a typo never silently widens a search;
// parameters that take one value are refused when repeated.

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
