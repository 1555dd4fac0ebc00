#pragma once
// The filter part of a SearchRequest as Xapian queries over the boolean terms
// and values of index_schema.h: several values of one filter are ORed
// (accessibility: ANDed), different filters ANDed, and applied with OP_FILTER
// so they never change relevance. Location filters and their exemption for
// online / phone listings: location_filter.h.
//
// Keywords and organisers are OR filters on their catalogue terms
// (catalogue_terms.h); located_only requires the has-location term.
//
// Dates, weekdays and times of day: a listing without occurrences (XNODATE)
// always passes; for a dated one the query checks its overall span and its
// weekday / time-of-day terms, and OccurrenceMatch (occurrence_filter.h, with
// occurrence_criteria()) checks that one occurrence meets them all.

#include <string>
#include <vector>

#include <xapian.h>

#include "index/occurrence_filter.h"
#include "index/search_request.h"

namespace tarjotin {

// The facet values the request selects for `facet` ("free": "yes"/"no").
std::vector<std::string> selected_values(const SearchRequest& request, const std::string& facet);

// The request with the filter of `facet` cleared (target_group_only is kept:
// it says how target group counts are made).
SearchRequest without_filter(SearchRequest request, const std::string& facet);

// True when any filter at all is set (anything but q, lang, sort, paging, facets).
bool has_any_filter(const SearchRequest& request);

// What the per-occurrence check has to verify (nothing when !any()).
OccurrenceCriteria occurrence_criteria(const SearchRequest& request);

// `text` restricted by every filter of the request except the facet filter
// named `skip_facet` ("" keeps them all): the query for disjunctive counts.
Xapian::Query filtered_query(const Xapian::Query& text, const SearchRequest& request,
                             const std::string& skip_facet = "");

// Restricted by every filter of the request except the location filters and
// the exemption: the base of the channel counts (facet_counts.cpp).
Xapian::Query filtered_query_without_location(const Xapian::Query& text, const SearchRequest& request);

}  // namespace tarjotin
