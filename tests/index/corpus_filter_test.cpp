// Every filter beyond the basic ones, on the corpus of search_corpus.h: each
// answer stated by hand and checked against the brute-force reference too.
#include <gtest/gtest.h>

#include "index/searcher.h"
#include "index_fixture.h"
#include "reference_search.h"
#include "search_corpus.h"

namespace tarjotin {
namespace {

using Ids = std::set<std::string>;
using test::at;

Ids ids(std::initializer_list<int> numbers) {
  Ids out;
  for (int n : numbers) out.insert("c:" + std::to_string(n));
  return out;
}

const Ids kUndated = ids({10, 11, 12, 14, 16});

Ids plus(Ids a, const Ids& b) {
  a.insert(b.begin(), b.end());
  return a;
}

class SearchCorpusFilterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    test::index_listings(dir_->path(), test::corpus());
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  static SearchRequest all() {
    SearchRequest request;
    request.page_size = 100;
    request.facets.clear();
    return request;
  }

  // The ids the index finds, after checking them against the reference.
  Ids find(const SearchRequest& request) {
    const SearchResponse r = searcher_.search(request);
    const Ids found = test::hit_ids(r);
    EXPECT_EQ(r.total, static_cast<std::int64_t>(found.size()));
    EXPECT_EQ(found, test::reference_ids(test::corpus(), request)) << "index and reference disagree";
    return found;
  }

