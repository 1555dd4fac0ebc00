#pragma once
// A plain re-statement of the search semantics of index/search_request.h over
// Listing values, for brute-force checks of the index: which listings a
// request matches, and what each facet value's count must be. It reads the
// Listing fields directly and computes local Helsinki days and hours from
// model/time.h's formatting, sharing no code with index/.
//
// Free text (q) is not modelled: use requests without q.

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "index/search_request.h"
#include "model/listing.h"

namespace tarjotin::test {

// Great-circle kilometres on Xapian::GreatCircleMetric's sphere.
double great_circle_km(double lat1, double lon1, double lat2, double lon2);

bool reference_matches(const Listing& listing, const SearchRequest& request);

std::set<std::string> reference_ids(const std::vector<Listing>& listings, const SearchRequest& request);

// value -> count for `facet` under `request`: each value's count is the number
// of listings matching the request with that facet's filter set to just that
// value (accessibility: the selected features plus that one); zero counts are
// left out except for selected values.
std::map<std::string, std::int64_t> reference_counts(const std::vector<Listing>& listings,
                                                     const SearchRequest& request, const std::string& facet);

}  // namespace tarjotin::test
