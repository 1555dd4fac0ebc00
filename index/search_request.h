#pragma once
// SearchRequest / SearchResponse: what the index answers, independent of HTTP.
// Validation of user input happens in the API layer; a SearchRequest that
// reaches the index is already well-formed (known codes, page_size 1..100).
//
// Filter semantics: several values of one filter are OR, different filters are
// AND. Facet counts are exact and disjunctive: a facet's counts are computed as
// if that facet's own filter were not set.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/listing.h"

namespace tarjotin {

struct SearchRequest {
  std::string q;                            // free text; empty = browse
  std::string lang = "fi";                  // fi | sv | en: preferred language of texts and labels
  std::vector<std::string> kinds;           // "event", "service", "place", "volunteering"
  std::vector<std::string> languages;       // ISO 639-1 the activity is run in
  std::optional<bool> free;                 // true: free == yes; false: free == no
  std::vector<std::string> categories;      // vocabulary codes
  std::vector<std::string> municipalities;  // municipality facet values (see FacetValue::value)
  std::optional<std::int64_t> start;        // UTC seconds; events overlapping [start, end]
  std::optional<std::int64_t> end;          //   listings without dates always match
  int page = 1;                             // 1-based
  int page_size = 20;                       // 1..100
  std::vector<std::string> facets = {"kind", "language", "free", "category", "municipality"};
};

struct FacetValue {
  std::string value;   // the code to filter with, e.g. "fi", "yes", "helsinki"
  std::string label;   // in SearchRequest::lang where known
  std::int64_t count = 0;
};

struct SearchHit {
  Listing listing;     // the full normalised record
  double score = 0;    // relevance (0 when sorted otherwise)
};

struct SearchResponse {
  std::int64_t total = 0;   // exact number of matching listings
  int page = 1;
  int page_size = 20;
  std::vector<SearchHit> hits;
  // facet name -> values, highest count first, then value.
  std::map<std::string, std::vector<FacetValue>> facets;
};

// Facet names the index can count.
const std::vector<std::string>& known_facets();

}  // namespace tarjotin
