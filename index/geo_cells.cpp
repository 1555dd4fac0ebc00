#include "index/geo_cells.h"

#include <cmath>

#include "index/index_schema.h"

namespace tarjotin {
namespace {

constexpr long kMaxCells = 400;
constexpr double kPi = 3.14159265358979323846;
// Xapian::GreatCircleMetric's default radius (quadratic mean radius of the Earth).
constexpr double kEarthRadiusM = 6372797.6;
// Slack so rounding never leaves a point just inside the area out of its cells.
constexpr double kMarginDegrees = 0.001;

std::string cell_term(const char* prefix, long lat_index, long lon_index) {
  return std::string(prefix) + std::to_string(lat_index) + "_" + std::to_string(lon_index);
}

long floor_index(double degrees, double per_degree) { return static_cast<long>(std::floor(degrees * per_degree)); }

// Cells of one level: `per_degree` cells per degree (10 or 1).
std::optional<Xapian::Query> cells_at(const char* prefix, double per_degree, double south, double west, double north,
                                      double east) {
  const long lat_lo = floor_index(std::max(-90.0, south), per_degree);
  const long lat_hi = floor_index(std::min(90.0, north), per_degree);
  const long lon_lo = floor_index(west, per_degree);
  const long lon_hi = floor_index(east, per_degree);
  const long lon_cells = static_cast<long>(360 * per_degree);
  const long lon_count = std::min(lon_hi - lon_lo + 1, lon_cells);
  if ((lat_hi - lat_lo + 1) * lon_count > kMaxCells) return std::nullopt;
  const long lon_origin = static_cast<long>(-180 * per_degree);
  std::vector<Xapian::Query> cells;
  for (long lat = lat_lo; lat <= lat_hi; ++lat)
    for (long i = 0; i < lon_count; ++i) {
      const long lon = ((lon_lo + i - lon_origin) % lon_cells + lon_cells) % lon_cells + lon_origin;
      cells.emplace_back(cell_term(prefix, lat, lon));
    }
  return Xapian::Query(Xapian::Query::OP_OR, cells.begin(), cells.end());
}

}  // namespace

double normalised_longitude(double lon) {
  double out = std::fmod(lon + 180.0, 360.0);
  if (out < 0) out += 360.0;
  return out - 180.0;
}

std::vector<std::string> geo_cell_terms(double lat, double lon) {
  const double x = normalised_longitude(lon);
  return {cell_term(schema::kPrefixGeoTenth, floor_index(lat, 10), floor_index(x, 10)),
          cell_term(schema::kPrefixGeoDegree, floor_index(lat, 1), floor_index(x, 1))};
}

std::optional<Xapian::Query> cells_covering(double south, double west, double north, double east) {
  south -= kMarginDegrees;
  north += kMarginDegrees;
  const double width = east - west;
  west = normalised_longitude(west) - kMarginDegrees;
  east = west + width + 2 * kMarginDegrees;
  if (auto fine = cells_at(schema::kPrefixGeoTenth, 10, south, west, north, east)) return fine;
  return cells_at(schema::kPrefixGeoDegree, 1, south, west, north, east);
}

std::optional<Xapian::Query> cells_covering_circle(double lat, double lon, double radius_m) {
  const double angle = radius_m / kEarthRadiusM;  // radians
  const double dlat = angle * 180.0 / kPi;
  if (std::fabs(lat) + dlat >= 89.0) return std::nullopt;
  // The circle's widest longitude extent: asin(sin(angle) / cos(lat)).
  const double ratio = std::sin(angle) / std::cos(lat * kPi / 180.0);
  if (ratio >= 1.0) return std::nullopt;
  const double dlon = std::asin(ratio) * 180.0 / kPi * 1.01;
  return cells_covering(lat - dlat * 1.01, lon - dlon, lat + dlat * 1.01, lon + dlon);
}

}  // namespace tarjotin
