// Facet counts of every facet, checked by brute force (reference_search.h)
// for many filter combinations, the browse shortcut against a document pass,
// and the labels of the new facets.
#include <gtest/gtest.h>

#include "index/searcher.h"
#include "index_fixture.h"
#include "reference_search.h"
#include "search_corpus.h"

namespace tarjotin {
namespace {

using test::at;
using test::counts_of;
using Counts = std::map<std::string, std::int64_t>;

class SearchCorpusFacetTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    test::index_listings(dir_->path(), test::corpus());
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  // Hits and every facet against the reference.
  void check(const SearchRequest& request, const std::string& what) {
    SCOPED_TRACE(what);
    SearchRequest r = request;
    r.page_size = 100;
    const SearchResponse response = searcher_.search(r);
    const std::set<std::string> expected = test::reference_ids(test::corpus(), r);
    EXPECT_EQ(test::hit_ids(response), expected);
    EXPECT_EQ(response.total, static_cast<std::int64_t>(expected.size()));
    ASSERT_EQ(response.facets.size(), known_facets().size());
    for (const std::string& facet : known_facets())
      EXPECT_EQ(counts_of(response.facets.at(facet)), test::reference_counts(test::corpus(), r, facet)) << facet;
  }

  static test::TempDir* dir_;
  Searcher searcher_{dir_->path()};
};

test::TempDir* SearchCorpusFacetTest::dir_ = nullptr;

SearchRequest near_station(double km) {
  SearchRequest r;
  r.near = GeoCircle{test::kStationLat, test::kStationLon, km};
  return r;
}

TEST_F(SearchCorpusFacetTest, BrowseCountsMatchTheData) {
  check(SearchRequest{}, "browse");
  const SearchResponse r = searcher_.search(SearchRequest{});
  EXPECT_EQ(counts_of(r.facets.at("theme")),
            (Counts{{"digitaidot", 1}, {"kieli", 2}, {"liikunta", 2}, {"lukeminen", 2}, {"luonto", 1},
                          {"mielenterveys", 1}, {"musiikki", 2}, {"pelit", 1}}));
  EXPECT_EQ(counts_of(r.facets.at("category")).count("theme:kieli"), 0u);  // themes only under theme
  EXPECT_EQ(counts_of(r.facets.at("channel")), (Counts{{"in_person", 15}, {"online", 4}, {"phone", 2}}));
  // Six listings are open to all: they count for every group.
  EXPECT_EQ(counts_of(r.facets.at("target_group")),
            (Counts{{"adults", 8}, {"all", 6}, {"children", 10}, {"families", 7}, {"immigrants", 7},
                          {"seniors", 9}, {"youth", 8}}));
  // Five undated listings count for every weekday.
  EXPECT_EQ(counts_of(r.facets.at("weekday")),
            (Counts{{"mon", 8}, {"tue", 8}, {"wed", 8}, {"thu", 6}, {"fri", 5}, {"sat", 10}, {"sun", 7}}));
  EXPECT_EQ(counts_of(r.facets.at("accessibility")),
            (Counts{{"hearing_loop", 2}, {"rollator", 2}, {"stroller", 3}, {"visual", 1}, {"wheelchair", 6}}));
}

TEST_F(SearchCorpusFacetTest, BrowseShortcutAgreesWithACountingPass) {
  SearchRequest every_kind;  // a filter that keeps everything forces the document pass
  every_kind.kinds = {"event", "service", "place", "volunteering"};
  const SearchResponse browse = searcher_.search(SearchRequest{});
  const SearchResponse counted = searcher_.search(every_kind);
  for (const std::string& facet : known_facets())
    EXPECT_EQ(counts_of(browse.facets.at(facet)), counts_of(counted.facets.at(facet))) << facet;
  SearchRequest only = every_kind;
  only.target_group_only = true;
  SearchRequest browse_only;
  browse_only.target_group_only = true;
  EXPECT_EQ(counts_of(searcher_.search(browse_only).facets.at("target_group")),
            counts_of(searcher_.search(only).facets.at("target_group")));
  EXPECT_EQ(counts_of(searcher_.search(browse_only).facets.at("target_group")).at("children"), 4);
}

TEST_F(SearchCorpusFacetTest, SingleFilters) {
  SearchRequest r;
  r.kinds = {"event"};
  check(r, "kind");
  r = SearchRequest{};
  r.themes = {"musiikki"};
  check(r, "theme");
  r.categories = {"culture", "music"};
  check(r, "theme and category");
  r = SearchRequest{};
  r.target_groups = {"children"};
  check(r, "target group");
  r.target_group_only = true;
  check(r, "target group only");
  r = SearchRequest{};
  r.accessibility = {"wheelchair"};
  check(r, "accessibility");
  r.accessibility = {"wheelchair", "stroller"};
  r.free = true;
  check(r, "accessibility: all of two, and free");
  r = SearchRequest{};
  r.languages = {"sv"};
  r.free = false;
  check(r, "language and free");
}

TEST_F(SearchCorpusFacetTest, LocationAndChannels) {
  check(near_station(2), "near without channel");
  SearchRequest r = near_station(10);
  r.channels = {"in_person"};
  check(r, "near with in_person");
  r.channels = {"online", "phone"};
  check(r, "near with online and phone");
  r = SearchRequest{};
  r.municipalities = {"espoo"};
  r.themes = {"musiikki", "kieli"};
  check(r, "municipality and theme");
  r = SearchRequest{};
  r.bbox = GeoBox{24.60, 60.10, 24.86, 60.25};
  r.channels = {"in_person", "online"};
  check(r, "bbox with channels");
  r.municipalities = {"espoo", "kauniainen"};
  check(r, "bbox and municipality");
}

TEST_F(SearchCorpusFacetTest, ChannelCountsUnderALocationFilterAreWhatSelectingGives) {
  const SearchResponse r = searcher_.search(near_station(2));
  // Inside: c:1, c:2 (also online), c:14 (also phone); outside but kept: c:9,
  // c:13, c:16 online, c:10 phone. c:13 is in person in Turku: that does not
  // count for in_person, since channel=in_person would drop it.
  EXPECT_EQ(counts_of(r.facets.at("channel")), (Counts{{"in_person", 3}, {"online", 4}, {"phone", 2}}));
}

TEST_F(SearchCorpusFacetTest, TimesAndDates) {
  SearchRequest r;
  r.weekdays = {"sat"};
  r.times_of_day = {"evening"};
  check(r, "weekday and time");
  r = SearchRequest{};
  r.start = at("2031-06-01");
  r.end = at("2031-06-30T23:59:59");
  check(r, "June");
  r.weekdays = {"tue"};
  check(r, "June Tuesdays");
  r = SearchRequest{};
  r.weekdays = {"mon", "sun"};
  r.times_of_day = {"morning"};
  r.municipalities = {"helsinki"};
  check(r, "Monday or Sunday mornings in Helsinki");
}

TEST_F(SearchCorpusFacetTest, Conditions) {
  SearchRequest r;
  r.max_price = 4;
  r.age = 12;
  r.registration_required = false;
  check(r, "price, age, registration");
  r = SearchRequest{};
  r.updated_since = at("2031-03-01");
  r.categories = {"culture", "social"};
  check(r, "updated and category");
  r = near_station(20);
  r.kinds = {"event", "place"};
  r.target_groups = {"children"};
  r.max_price = 5;
  r.times_of_day = {"morning", "afternoon"};
  r.accessibility = {"wheelchair"};
  check(r, "many");
}

TEST_F(SearchCorpusFacetTest, AccessibilityCountsAreWhatAddingAFeatureLeaves) {
  SearchRequest r;
  r.accessibility = {"wheelchair"};
  const SearchResponse response = searcher_.search(r);
  EXPECT_EQ(response.total, 6);
  EXPECT_EQ(counts_of(response.facets.at("accessibility")),
            (Counts{{"hearing_loop", 1}, {"rollator", 2}, {"stroller", 3}, {"wheelchair", 6}}));
}

TEST_F(SearchCorpusFacetTest, ValueTooLongForATermIsStillCountedExactly) {
  test::TempDir dir;
  std::vector<Listing> listings = test::corpus();
  Listing odd = test::corpus_listing("c:16");
  odd.id = "c:99";
  odd.categories = {std::string(300, 'x')};
  odd.location.municipality = {{"fi", std::string(300, 'y')}};  // online: counts for every municipality
  listings.push_back(odd);
  test::index_listings(dir.path(), listings);
  Searcher searcher(dir.path());
  const SearchResponse r = searcher.search(SearchRequest{});
  for (const std::string& facet : known_facets())
    EXPECT_EQ(counts_of(r.facets.at(facet)), test::reference_counts(listings, SearchRequest{}, facet)) << facet;
  EXPECT_EQ(counts_of(r.facets.at("category")).at(std::string(300, 'x')), 1);
  EXPECT_EQ(counts_of(r.facets.at("municipality")).at(std::string(300, 'y')), 7);  // the seven online / phone
}

std::string label(const SearchResponse& r, const std::string& facet, const std::string& value) {
  for (const FacetValue& v : r.facets.at(facet))
    if (v.value == value) return v.label;
  return "<missing>";
}

TEST_F(SearchCorpusFacetTest, LabelsInTheRequestLanguage) {
  SearchRequest r;
  SearchResponse fi = searcher_.search(r);
  EXPECT_EQ(label(fi, "weekday", "mon"), "ma");
  EXPECT_EQ(label(fi, "time_of_day", "evening"), "Ilta (klo 17 jälkeen)");
  EXPECT_EQ(label(fi, "accessibility", "wheelchair"), "Pyörätuolilla");
  EXPECT_EQ(label(fi, "channel", "online"), "Verkossa");
  EXPECT_EQ(label(fi, "theme", "liikunta"), "liikunta");        // no vocabulary yet: the code
  EXPECT_EQ(label(fi, "target_group", "seniors"), "seniors");
  r.lang = "sv";
  SearchResponse sv = searcher_.search(r);
  EXPECT_EQ(label(sv, "weekday", "mon"), "må");
  EXPECT_EQ(label(sv, "weekday", "sat"), "lö");
  EXPECT_EQ(label(sv, "municipality", "kauniainen"), "Grankulla");
  r.lang = "en";
  SearchResponse en = searcher_.search(r);
  EXPECT_EQ(label(en, "weekday", "sun"), "Sun");
  EXPECT_EQ(label(en, "time_of_day", "morning"), "Morning (before 12)");
  EXPECT_EQ(label(en, "accessibility", "hearing_loop"), "Hearing loop");
  EXPECT_EQ(label(en, "channel", "phone"), "By phone");
}

}  // namespace
}  // namespace tarjotin
