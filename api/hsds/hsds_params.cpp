#include "api/hsds/hsds_params.h"

#include <algorithm>

#include "api/query_values.h"
#include "model/time.h"

namespace tarjotin::hsds {
namespace {

constexpr int kMaxPerPage = 100;
constexpr std::size_t kMaxSearchBytes = 500;
const std::vector<std::string> kLangs = {"fi", "sv", "en"};

bool searched(Route route) { return route == Route::services || route == Route::service_at_locations; }

ParamProblem read_paging(Route route, const QueryParams& params, Query& q) {
  if (auto problem = read_whole_number(params, "page", 1, 1'000'000'000, &q.page)) return problem;
  if (auto problem = read_whole_number(params, "per_page", 1, kMaxPerPage, &q.per_page)) return problem;
  if (searched(route) && static_cast<long long>(q.page) * q.per_page > kMaxResultWindow)
    return ParamError{"page", "results beyond the first 10000 are not served; narrow the list with filters", {}};
  return std::nullopt;
}

ParamProblem read_filters(const QueryParams& params, Query& q) {
  std::optional<std::string> value;
  if (auto problem = read_single(params, "taxonomy_term_id", &value)) return problem;
  if (value && !(q.term = parse_taxonomy_term_id(*value))) {
    std::vector<std::string> forms;
    for (const Taxonomy& taxonomy : taxonomies()) forms.push_back(std::string(taxonomy.id) + ":<code>");
    return ParamError{"taxonomy_term_id", "not a taxonomy term id: '" + *value + "'", forms};
  }
  value.reset();
  if (auto problem = read_single(params, "organization_id", &value)) return problem;
  if (value) {
    if (value->empty()) return ParamError{"organization_id", "must not be empty", {}};
    q.organization_id = *value;
  }
  value.reset();
  if (auto problem = read_single(params, "modified_after", &value)) return problem;
  if (value) {
    const auto time = parse_iso8601(*value);
    if (!time) return ParamError{"modified_after", "not a date or time: '" + *value + "'",
                                 {"YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]"}};
    q.modified_after = time->utc;
  }
  return read_flag(params, "full", &q.full);
}

ParamProblem read_search(const QueryParams& params, Query& q) {
  std::optional<std::string> value;
  if (auto problem = read_single(params, "search", &value)) return problem;
  if (value && value->size() > kMaxSearchBytes) return ParamError{"search", "at most 500 bytes", {}};
  if (value) q.search = *value;
  return std::nullopt;
}

ParamProblem read_taxonomy(const QueryParams& params, Query& q) {
  std::vector<std::string> ids;
  for (const Taxonomy& taxonomy : taxonomies()) ids.push_back(taxonomy.id);
  std::string id;
  if (auto problem = read_choice(params, "taxonomy_id", ids, &id)) return problem;
  if (!id.empty()) q.taxonomy = find_taxonomy(id);
  return std::nullopt;
}

bool accepts(Route route, const char* name) {
  const std::vector<std::string>& known = parameters(route);
  return std::find(known.begin(), known.end(), name) != known.end();
}

}  // namespace

const std::vector<std::string>& parameters(Route route) {
  static const std::vector<std::string> kNone;
  static const std::vector<std::string> kItem = {"lang"};
  static const std::vector<std::string> kServices = {"lang",           "page",            "per_page",
                                                     "search",         "taxonomy_term_id", "organization_id",
                                                     "modified_after", "full"};
  static const std::vector<std::string> kOrganizations = {"lang", "page", "per_page", "search"};
  static const std::vector<std::string> kTaxonomies = {"lang", "page", "per_page"};
  static const std::vector<std::string> kTerms = {"lang", "page", "per_page", "search", "taxonomy_id"};
  switch (route) {
    case Route::root:
      return kNone;
    case Route::services:
    case Route::service_at_locations:
      return kServices;
    case Route::organizations:
      return kOrganizations;
    case Route::taxonomies:
      return kTaxonomies;
    case Route::taxonomy_terms:
      return kTerms;
    case Route::item:
      break;
  }
  return kItem;
}

std::variant<Query, ParamError> parse_params(Route route, const QueryParams& params) {
  Query q;
  if (auto problem = check_parameters(params, parameters(route))) return *problem;
  if (auto problem = read_choice(params, "lang", kLangs, &q.lang)) return *problem;
  if (route == Route::root || route == Route::item) return q;
  if (auto problem = read_paging(route, params, q)) return *problem;
  if (accepts(route, "search"))
    if (auto problem = read_search(params, q)) return *problem;
  if (searched(route))
    if (auto problem = read_filters(params, q)) return *problem;
  if (accepts(route, "taxonomy_id"))
    if (auto problem = read_taxonomy(params, q)) return *problem;
  return q;
}

SearchRequest search_request(const Query& query, bool located_only) {
  SearchRequest r;
  r.q = query.search;
  r.lang = query.lang;
  r.page = query.page;
  r.page_size = query.per_page;
  r.facets.clear();
  r.sort = query.search.find_first_not_of(" \t\r\n\f\v") == std::string::npos ? SortOrder::indexed
                                                                                : SortOrder::relevance;
  r.updated_since = query.modified_after;
  r.located_only = located_only;
  if (!query.organization_id.empty()) r.organisers = {query.organization_id};
  if (query.term) {
    if (query.term->kind == TermKind::category) r.categories = {query.term->value};
    if (query.term->kind == TermKind::target_group) {
      r.target_groups = {query.term->value};
      r.target_group_only = true;
    }
    if (query.term->kind == TermKind::keyword) r.keywords = {query.term->value};
  }
  return r;
}

}  // namespace tarjotin::hsds
