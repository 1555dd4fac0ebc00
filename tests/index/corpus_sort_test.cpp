// Result orders and distances on the corpus of search_corpus.h.
#include <gtest/gtest.h>

#include <cmath>

#include "index/searcher.h"
#include "index_fixture.h"
#include "reference_search.h"
#include "search_corpus.h"

namespace tarjotin {
namespace {

using Order = std::vector<std::string>;

Order ids(std::initializer_list<int> numbers) {
  Order out;
  for (int n : numbers) out.push_back("c:" + std::to_string(n));
  return out;
}

class SearchCorpusSortTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    test::index_listings(dir_->path(), test::corpus());
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  static SearchRequest all(SortOrder sort) {
    SearchRequest request;
    request.page_size = 100;
    request.facets.clear();
    request.sort = sort;
    return request;
  }

  Order order(const SearchRequest& request) { return test::ordered_ids(searcher_.search(request)); }

  static test::TempDir* dir_;
  Searcher searcher_{dir_->path()};
};

test::TempDir* SearchCorpusSortTest::dir_ = nullptr;

TEST_F(SearchCorpusSortTest, BrowseDefaultsToStartTime) {
  // Every date is in 2031, after "now": by first start, then undated by name.
  const Order expected = ids({1, 13, 2, 3, 4, 15, 18, 9, 17, 5, 8, 6, 7, 12, 10, 16, 11, 14});
  EXPECT_EQ(order(all(SortOrder::automatic)), expected);
  EXPECT_EQ(order(all(SortOrder::start_time)), expected);
  EXPECT_EQ(order(all(SortOrder::relevance)), expected);  // no text: every weight is 0
}

TEST_F(SearchCorpusSortTest, NameInTheRequestLanguage) {
  EXPECT_EQ(order(all(SortOrder::name)), ids({4, 9, 7, 12, 2, 6, 10, 15, 8, 1, 3, 17, 18, 16, 13, 11, 14, 5}));
  SearchRequest sv = all(SortOrder::name);
  sv.lang = "sv";
  sv.kinds = {"place", "service"};
  // Grankulla bibliotek, Nordsjö simhall, Rådgivningstelefon, Verkkokirjasto (no Swedish name)
  EXPECT_EQ(order(sv), ids({12, 11, 10, 16}));
}

TEST_F(SearchCorpusSortTest, UpdatedNewestFirstThenThoseWithoutATime) {
  EXPECT_EQ(order(all(SortOrder::updated)), ids({7, 17, 11, 5, 8, 6, 9, 14, 4, 3, 15, 12, 2, 10, 1, 13, 18, 16}));
}

TEST_F(SearchCorpusSortTest, DistanceNearestFirstWithoutCoordinatesLast) {
  SearchRequest r = all(SortOrder::distance);
  r.near = GeoCircle{test::kStationLat, test::kStationLon, 500};
  // c:9 and c:16 are online without a place; c:18 (in person, no coordinates) is not near.
  EXPECT_EQ(order(r), ids({1, 14, 2, 15, 4, 17, 5, 3, 7, 11, 12, 6, 8, 13, 10, 9, 16}));
}

TEST_F(SearchCorpusSortTest, HitsCarryTheirDistanceRoundedToHundredMetres) {
  SearchRequest r = all(SortOrder::distance);
  r.near = GeoCircle{test::kStationLat, test::kStationLon, 500};
  const SearchResponse response = searcher_.search(r);
  std::map<std::string, std::optional<double>> km;
  for (const SearchHit& hit : response.hits) {
    km[hit.listing.id] = hit.distance_km;
    const Location& place = hit.listing.location;
    if (!place.lat) {
      EXPECT_FALSE(hit.distance_km) << hit.listing.id;
      continue;
    }
    ASSERT_TRUE(hit.distance_km) << hit.listing.id;
    const double exact = test::great_circle_km(test::kStationLat, test::kStationLon, *place.lat, *place.lon);
    EXPECT_NEAR(*hit.distance_km, exact, 0.051) << hit.listing.id;
    EXPECT_NEAR(*hit.distance_km * 10, std::round(*hit.distance_km * 10), 1e-9) << hit.listing.id;
  }
  EXPECT_EQ(km.at("c:1"), 0.3);    // Oodi
  EXPECT_EQ(km.at("c:2"), 1.4);    // Kallio library
  EXPECT_EQ(km.at("c:4"), 7.6);    // Tapiola
  EXPECT_EQ(km.at("c:6"), 14.6);   // Tikkurila
  EXPECT_EQ(km.at("c:13"), 150.6); // Turku
  // Without near there is no distance, whatever the order.
  for (const SearchHit& hit : searcher_.search(all(SortOrder::name)).hits) EXPECT_FALSE(hit.distance_km);
}

TEST_F(SearchCorpusSortTest, DistanceWithOtherSortsStillReported) {
  SearchRequest r = all(SortOrder::name);
  r.near = GeoCircle{60.2180, 24.8110, 1};  // at Sello
  r.channels = {"in_person"};
  const SearchResponse response = searcher_.search(r);
  ASSERT_EQ(test::ordered_ids(response), ids({17, 5}));  // Suomen kielen kurssi, Yökirjasto
  EXPECT_EQ(response.hits[0].distance_km, 0.1);
  EXPECT_EQ(response.hits[1].distance_km, 0.0);
}

TEST_F(SearchCorpusSortTest, RelevanceWithText) {
  SearchRequest r = all(SortOrder::automatic);
  r.q = "kirjasto";
  const SearchResponse response = searcher_.search(r);
  ASSERT_FALSE(response.hits.empty());
  EXPECT_GT(response.hits.front().score, 0);
  r.sort = SortOrder::name;
  for (const SearchHit& hit : searcher_.search(r).hits) EXPECT_EQ(hit.score, 0);
}

TEST_F(SearchCorpusSortTest, PagesOfASortedResultAreDisjointAndComplete) {
  SearchRequest r = all(SortOrder::updated);
  const Order whole = order(r);
  r.page_size = 5;
  Order paged;
  for (int page = 1; page <= 4; ++page) {
    r.page = page;
    for (const std::string& id : order(r)) paged.push_back(id);
  }
  EXPECT_EQ(paged, whole);
}

}  // namespace
}  // namespace tarjotin
