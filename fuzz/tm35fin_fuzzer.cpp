// libFuzzer target: ETRS-TM35FIN <-> WGS84. Any pair of doubles (NaN and
// infinities included) must convert without undefined behaviour, and a point
// inside Finland must come back within a metre.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "connectors/ptv/tm35fin.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2 * sizeof(double)) return 0;
  double northing, easting;
  std::memcpy(&northing, data, sizeof northing);
  std::memcpy(&easting, data + sizeof northing, sizeof easting);
  const tarjotin::ptv::GeoPoint point = tarjotin::ptv::tm35fin_to_wgs84(northing, easting);
  if (tarjotin::ptv::in_finland_extent(northing, easting)) {
    const tarjotin::ptv::Tm35finPoint back = tarjotin::ptv::wgs84_to_tm35fin(point.lat, point.lon);
    if (!(std::fabs(back.northing - northing) < 1.0 && std::fabs(back.easting - easting) < 1.0)) std::abort();
  }
  tarjotin::ptv::wgs84_to_tm35fin(northing, easting);
  return 0;
}