  static test::TempDir* dir_;
  Searcher searcher_{dir_->path()};
};

test::TempDir* SearchCorpusFilterTest::dir_ = nullptr;

TEST_F(SearchCorpusFilterTest, ThemesAreCategoryCodesOfTheThemeDimension) {
  SearchRequest r = all();
  r.themes = {"liikunta"};
  EXPECT_EQ(find(r), ids({3, 11}));
  r.themes = {"musiikki", "luonto"};
  EXPECT_EQ(find(r), ids({4, 6, 8}));
  r = all();
  r.categories = {"theme:liikunta"};  // the same term space
  EXPECT_EQ(find(r), ids({3, 11}));
  r = all();
  r.categories = {"culture"};
  EXPECT_EQ(find(r), ids({1, 5, 6, 12, 16, 18}));
  r.themes = {"lukeminen"};  // a separate filter: ANDed
  EXPECT_EQ(find(r), ids({1, 12}));
}

TEST_F(SearchCorpusFilterTest, TargetGroupIncludesListingsOpenToAll) {
  SearchRequest r = all();
  r.target_groups = {"children"};
  EXPECT_EQ(find(r), ids({1, 7, 15, 18, 2, 6, 8, 10, 11, 16}));
  r.target_group_only = true;
  EXPECT_EQ(find(r), ids({1, 7, 15, 18}));
  r.target_groups = {"seniors", "immigrants"};
  EXPECT_EQ(find(r), ids({3, 6, 9, 14, 17}));
  r.target_group_only = false;
  r.target_groups = {"all"};
  EXPECT_EQ(find(r), ids({2, 6, 8, 10, 11, 16}));
}

TEST_F(SearchCorpusFilterTest, AccessibilityNeedsEveryFeatureWithYes) {
  SearchRequest r = all();
  r.accessibility = {"wheelchair"};
  EXPECT_EQ(find(r), ids({1, 3, 5, 6, 11, 12}));  // c:2 says no
  r.accessibility = {"wheelchair", "stroller"};
  EXPECT_EQ(find(r), ids({1, 11, 12}));
  r.accessibility = {"hearing_loop"};
  EXPECT_EQ(find(r), ids({2, 6}));  // c:11 does not know
  r.accessibility = {"wheelchair", "hearing_loop"};
  EXPECT_EQ(find(r), ids({6}));
}

TEST_F(SearchCorpusFilterTest, MaxPriceKeepsFreeAndCheapEnoughButNotUnknown) {
  SearchRequest r = all();
  r.max_price = 0;
  const Ids free = ids({1, 4, 7, 8, 9, 10, 12, 13, 16, 18});
  EXPECT_EQ(find(r), plus(free, ids({14})));  // c:14: 0 euros though "free" is not stated
  r.max_price = 4;
  EXPECT_EQ(find(r), plus(free, ids({14, 2, 11, 15})));
  r.max_price = 5;
  EXPECT_EQ(find(r), plus(free, ids({14, 2, 11, 15, 3})));
  r.max_price = 1000;
  EXPECT_EQ(find(r).count("c:5"), 0u);  // price unknown
}

TEST_F(SearchCorpusFilterTest, LocationFiltersKeepOnlineAndPhoneListings) {
  const Ids remote = ids({2, 9, 10, 13, 14, 16});  // online or phone
  SearchRequest r = all();
  r.municipalities = {"espoo"};
  EXPECT_EQ(find(r), plus(ids({4, 5, 8, 17}), remote));
  r.channels = {"in_person"};
  EXPECT_EQ(find(r), ids({4, 5, 8, 17}));
  r.channels = {"online"};
  EXPECT_EQ(find(r), ids({2, 9, 13, 16}));
  r.channels = {"in_person", "phone"};
  EXPECT_EQ(find(r), ids({4, 5, 8, 17, 10, 14}));

  r = all();
  r.near = GeoCircle{test::kStationLat, test::kStationLon, 2};
  EXPECT_EQ(find(r), ids({1, 2, 14, 9, 10, 13, 16}));
  r.channels = {"in_person"};
  EXPECT_EQ(find(r), ids({1, 2, 14}));
}

TEST_F(SearchCorpusFilterTest, NearCutsExactlyAtTheRadius) {
  SearchRequest r = all();
  r.channels = {"in_person"};
  r.near = GeoCircle{test::kStationLat, test::kStationLon, 1};
  EXPECT_EQ(find(r), ids({1, 14}));  // 0.28 and 0.64 km; Kallio is 1.43 km
  r.near->radius_km = 1.5;
  EXPECT_EQ(find(r), ids({1, 14, 2}));
  r.near->radius_km = 3.9;  // the grid-corner listing at 3.87 km
  EXPECT_EQ(find(r), ids({1, 14, 2, 15}));
  r.near->radius_km = 10;
  EXPECT_EQ(find(r), ids({1, 14, 2, 15, 4, 17, 5, 3}));
  r.near->radius_km = 8.85;  // Sello at 8.847, Itäkeskus at 8.890
  EXPECT_EQ(find(r), ids({1, 14, 2, 15, 4, 17, 5}));
  r.near->radius_km = 200;  // whole-degree cells: Turku 150.6 km in, Tampere (phone only) out
  EXPECT_EQ(find(r), ids({1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 17}));
  r.near = GeoCircle{60.4518, 22.2666, 0.5};  // around Turku
  EXPECT_EQ(find(r), ids({13}));
}

TEST_F(SearchCorpusFilterTest, BoundingBox) {
  SearchRequest r = all();
  r.channels = {"in_person"};
  r.bbox = GeoBox{24.60, 60.10, 24.86, 60.25};  // Espoo and Kauniainen
  EXPECT_EQ(find(r), ids({4, 5, 8, 12, 17}));
  r.municipalities = {"espoo"};
  EXPECT_EQ(find(r), ids({4, 5, 8, 17}));
  r = all();
  r.channels = {"in_person"};
  r.bbox = GeoBox{24.9, 60.2, 24.95, 60.25};  // starts exactly at the grid corner of c:15
  EXPECT_EQ(find(r), ids({15}));
  r.bbox = GeoBox{-180, -90, 180, 90};  // too many cells: value ranges alone
  EXPECT_EQ(find(r), ids({1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 17}));
  r.channels.clear();
  r.bbox = GeoBox{24.0, 59.0, 24.5, 59.5};  // the sea: only what is not tied to a place
  EXPECT_EQ(find(r), ids({2, 9, 10, 13, 14, 16}));
}

TEST_F(SearchCorpusFilterTest, Channel) {
  SearchRequest r = all();
  r.channels = {"online"};
  EXPECT_EQ(find(r), ids({2, 9, 13, 16}));
  r.channels = {"phone"};
  EXPECT_EQ(find(r), ids({10, 14}));
  r.channels = {"in_person"};
  EXPECT_EQ(find(r).size(), 15u);
}

TEST_F(SearchCorpusFilterTest, DatesKeepUndatedPlacesUnlessKindExcludesThem) {
  SearchRequest r = all();
  r.start = at("2031-02-01");
  r.end = at("2031-02-28T23:59:59");
  EXPECT_EQ(find(r), plus(ids({2}), kUndated));
  r.kinds = {"event"};
  EXPECT_EQ(find(r), ids({2}));
}

TEST_F(SearchCorpusFilterTest, WeekdayIsTheLocalHelsinkiDay) {
  SearchRequest r = all();
  r.weekdays = {"mon"};
  EXPECT_EQ(find(r), plus(ids({1, 5, 13}), kUndated));  // c:5 is Sunday in UTC
  r.weekdays = {"sun"};
  EXPECT_EQ(find(r), plus(ids({4, 7}), kUndated));  // c:4 on the DST day; not c:5
  r.weekdays = {"sat"};
  EXPECT_EQ(find(r), plus(ids({3, 7, 15, 17, 18}), kUndated));
  r.weekdays = {"fri"};
  EXPECT_EQ(find(r), kUndated);  // the festival ends at Friday midnight
  r.weekdays = {"thu", "fri"};
  EXPECT_EQ(find(r), plus(ids({8}), kUndated));
  r.weekdays = {"wed"};
  EXPECT_EQ(find(r), plus(ids({2, 8, 17}), kUndated));
}

TEST_F(SearchCorpusFilterTest, TimeOfDayIsTheLocalStartHour) {
  SearchRequest r = all();
  r.times_of_day = {"morning"};
  EXPECT_EQ(find(r), plus(ids({1, 4, 5, 8, 9, 15, 17, 18}), kUndated));
  r.times_of_day = {"afternoon"};
  EXPECT_EQ(find(r), plus(ids({6, 7, 8}), kUndated));  // c:6 12:15 EEST is 09:15Z
  r.times_of_day = {"evening"};
  EXPECT_EQ(find(r), plus(ids({2, 3, 7, 8, 13, 17}), kUndated));  // c:7 Sat 17:00 EEST is 14:00Z
}

TEST_F(SearchCorpusFilterTest, WeekdayTimeAndDatesMustHoldForOneOccurrence) {
  SearchRequest r = all();
  r.weekdays = {"sat"};
  r.times_of_day = {"evening"};
  EXPECT_EQ(find(r), plus(ids({3, 7}), kUndated));  // c:17: Saturday morning, Wednesday evening
  r.weekdays = {"sun"};
  r.times_of_day = {"afternoon"};
  EXPECT_EQ(find(r), plus(ids({7}), kUndated));  // Sunday 16:30 just after DST ended
  r.weekdays = {"wed"};
  r.times_of_day = {"morning"};
  EXPECT_EQ(find(r), plus(ids({8}), kUndated));  // all-day Wednesday
  r = all();
  r.start = at("2031-06-11");
  r.end = at("2031-06-20T23:59:59");
  r.weekdays = {"tue"};
  EXPECT_EQ(find(r), kUndated);  // the festival's Tuesday is before the range
  r.weekdays = {"thu"};
  EXPECT_EQ(find(r), plus(ids({8}), kUndated));
}

TEST_F(SearchCorpusFilterTest, Registration) {
  SearchRequest r = all();
  r.registration_required = true;
  EXPECT_EQ(find(r), ids({3, 4, 7, 9, 13, 14, 17}));
  r.registration_required = false;
  EXPECT_EQ(find(r), ids({1, 5, 6, 10, 11, 15, 16, 18}));
}

TEST_F(SearchCorpusFilterTest, AgeWithinBoundsAndOpenBoundsMatch) {
  const Ids unbounded = ids({2, 6, 8, 10, 11, 12, 16, 17});
  SearchRequest r = all();
  r.age = 5;
  EXPECT_EQ(find(r), plus(ids({1, 18}), unbounded));
  r.age = 12;
  EXPECT_EQ(find(r), plus(ids({7, 15}), unbounded));
  r.age = 70;
  EXPECT_EQ(find(r), plus(ids({3, 4, 9, 13, 14}), unbounded));
}

TEST_F(SearchCorpusFilterTest, UpdatedSinceUsesSourceModifiedElseLastSeen) {
  SearchRequest r = all();
  r.updated_since = at("2031-05-01");  // Helsinki midnight: c:6's date-only source_modified is exactly this
  EXPECT_EQ(find(r), ids({5, 6, 7, 8, 11, 17}));
  r.updated_since = at("2031-03-14T00:00:00Z");  // c:4's unparseable source_modified: its last_seen counts
  EXPECT_EQ(find(r).count("c:4"), 1u);
}

TEST_F(SearchCorpusFilterTest, ManyFiltersTogether) {
  SearchRequest r = all();
  r.near = GeoCircle{test::kStationLat, test::kStationLon, 20};
  r.kinds = {"event", "place"};
  r.target_groups = {"children"};
  r.max_price = 5;
  r.times_of_day = {"morning", "afternoon"};
  EXPECT_EQ(find(r), ids({1, 7, 8, 11, 15}));
  r.accessibility = {"wheelchair"};
  EXPECT_EQ(find(r), ids({1, 11}));
  r.age = 30;
  EXPECT_EQ(find(r), ids({11}));
}

}  // namespace
}  // namespace tarjotin
