// Grid cells: every point inside a box or circle has its cell in the covering set.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <set>

#include "index/geo_cells.h"
#include "reference_search.h"

namespace tarjotin {
namespace {

std::set<std::string> terms_of(const Xapian::Query& query) {
  return std::set<std::string>(query.get_unique_terms_begin(), query.get_unique_terms_end());
}

bool covered(const std::set<std::string>& cells, double lat, double lon) {
  for (const std::string& term : geo_cell_terms(lat, lon))
    if (cells.count(term)) return true;
  return false;
}

TEST(IndexGeoCellsTest, TermsOfAPoint) {
  EXPECT_EQ(geo_cell_terms(60.1719, 24.9414), (std::vector<std::string>{"XGT601_249", "XGD60_24"}));
  EXPECT_EQ(geo_cell_terms(60.2, 24.9), (std::vector<std::string>{"XGT602_249", "XGD60_24"}));
  EXPECT_EQ(geo_cell_terms(-33.86, 151.21), (std::vector<std::string>{"XGT-339_1512", "XGD-34_151"}));
  EXPECT_EQ(geo_cell_terms(10, 190), (std::vector<std::string>{"XGT100_-1700", "XGD10_-170"}));
  EXPECT_DOUBLE_EQ(normalised_longitude(180), -180);
  EXPECT_DOUBLE_EQ(normalised_longitude(-190), 170);
}

TEST(IndexGeoCellsTest, BoxCoversEveryPointInside) {
  std::mt19937 random(7);
  std::uniform_real_distribution<double> unit(0, 1);
  for (int round = 0; round < 200; ++round) {
    const double south = -80 + 160 * unit(random), west = -180 + 350 * unit(random);
    const double north = south + 3 * unit(random), east = west + 6 * unit(random);
    const auto cells = cells_covering(south, west, north, east);
    ASSERT_TRUE(cells);
    const std::set<std::string> terms = terms_of(*cells);
    for (int i = 0; i < 50; ++i) {
      const double lat = south + (north - south) * unit(random), lon = west + (east - west) * unit(random);
      EXPECT_TRUE(covered(terms, lat, lon)) << lat << "," << lon;
    }
    EXPECT_TRUE(covered(terms, south, west));
    EXPECT_TRUE(covered(terms, north, east));
  }
}

TEST(IndexGeoCellsTest, SmallAreasUseTenthsLargeOnesWholeDegreesHugeOnesNone) {
  const auto small = cells_covering(60.1, 24.8, 60.3, 25.1);
  ASSERT_TRUE(small);
  EXPECT_EQ(terms_of(*small).begin()->substr(0, 3), "XGT");
  const auto large = cells_covering(59, 20, 65, 30);
  ASSERT_TRUE(large);
  EXPECT_EQ(terms_of(*large).begin()->substr(0, 3), "XGD");
  EXPECT_FALSE(cells_covering(-90, -180, 90, 180));
}

TEST(IndexGeoCellsTest, BoxAcrossTheDateLineWraps) {
  const auto cells = cells_covering(-17.5, 179.5, -16.5, 180.5);
  ASSERT_TRUE(cells);
  const std::set<std::string> terms = terms_of(*cells);
  EXPECT_TRUE(covered(terms, -17, 179.9));
  EXPECT_TRUE(covered(terms, -17, -179.9));
}

TEST(IndexGeoCellsTest, CircleCoversEveryPointWithinTheRadius) {
  std::mt19937 random(11);
  std::uniform_real_distribution<double> unit(0, 1);
  for (double radius_km : {0.5, 3.0, 10.0, 50.0, 200.0, 500.0}) {
    for (double lat : {0.0, 45.0, 60.17, 69.9, -50.0}) {
      const double lon = 24.94;
      const auto cells = cells_covering_circle(lat, lon, radius_km * 1000);
      ASSERT_TRUE(cells) << radius_km << " at " << lat;
      const std::set<std::string> terms = terms_of(*cells);
      // Points on and just inside the circle, in every direction.
      for (int i = 0; i < 360; ++i) {
        const double bearing = i * 3.14159265358979 / 180;
        const double d = radius_km * (0.999 - 0.5 * unit(random) * (i % 2)) / 6372.7976;
        const double la1 = lat * 3.14159265358979 / 180, lo1 = lon * 3.14159265358979 / 180;
        const double la2 = std::asin(std::sin(la1) * std::cos(d) + std::cos(la1) * std::sin(d) * std::cos(bearing));
        const double lo2 = lo1 + std::atan2(std::sin(bearing) * std::sin(d) * std::cos(la1),
                                            std::cos(d) - std::sin(la1) * std::sin(la2));
        const double plat = la2 * 180 / 3.14159265358979, plon = lo2 * 180 / 3.14159265358979;
        ASSERT_LE(test::great_circle_km(lat, lon, plat, plon), radius_km);
        EXPECT_TRUE(covered(terms, plat, plon)) << radius_km << " km at " << lat << ": " << plat << "," << plon;
      }
    }
  }
  EXPECT_FALSE(cells_covering_circle(89.5, 0, 100000));  // reaches the pole
}

}  // namespace
}  // namespace tarjotin
