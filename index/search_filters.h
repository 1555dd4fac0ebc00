#pragma once
// The filter part of a SearchRequest as Xapian queries over the boolean terms
// and date values of index_schema.h: several values of one filter are ORed,
// different filters ANDed, and applied with OP_FILTER so they never change
// relevance.
//
// Dates: a listing without occurrences (XNODATE) always passes; a dated one
// passes the value-range check on its overall span here, and the exact
// per-occurrence check in OccurrenceOverlap (occurrence_filter.h).

#include <string>
#include <vector>

#include <xapian.h>

#include "index/search_request.h"

namespace tarjotin {

// The facet values the request selects for `facet` ("free": "yes"/"no").
std::vector<std::string> selected_values(const SearchRequest& request, const std::string& facet);

// True when the request filters on dates (start or end set).
bool has_date_filter(const SearchRequest& request);

// `text` restricted by every filter of the request except the facet filter
// named `skip_facet` ("" keeps them all): the query for disjunctive counts.
Xapian::Query filtered_query(const Xapian::Query& text, const SearchRequest& request,
                             const std::string& skip_facet = "");

}  // namespace tarjotin
