#include "api/suggest_params.h"

#include "api/query_values.h"

namespace tarjotin {
namespace {

const std::vector<std::string> kParameters = {"q", "lang", "limit"};
const std::vector<std::string> kLangs = {"fi", "sv", "en"};

ParamProblem read_q(const QueryParams& params, SuggestRequest& r) {
  std::optional<std::string> q;
  if (auto problem = read_single(params, "q", &q)) return problem;
  if (!q || q->find_first_not_of(" \t\r\n\f\v") == std::string::npos)
    return ParamError{"q", "required: the text typed so far", {}};
  if (utf8_length(*q) > kMaxSuggestQueryChars) return ParamError{"q", "at most 100 characters", {}};
  r.q = *q;
  return std::nullopt;
}

}  // namespace

std::variant<SuggestRequest, ParamError> parse_suggest_params(const QueryParams& params) {
  SuggestRequest r;
  if (auto problem = check_parameters(params, kParameters)) return *problem;
  if (auto problem = read_q(params, r)) return *problem;
  if (auto problem = read_choice(params, "lang", kLangs, &r.lang)) return *problem;
  if (auto problem = read_whole_number(params, "limit", 1, kMaxSuggestions, &r.limit)) return *problem;
  return r;
}

}  // namespace tarjotin
