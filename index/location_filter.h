#pragma once
// The location filters of a SearchRequest (municipality, near, bbox) as one
// Xapian query, and the rule for listings that are not tied to a place: a
// listing reachable online or by phone is not dropped by a location filter,
// unless the request's channel filter is set and leaves that channel out
// (channel=in_person drops them; channel=online keeps online ones).
//
//   near: the grid cells covering the circle (geo_cells.h), then the exact cut
//         with Xapian::LatLongDistancePostingSource on slot kGeo;
//   bbox: the covering cells, then value ranges on kLat and kLon;
//   municipality: any of the XM terms.
// The parts given are ANDed. Distances use Xapian::GreatCircleMetric.
//
// The queries own what they need (posting sources are released to Xapian).

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "index/search_request.h"

namespace tarjotin {

bool has_location_filter(const SearchRequest& request);

// The AND of the location filters, without the exemption; nullopt when none is set.
std::optional<Xapian::Query> strict_location_query(const SearchRequest& request);

// The channels (among online, phone) whose listings the request keeps
// whatever their location: both without a channel filter, else those it names.
std::vector<std::string> exempt_channels(const SearchRequest& request);
// Their terms ORed; nullopt when there are none.
std::optional<Xapian::Query> exempt_channels_query(const SearchRequest& request);

// The location clause as applied: strict OR exempt; nullopt without location filters.
std::optional<Xapian::Query> location_query(const SearchRequest& request);

// The request without its location filters.
SearchRequest without_location(SearchRequest request);

// Metres from the circle's centre to the document's coordinates (slot kGeo);
// nullopt when it has none.
std::optional<double> distance_metres(const Xapian::Document& doc, const GeoCircle& centre);
// The same from a kGeo value (LatLongCoords::serialise()); nullopt when it is empty or unreadable.
std::optional<double> distance_metres(const std::string& geo_value, const GeoCircle& centre);

}  // namespace tarjotin
