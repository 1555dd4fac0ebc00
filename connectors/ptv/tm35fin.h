#pragma once
// ETRS-TM35FIN (EPSG:3067) <-> geographic coordinates, for the PTV connector:
// PTV gives locations as TM35FIN strings ("latitude" is the northing,
// "longitude" the easting) and listings carry WGS84 degrees.
//
// The projection: transverse Mercator on the GRS80 ellipsoid (a = 6378137,
// f = 1/298.257222101), central meridian 27°E, scale 0.9996, false easting
// 500000 m, false northing 0 (JHS 197). Both directions use Krüger's series to
// n^4 as given in JHS 197 / JHS 154 (the "Gauss-Krüger" formulas of the
// Finnish public-administration recommendations); within Finland they agree
// with the exact projection to well under a millimetre.
//
// The geographic result is ETRS89. It is returned as WGS84: the two differ by
// less than a metre, which the catalogue does not resolve.
//
// Pure functions; thread-safe; never throw. In namespace ptv for now: nothing
// else in the catalogue reads TM35FIN yet; move it to the model if one does.

namespace tarjotin::ptv {

struct GeoPoint {
  double lat = 0;   // degrees north
  double lon = 0;   // degrees east
};

struct Tm35finPoint {
  double northing = 0;  // metres ("N", PTV's "latitude")
  double easting = 0;   // metres ("E", PTV's "longitude")
};

// Inverse projection: TM35FIN metres -> degrees. Any finite input is computed;
// use in_finland_extent() to reject values that cannot be a Finnish place.
GeoPoint tm35fin_to_wgs84(double northing, double easting);

// Forward projection: degrees -> TM35FIN metres.
Tm35finPoint wgs84_to_tm35fin(double lat, double lon);

// True when (northing, easting) lies in a box around Finland's TM35FIN extent
// (northing 6.5–7.85 million m, easting 20 000–800 000 m). Placeholder values
// such as degrees ("61.6887") or zeros fall outside.
bool in_finland_extent(double northing, double easting);

}  // namespace tarjotin::ptv
