#pragma once
// SearchRequest / SearchResponse: what the index answers, independent of HTTP.
// Validation of user input happens in the API layer; a SearchRequest that
// reaches the index is already well-formed (known codes, page_size 1..100,
// coordinates in range, radius 0..500 km, age 0..150).
//
// Filter semantics: several values of one filter are OR (accessibility: ALL),
// different filters are AND.
//
// Facet counts are exact. A facet value's count is the number of results the
// request would have with that facet's filter set to exactly that value: the
// counts of OR filters are disjunctive (computed as if the facet's own filter
// were not set); accessibility, an ALL filter, is counted on the results, so
// each count is what adding that feature would leave. Values with no matches
// are left out, except selected ones (listed with their count, possibly 0).
// Consequences of the matching rules: a listing without dates counts for every
// weekday and time of day; a listing open to all (target group "all") counts
// for every target group unless target_group_only is set; an online / phone
// listing that location filters keep counts for every municipality listed
// (unless the channel filter leaves its channel out); under a location filter
// a listing outside the area counts only for the channels it is kept by.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/listing.h"

namespace tarjotin {

// Facet names the index can count, in this order:
// category, theme, target_group, language, free, accessibility, municipality,
// kind, channel, weekday, time_of_day.
const std::vector<std::string>& known_facets();

// A circle on the map: WGS84 degrees, radius in kilometres.
struct GeoCircle {
  double lat = 0;
  double lon = 0;
  double radius_km = 10;
};

// A lat/lon box, WGS84 degrees; REQUIRES west < east, south < north.
struct GeoBox {
  double west = 0;
  double south = 0;
  double east = 0;
  double north = 0;
};

enum class SortOrder {
  automatic,   // relevance with text, start_time without
  relevance,   // best text match first; ties (and browse) in start_time order
  start_time,  // the browse order (listing_order.h)
  distance,    // nearest first; REQUIRES near; listings without coordinates last
  updated,     // most recently updated first (see `updated_since`)
  name,        // by the name shown in `lang`
  indexed,     // the order listings were first indexed (docid): stable pages for
               //   clients that page through everything; new listings come last
};

struct SearchRequest {
  std::string q;                            // free text; empty = browse
  std::string lang = "fi";                  // fi | sv | en: preferred language of texts and labels
  std::vector<std::string> kinds;           // "event", "service", "place", "volunteering"
  std::vector<std::string> languages;       // ISO 639-1 the activity is run in
  std::optional<bool> free;                 // true: free == yes; false: free == no
  // Category codes. Themes are the category codes of the theme dimension,
  // written "theme:<code>" in Listing::categories; `themes` holds the <code>
  // part. Both filter on the same category terms, as two separate filters.
  std::vector<std::string> categories;      // vocabulary codes
  std::vector<std::string> themes;          // theme codes (without "theme:")
  std::vector<std::string> target_groups;   // listings for group "all" match too...
  bool target_group_only = false;           //   ...unless this is set
  std::vector<std::string> accessibility;   // features; a listing must have ALL with value yes
  std::optional<double> max_price;          // euros: free == yes, or price.min_eur <= this
  // Location filters. Listings reachable online or by phone are not dropped by
  // them unless `channels` is set without that channel (e.g. channel=in_person).
  std::vector<std::string> municipalities;  // municipality facet values (see FacetValue::value)
  std::optional<GeoCircle> near;            // within radius_km of the point
  std::optional<GeoBox> bbox;               // inside the box
  std::vector<std::string> channels;        // "in_person", "online", "phone"
  // Dates and local (Europe/Helsinki) times. A listing without occurrences
  // always passes these; a dated one needs one occurrence meeting all of them.
  std::optional<std::int64_t> start;        // UTC seconds; occurrences overlapping [start, end]
  std::optional<std::int64_t> end;
  std::vector<std::string> weekdays;        // "mon".."sun": an occurrence on that local day
  std::vector<std::string> times_of_day;    // "morning" (start < 12), "afternoon" (12-17), "evening" (>= 17)
  std::optional<bool> registration_required;  // registration.required == yes / == no
  std::optional<int> age;                   // min_age <= age <= max_age; a missing bound is open
  // Updated at or after: the listing's source_modified when parseable, else
  // last_seen (UTC seconds). Listings with neither are left out.
  std::optional<std::int64_t> updated_since;
  // Catalogue terms (catalogue_terms.h), each an OR filter: keyword values
  // "<vocabulary>:<keyword id>" and organiser keys.
  std::vector<std::string> keywords;
  std::vector<std::string> organisers;
  bool located_only = false;                // only listings with a place (has_location())
  SortOrder sort = SortOrder::automatic;
  int page = 1;                             // 1-based
  int page_size = 20;                       // 1..100
  std::vector<std::string> facets = known_facets();
};

struct FacetValue {
  std::string value;   // the code to filter with, e.g. "fi", "yes", "helsinki"
  std::string label;   // in SearchRequest::lang where known
  std::int64_t count = 0;
};

struct SearchHit {
  Listing listing;     // the full normalised record
  double score = 0;    // relevance (0 when sorted otherwise)
  // Kilometres from SearchRequest::near, rounded to 0.1; nullopt without near
  // or when the listing has no coordinates.
  std::optional<double> distance_km;
};

struct SearchResponse {
  std::int64_t total = 0;   // exact number of matching listings
  int page = 1;
  int page_size = 20;
  std::vector<SearchHit> hits;
  // facet name -> values, highest count first, then value.
  std::map<std::string, std::vector<FacetValue>> facets;
  // "Did you mean": q with misspelt words corrected, when the search found
  // few listings and the corrected q finds more (spelling.h).
  std::optional<std::string> suggestion;
};

}  // namespace tarjotin
