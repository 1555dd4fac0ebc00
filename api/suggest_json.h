#pragma once
// The body of GET /v1/suggest:
//   {"q": ..., "lang": ..., "suggestions": [{"text", "lang", "id", "kind"}]}
// Pure function.

#include <string>
#include <vector>

#include "index/suggest.h"

namespace tarjotin {

std::string suggest_response_json(const SuggestRequest& request, const std::vector<Suggestion>& suggestions);

}  // namespace tarjotin
