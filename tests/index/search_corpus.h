#pragma once
// A second test corpus whose answers are known, for the filters, sorts and
// facets beyond the basic ones: eighteen listings ("c:1" ... "c:18") with real
// coordinates in Helsinki, Espoo, Vantaa, Kauniainen, Turku and Tampere,
// in-person / online / phone channels (some online ones without any place),
// theme and plain category codes, target groups (some open to "all"),
// accessibility features, prices, age bounds, registration, updated times,
// and occurrences placed on both sides of the 2031 DST changes (Mar 30,
// Oct 26) where the UTC weekday or hour differs from the Helsinki one.
// See search_corpus.cpp for each listing.

#include <string>
#include <vector>

#include "model/listing.h"

namespace tarjotin::test {

const std::vector<Listing>& corpus();
const Listing& corpus_listing(const std::string& id);

// Helsinki central railway station, the origin of the distance tests.
constexpr double kStationLat = 60.1719;
constexpr double kStationLon = 24.9414;

// UTC seconds of an ISO 8601 text (local Helsinki time when it has no offset).
std::int64_t at(const std::string& iso);

}  // namespace tarjotin::test
