#pragma once
// Reads the query strings of the /hsds routes, or says which parameter is
// wrong. Pure: no I/O. Unknown and repeated parameters are refused, as on
// every route of the API.
//
//   lang              fi (default) | sv | en: the one language of the texts
//                     (HSDS has no per-field translations) - every route
//   page              >= 1 (default 1)                        - every list
//   per_page          1..100 (default 20)                     - every list
//   search            free text, at most 500 bytes: the search of /v1/search
//                     for services and service_at_locations; for organizations
//                     and taxonomy_terms, words every name (or code) must contain
//   taxonomy_term_id  a taxonomy term id (hsds_taxonomy.h): only services with
//                     that category, target group (exactly) or keyword
//   organization_id   an organization id: only services it organises
//   modified_after    ISO 8601 date or date-time: only services updated then or
//                     later (source_modified, else last seen)
//   full              true|false (default false): list items with their child
//                     arrays, as the single-item routes give them
//   taxonomy_id       a taxonomy id: only that taxonomy's terms
// services and service_at_locations: lang page per_page search
//   taxonomy_term_id organization_id modified_after full; organizations: lang
//   page per_page search; taxonomies: lang page per_page; taxonomy_terms: lang
//   page per_page search taxonomy_id; single items: lang; "/hsds/": none.
// services and service_at_locations serve at most the first 10000 results
// (page * per_page), as /v1/search.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "api/hsds/hsds_taxonomy.h"
#include "api/search_params.h"
#include "index/search_request.h"

namespace tarjotin::hsds {

enum class Route { root, services, service_at_locations, organizations, taxonomies, taxonomy_terms, item };

struct Query {
  std::string lang = "fi";
  int page = 1;
  int per_page = 20;
  bool full = false;
  std::string search;
  std::optional<TermRef> term;        // taxonomy_term_id
  std::string organization_id;        // "" = any
  std::optional<std::int64_t> modified_after;
  const Taxonomy* taxonomy = nullptr;  // taxonomy_id; nullptr = all
};

// The parameters `route` accepts, in the order documented.
const std::vector<std::string>& parameters(Route route);

std::variant<Query, ParamError> parse_params(Route route, const QueryParams& params);

// The search behind services (located_only = false) and service_at_locations
// (true): the text as q, the filters, relevance order with text and the
// indexed order without (stable pages), no facets.
SearchRequest search_request(const Query& query, bool located_only);

}  // namespace tarjotin::hsds
