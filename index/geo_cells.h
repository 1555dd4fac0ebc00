#pragma once
// Coarse grid cells for a cheap geographic pre-filter (search-engine-notes
// §1.7, §2.4): every listing with coordinates carries the boolean terms of the
// 0.1-degree and the 1-degree cell it lies in (schema XGT / XGD), and an area
// query ORs the cells covering the area before the exact cut (distance posting
// source or lat/lon value ranges).
//
// Cell indexes are floor(degrees * 10) and floor(degrees), longitude first
// brought into [-180, 180): "XGT601_249" is 60.1..60.2 N, 24.9..25.0 E.
//
// Pure functions; thread-safe.

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace tarjotin {

// Longitude in [-180, 180).
double normalised_longitude(double lon);

// The two cell terms of a point.
std::vector<std::string> geo_cell_terms(double lat, double lon);

// OR of the cells covering the box (longitudes may run past 180: the cells
// wrap), at the finest level that needs at most a few hundred cells; nullopt
// when even whole degrees would need too many (then filter without cells).
// REQUIRES south <= north, west <= east.
std::optional<Xapian::Query> cells_covering(double south, double west, double north, double east);

// Cells covering every point within `radius_m` metres of (lat, lon) on the
// sphere of Xapian::GreatCircleMetric; nullopt as above, or when the circle
// reaches a pole.
std::optional<Xapian::Query> cells_covering_circle(double lat, double lon, double radius_m);

}  // namespace tarjotin
