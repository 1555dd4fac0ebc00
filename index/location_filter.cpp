#include "index/location_filter.h"

#include <vector>

#include "index/geo_cells.h"
#include "index/index_schema.h"

namespace tarjotin {
namespace {

Xapian::Query with_cells(std::optional<Xapian::Query> cells, const Xapian::Query& exact) {
  return cells ? Xapian::Query(Xapian::Query::OP_AND, *cells, exact) : exact;
}

Xapian::Query near_query(const GeoCircle& near) {
  const double metres = near.radius_km * 1000.0;
  auto* source = new Xapian::LatLongDistancePostingSource(
      schema::kGeo, Xapian::LatLongCoords(Xapian::LatLongCoord(near.lat, near.lon)), Xapian::GreatCircleMetric(),
      metres);
  return with_cells(cells_covering_circle(near.lat, near.lon, metres), Xapian::Query(source->release()));
}

Xapian::Query box_query(const GeoBox& box) {
  const auto serialise = [](double v) { return Xapian::sortable_serialise(v); };
  const Xapian::Query lat(Xapian::Query::OP_VALUE_RANGE, schema::kLat, serialise(box.south), serialise(box.north));
  const Xapian::Query lon(Xapian::Query::OP_VALUE_RANGE, schema::kLon, serialise(box.west), serialise(box.east));
  return with_cells(cells_covering(box.south, box.west, box.north, box.east),
                    Xapian::Query(Xapian::Query::OP_AND, lat, lon));
}

Xapian::Query municipality_query(const std::vector<std::string>& municipalities) {
  std::vector<Xapian::Query> terms;
  for (const std::string& m : municipalities) terms.emplace_back(schema::term(schema::kPrefixMunicipality, m));
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

bool asks_for(const SearchRequest& request, const std::string& channel) {
  for (const std::string& c : request.channels)
    if (c == channel) return true;
  return false;
}

}  // namespace

bool has_location_filter(const SearchRequest& request) {
  return !request.municipalities.empty() || request.near || request.bbox;
}

std::optional<Xapian::Query> strict_location_query(const SearchRequest& request) {
  std::vector<Xapian::Query> parts;
  if (!request.municipalities.empty()) parts.push_back(municipality_query(request.municipalities));
  if (request.near) parts.push_back(near_query(*request.near));
  if (request.bbox) parts.push_back(box_query(*request.bbox));
  if (parts.empty()) return std::nullopt;
  return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

std::vector<std::string> exempt_channels(const SearchRequest& request) {
  std::vector<std::string> channels;
  for (const char* channel : {"online", "phone"})
    if (request.channels.empty() || asks_for(request, channel)) channels.emplace_back(channel);
  return channels;
}

std::optional<Xapian::Query> exempt_channels_query(const SearchRequest& request) {
  std::vector<Xapian::Query> terms;
  for (const std::string& channel : exempt_channels(request))
    terms.emplace_back(schema::term(schema::kPrefixChannel, channel));
  if (terms.empty()) return std::nullopt;
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

std::optional<Xapian::Query> location_query(const SearchRequest& request) {
  std::optional<Xapian::Query> strict = strict_location_query(request);
  if (!strict) return std::nullopt;
  if (auto exempt = exempt_channels_query(request)) return Xapian::Query(Xapian::Query::OP_OR, *strict, *exempt);
  return strict;
}

SearchRequest without_location(SearchRequest request) {
  request.municipalities.clear();
  request.near.reset();
  request.bbox.reset();
  return request;
}

std::optional<double> distance_metres(const Xapian::Document& doc, const GeoCircle& centre) {
  return distance_metres(doc.get_value(schema::kGeo), centre);
}

std::optional<double> distance_metres(const std::string& value, const GeoCircle& centre) {
  if (value.empty()) return std::nullopt;
  Xapian::LatLongCoords coords;
  try {
    coords.unserialise(value);
  } catch (const Xapian::SerialisationError&) {
    return std::nullopt;
  }
  const Xapian::GreatCircleMetric metric;
  return metric(Xapian::LatLongCoords(Xapian::LatLongCoord(centre.lat, centre.lon)), coords);
}

}  // namespace tarjotin
