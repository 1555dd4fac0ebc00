// ETRS-TM35FIN <-> geographic: published reference points, an independent
// meridian-arc computation, and forward/inverse round trips over all of Finland.
//
// Reference points (sources):
// - JHS 197 (Finnish public-administration recommendation "EUREF-FIN-koordinaattijärjestelmät…"),
//   appendix 3, worked example for point G4 (Geta): φ = 60°23'06.38474",
//   λ = 19°50'53.29237" -> N 6715706.37708, E 106256.35961; and back,
//   N 6715706.37705, E 106256.35958 -> φ = 1.053918934084532 rad, λ = 0.346415337004409 rad.
//   (Quoted identically by several independent implementations' tests.) G4 lies
//   7° west of the central meridian, where the series is hardest pressed.
// - PROJ (epsg.io transform, EPSG:3067 -> EPSG:4326, as cited in a proj4rs test):
//   E 427997.035, N 7369564.333 -> 66.437124 N, 25.385742 E (rounded to 1e-6°).
// - Independent of both: on the central meridian E = 500000 and N = k0 times the
//   GRS80 meridian arc, integrated here numerically (Simpson's rule).
#include "connectors/ptv/tm35fin.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <iostream>

namespace tarjotin::ptv {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kMetresPerDegree = 111'320.0;  // of latitude, near enough for error bounds

// Distance in metres between two nearby points in degrees (equirectangular).
double metres_between(double lat1, double lon1, double lat2, double lon2) {
  const double dy = (lat1 - lat2) * kMetresPerDegree;
  const double dx = (lon1 - lon2) * kMetresPerDegree * std::cos(lat1 * kPi / 180.0);
  return std::hypot(dx, dy);
}

// GRS80 meridian arc from the equator to `lat` degrees, by Simpson's rule on
// M(φ) = a (1 - e²) / (1 - e² sin²φ)^{3/2}.
double meridian_arc(double lat) {
  const double a = 6378137.0, f = 1.0 / 298.257222101, e2 = 2 * f - f * f;
  const int steps = 20000;  // even
  const double phi = lat * kPi / 180.0, h = phi / steps;
  auto radius = [&](double t) { return a * (1 - e2) / std::pow(1 - e2 * std::sin(t) * std::sin(t), 1.5); };
  double sum = radius(0) + radius(phi);
  for (int i = 1; i < steps; ++i) sum += (i % 2 ? 4 : 2) * radius(i * h);
  return sum * h / 3;
}

TEST(Tm35fin, ForwardMatchesJhs197PointG4) {
  const Tm35finPoint p = wgs84_to_tm35fin(60 + 23 / 60.0 + 6.38474 / 3600, 19 + 50 / 60.0 + 53.29237 / 3600);
  EXPECT_NEAR(p.northing, 6715706.37708, 0.001);
  EXPECT_NEAR(p.easting, 106256.35961, 0.001);
}

TEST(Tm35fin, InverseMatchesJhs197PointG4) {
  const GeoPoint g = tm35fin_to_wgs84(6715706.37705, 106256.35958);
  EXPECT_NEAR(g.lat * kPi / 180, 1.053918934084532, 1e-11);  // 1e-11 rad is 0.06 mm
  EXPECT_NEAR(g.lon * kPi / 180, 0.346415337004409, 1e-11);
  EXPECT_LT(metres_between(g.lat, g.lon, 1.053918934084532 * 180 / kPi, 0.346415337004409 * 180 / kPi), 0.001);
}

TEST(Tm35fin, InverseMatchesProjInLapland) {
  const GeoPoint g = tm35fin_to_wgs84(7369564.333, 427997.035);
  EXPECT_NEAR(g.lat, 66.437124, 0.6e-6);  // the reference is rounded to 1e-6°
  EXPECT_NEAR(g.lon, 25.385742, 0.6e-6);
  EXPECT_LT(metres_between(g.lat, g.lon, 66.437124, 25.385742), 0.1);
}

TEST(Tm35fin, CentralMeridianIsTheScaledMeridianArc) {
  for (double lat : {0.0, 45.0, 59.8, 60.0, 63.1, 65.0, 70.0}) {
    const Tm35finPoint p = wgs84_to_tm35fin(lat, 27.0);
    EXPECT_NEAR(p.northing, 0.9996 * meridian_arc(lat), 0.001) << lat;
    EXPECT_NEAR(p.easting, 500000.0, 1e-6) << lat;
    const GeoPoint g = tm35fin_to_wgs84(0.9996 * meridian_arc(lat), 500000.0);
    EXPECT_NEAR(g.lat, lat, 1e-8) << lat;
    EXPECT_NEAR(g.lon, 27.0, 1e-12) << lat;
  }
}

TEST(Tm35fin, RoundTripsOverFinlandToWellUnderAMillimetre) {
  double worst_geo = 0, worst_grid = 0;
  for (double lat = 59.5; lat <= 70.25; lat += 0.25)
    for (double lon = 19.0; lon <= 32.0; lon += 0.25) {
      const Tm35finPoint p = wgs84_to_tm35fin(lat, lon);
      const GeoPoint g = tm35fin_to_wgs84(p.northing, p.easting);
      worst_geo = std::max(worst_geo, metres_between(lat, lon, g.lat, g.lon));
    }
  for (double n = 6'600'000; n <= 7'800'000; n += 20'000)
    for (double e = 50'000; e <= 760'000; e += 10'000) {
      const GeoPoint g = tm35fin_to_wgs84(n, e);
      const Tm35finPoint p = wgs84_to_tm35fin(g.lat, g.lon);
      worst_grid = std::max(worst_grid, std::hypot(p.northing - n, p.easting - e));
    }
  std::cout << "[ TM35FIN  ] worst round trip: " << worst_geo * 1000 << " mm (geo->grid->geo), "
            << worst_grid * 1000 << " mm (grid->geo->grid)\n";
  EXPECT_LT(worst_geo, 0.001);
  EXPECT_LT(worst_grid, 0.001);
}

TEST(Tm35fin, SundomSkolaInVaasa) {
  // The PTV fixture's ServiceLocation "Sundom skola" (Sundomvägen 13, Vaasa).
  const GeoPoint g = tm35fin_to_wgs84(7001836.409, 224930.408);
  EXPECT_NEAR(g.lat, 63.0411877, 1e-6);
  EXPECT_NEAR(g.lon, 21.5569921, 1e-6);
  EXPECT_GT(g.lat, 63.0);  // Vaasa is at about 63.1 N, 21.6 E; Sundom a little south-west of the centre
  EXPECT_LT(g.lat, 63.1);
  EXPECT_GT(g.lon, 21.5);
  EXPECT_LT(g.lon, 21.7);
}

TEST(Tm35fin, ExtentRejectsPlaceholdersAndDegrees) {
  EXPECT_TRUE(in_finland_extent(7001836.409, 224930.408));
  EXPECT_TRUE(in_finland_extent(6672000, 385000));  // Helsinki area
  EXPECT_FALSE(in_finland_extent(61.6887, 27.2721));
  EXPECT_FALSE(in_finland_extent(0, 0));
  EXPECT_FALSE(in_finland_extent(7001836.409, 900000));
}

}  // namespace
}  // namespace tarjotin::ptv
