#pragma once
// Reads the query string of GET /v1/suggest into a SuggestRequest, or says
// which parameter is wrong. Pure: no I/O.
//
//   q      required: what has been typed, 1..100 characters, not only spaces
//   lang   fi (default) | sv | en: the language of the texts shown
//   limit  1..10 (default 10): at most this many suggestions
// Unknown parameters and repeated ones are refused.

#include <variant>

#include "api/search_params.h"
#include "index/suggest.h"

namespace tarjotin {

constexpr std::size_t kMaxSuggestQueryChars = 100;

std::variant<SuggestRequest, ParamError> parse_suggest_params(const QueryParams& params);

}  // namespace tarjotin
