// Facet counts: exact, disjunctive, labelled in the request language.
#include <gtest/gtest.h>

#include <algorithm>

#include "index/searcher.h"
#include "index_fixture.h"

namespace tarjotin {
namespace {

using test::counts_of;
using test::expected_counts;
using Counts = std::map<std::string, std::int64_t>;

std::vector<const Listing*> samples_where(const std::function<bool(const Listing&)>& keep) {
  std::vector<const Listing*> out;
  for (const Listing& l : test::sample_listings())
    if (keep(l)) out.push_back(&l);
  return out;
}

bool has(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

class SearchFacetTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    test::index_listings(dir_->path(), test::sample_listings());
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  static test::TempDir* dir_;
  Searcher searcher_{dir_->path()};
};

test::TempDir* SearchFacetTest::dir_ = nullptr;

TEST_F(SearchFacetTest, CountsMatchTheDataWithoutFilters) {
  const SearchResponse r = searcher_.search(SearchRequest{});
  const auto everything = samples_where([](const Listing&) { return true; });
  ASSERT_EQ(r.facets.size(), known_facets().size());
  for (const std::string& facet : known_facets())
    EXPECT_EQ(counts_of(r.facets.at(facet)), expected_counts(everything, facet)) << facet;
  EXPECT_EQ(counts_of(r.facets.at("free")), (Counts{{"yes", 5}, {"no", 3}, {"unknown", 3}}));
  EXPECT_EQ(counts_of(r.facets.at("municipality")), (Counts{{"helsinki", 5}, {"espoo", 3}, {"vantaa", 2}}));
}

TEST_F(SearchFacetTest, ValuesAreOrderedByCountThenValue) {
  const SearchResponse r = searcher_.search(SearchRequest{});
  for (const auto& [facet, values] : r.facets)
    for (std::size_t i = 1; i < values.size(); ++i) {
      const FacetValue& a = values[i - 1];
      const FacetValue& b = values[i];
      EXPECT_TRUE(a.count > b.count || (a.count == b.count && a.value < b.value)) << facet << " " << b.value;
    }
  const auto& kinds = r.facets.at("kind");
  ASSERT_EQ(kinds.size(), 4u);
  EXPECT_EQ(kinds[0].value, "event");
  EXPECT_EQ(kinds[0].count, 7);
  EXPECT_EQ(kinds[1].value, "place");
}

TEST_F(SearchFacetTest, TextQueryNarrowsCounts) {
  SearchRequest request;
  request.q = "kirjasto";
  const SearchResponse r = searcher_.search(request);
  const auto matched = samples_where([](const Listing& l) { return l.id == "t:1" || l.id == "t:5"; });
  for (const std::string& facet : known_facets())
    EXPECT_EQ(counts_of(r.facets.at(facet)), expected_counts(matched, facet)) << facet;
}

TEST_F(SearchFacetTest, FacetsAreDisjunctive) {
  SearchRequest request;
  request.languages = {"sv"};
  const SearchResponse r = searcher_.search(request);
  EXPECT_EQ(r.total, 4);
  const auto everything = samples_where([](const Listing&) { return true; });
  const auto swedish = samples_where([](const Listing& l) { return has(l.languages, "sv"); });
  // The language facet ignores its own filter: fi still shows its full count.
  EXPECT_EQ(counts_of(r.facets.at("language")), expected_counts(everything, "language"));
  EXPECT_EQ(counts_of(r.facets.at("language")).at("fi"), 7);
  // The other facets reflect the filter.
  for (const char* facet : {"kind", "free", "category", "municipality"})
    EXPECT_EQ(counts_of(r.facets.at(facet)), expected_counts(swedish, facet)) << facet;
  EXPECT_EQ(counts_of(r.facets.at("kind")), (Counts{{"event", 2}, {"place", 1}, {"service", 1}}));
}

TEST_F(SearchFacetTest, SeveralActiveFiltersEachIgnoreOnlyTheirOwn) {
  SearchRequest request;
  request.free = true;
  request.municipalities = {"espoo"};
  const SearchResponse r = searcher_.search(request);
  EXPECT_EQ(r.total, 2);  // t:5, t:10
  const auto in_espoo = samples_where([](const Listing& l) { return l.location.municipality.count("fi") && l.location.municipality.at("fi") == "Espoo"; });
  const auto free = samples_where([](const Listing& l) { return l.price.free == Tri::yes; });
  EXPECT_EQ(counts_of(r.facets.at("free")), expected_counts(in_espoo, "free"));
  EXPECT_EQ(counts_of(r.facets.at("municipality")), expected_counts(free, "municipality"));
  EXPECT_EQ(counts_of(r.facets.at("kind")), (Counts{{"event", 1}, {"place", 1}}));
}

TEST_F(SearchFacetTest, SelectedValueWithoutMatchesIsListedWithZero) {
  SearchRequest request;
  request.q = "vesijumppa";  // only in Espoo
  request.municipalities = {"vantaa"};
  const SearchResponse r = searcher_.search(request);
  EXPECT_EQ(r.total, 0);
  EXPECT_EQ(counts_of(r.facets.at("municipality")), (Counts{{"espoo", 1}, {"vantaa", 0}}));
}

TEST_F(SearchFacetTest, OnlyRequestedFacetsAreReturned) {
  SearchRequest request;
  request.facets = {"free", "nonsense", "free"};
  const SearchResponse r = searcher_.search(request);
  ASSERT_EQ(r.facets.size(), 1u);
  EXPECT_EQ(r.facets.count("free"), 1u);
}

TEST_F(SearchFacetTest, DateFilterAppliesToCounts) {
  SearchRequest request;
  request.start = test::helsinki(1, 6);
  request.end = test::helsinki(1, 11);
  const SearchResponse r = searcher_.search(request);
  EXPECT_EQ(counts_of(r.facets.at("kind")), (Counts{{"place", 2}, {"service", 1}, {"volunteering", 1}}));
}

std::string label_of(const std::vector<FacetValue>& values, const std::string& value) {
  for (const FacetValue& v : values)
    if (v.value == value) return v.label;
  return "<missing>";
}

TEST_F(SearchFacetTest, LabelsFollowTheRequestLanguage) {
  SearchRequest request;
  request.lang = "sv";
  SearchResponse r = searcher_.search(request);
  EXPECT_EQ(label_of(r.facets.at("municipality"), "helsinki"), "Helsingfors");
  EXPECT_EQ(label_of(r.facets.at("municipality"), "espoo"), "Esbo");
  EXPECT_EQ(label_of(r.facets.at("kind"), "event"), "Evenemang eller kurs");
  EXPECT_EQ(label_of(r.facets.at("free"), "yes"), "Avgiftsfri");
  EXPECT_EQ(label_of(r.facets.at("language"), "fi"), "finska");
  EXPECT_EQ(label_of(r.facets.at("category"), "culture"), "culture");

  request.lang = "en";
  r = searcher_.search(request);
  EXPECT_EQ(label_of(r.facets.at("municipality"), "vantaa"), "Vantaa");  // no English name: Finnish
  EXPECT_EQ(label_of(r.facets.at("kind"), "place"), "Place");
  EXPECT_EQ(label_of(r.facets.at("free"), "unknown"), "Price not known");

  request.lang = "fi";
  r = searcher_.search(request);
  EXPECT_EQ(label_of(r.facets.at("municipality"), "helsinki"), "Helsinki");
  EXPECT_EQ(label_of(r.facets.at("kind"), "volunteering"), "Vapaaehtoistyö");
}

}  // namespace
}  // namespace tarjotin
