// Krüger's transverse Mercator series to n^4 (JHS 197, appendix 2; JHS 154).
#include "connectors/ptv/tm35fin.h"

#include <cmath>

namespace tarjotin::ptv {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kA = 6378137.0;             // GRS80 semi-major axis
constexpr double kF = 1.0 / 298.257222101;   // GRS80 flattening
constexpr double kK0 = 0.9996;               // scale on the central meridian
constexpr double kLambda0 = 27.0 * kPi / 180.0;
constexpr double kE0 = 500000.0;             // false easting

constexpr double deg(double rad) { return rad * 180.0 / kPi; }
constexpr double rad(double deg) { return deg * kPi / 180.0; }

// Constants of the ellipsoid and the series, computed once.
struct Series {
  double e = 0;      // first eccentricity
  double a1 = 0;     // rectifying radius A1 = a/(1+n) (1 + n^2/4 + n^4/64)
  double h[4] = {};  // inverse coefficients (conformal <- projected)
  double hp[4] = {}; // forward coefficients (projected <- conformal)

  Series() {
    const double n = kF / (2.0 - kF);
    const double n2 = n * n, n3 = n2 * n, n4 = n3 * n;
    e = std::sqrt(2.0 * kF - kF * kF);
    a1 = kA / (1.0 + n) * (1.0 + n2 / 4.0 + n4 / 64.0);
    h[0] = n / 2.0 - 2.0 * n2 / 3.0 + 37.0 * n3 / 96.0 - n4 / 360.0;
    h[1] = n2 / 48.0 + n3 / 15.0 - 437.0 * n4 / 1440.0;
    h[2] = 17.0 * n3 / 480.0 - 37.0 * n4 / 840.0;
    h[3] = 4397.0 * n4 / 161280.0;
    hp[0] = n / 2.0 - 2.0 * n2 / 3.0 + 5.0 * n3 / 16.0 + 41.0 * n4 / 180.0;
    hp[1] = 13.0 * n2 / 48.0 - 3.0 * n3 / 5.0 + 557.0 * n4 / 1440.0;
    hp[2] = 61.0 * n3 / 240.0 - 103.0 * n4 / 140.0;
    hp[3] = 49561.0 * n4 / 161280.0;
  }
};

const Series& series() {
  static const Series kSeries;
  return kSeries;
}

}  // namespace

GeoPoint tm35fin_to_wgs84(double northing, double easting) {
  const Series& s = series();
  const double xi = northing / (s.a1 * kK0);
  const double eta = (easting - kE0) / (s.a1 * kK0);
  double xi_p = xi, eta_p = eta;  // ξ', η' on the conformal sphere
  for (int j = 1; j <= 4; ++j) {
    xi_p -= s.h[j - 1] * std::sin(2.0 * j * xi) * std::cosh(2.0 * j * eta);
    eta_p -= s.h[j - 1] * std::cos(2.0 * j * xi) * std::sinh(2.0 * j * eta);
  }
  const double beta = std::asin(std::sin(xi_p) / std::cosh(eta_p));  // conformal latitude
  const double l = std::asin(std::tanh(eta_p) / std::cos(beta));     // longitude from 27°E
  // Isometric latitude, then geodetic latitude by fixed-point iteration
  // Q'' = Q + e atanh(e tanh Q''); converges to 1e-15 in a handful of steps.
  const double q = std::asinh(std::tan(beta));
  double q_geo = q;
  for (int i = 0; i < 20; ++i) {
    const double next = q + s.e * std::atanh(s.e * std::tanh(q_geo));
    const bool settled = std::fabs(next - q_geo) < 1e-15;
    q_geo = next;
    if (settled) break;
  }
  GeoPoint point;
  point.lat = deg(std::atan(std::sinh(q_geo)));
  point.lon = deg(kLambda0 + l);
  return point;
}

Tm35finPoint wgs84_to_tm35fin(double lat, double lon) {
  const Series& s = series();
  const double phi = rad(lat);
  const double l = rad(lon) - kLambda0;
  const double q = std::asinh(std::tan(phi)) - s.e * std::atanh(s.e * std::sin(phi));
  const double beta = std::atan(std::sinh(q));
  const double eta_p = std::atanh(std::cos(beta) * std::sin(l));
  const double xi_p = std::asin(std::sin(beta) * std::cosh(eta_p));
  double xi = xi_p, eta = eta_p;
  for (int j = 1; j <= 4; ++j) {
    xi += s.hp[j - 1] * std::sin(2.0 * j * xi_p) * std::cosh(2.0 * j * eta_p);
    eta += s.hp[j - 1] * std::cos(2.0 * j * xi_p) * std::sinh(2.0 * j * eta_p);
  }
  Tm35finPoint point;
  point.northing = s.a1 * xi * kK0;
  point.easting = s.a1 * eta * kK0 + kE0;
  return point;
}

bool in_finland_extent(double northing, double easting) {
  return northing >= 6'500'000.0 && northing <= 7'850'000.0 && easting >= 20'000.0 && easting <= 800'000.0;
}

}  // namespace tarjotin::ptv
