// "Did you mean" (index/spelling.h): a misspelt query that finds (almost)
// nothing gets a corrected q, and the correction finds listings.
#include <gtest/gtest.h>

#include "index/searcher.h"
#include "index_fixture.h"

namespace tarjotin {
namespace {

Listing listing(const std::string& id, const std::string& name_fi, const std::string& municipality = "Helsinki") {
  Listing l;
  l.id = id;
  l.source = "t";
  l.kind = Kind::event;
  l.name = {{"fi", name_fi}};
  l.location.municipality = {{"fi", municipality}};
  l.languages = {"fi"};
  return l;
}

class SpellingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    test::index_listings(dir_->path(), {listing("s:1", "Kielikahvila kirjastossa"), listing("s:2", "Senioritanssi Malmilla"),
                                        listing("s:3", "Senioritanssi Espoossa", "Espoo"),
                                        listing("s:4", "Kielikahvila Tikkurilassa", "Vantaa")});
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  SearchResponse find(const std::string& q, const std::string& municipality = "") {
    SearchRequest request;
    request.q = q;
    request.page_size = 100;
    if (!municipality.empty()) request.municipalities = {municipality};
    return searcher_.search(request);
  }
  static test::TempDir* dir_;
  Searcher searcher_{dir_->path()};
};

test::TempDir* SpellingTest::dir_ = nullptr;

TEST_F(SpellingTest, AMisspeltQuerySuggestsOneThatFindsListings) {
  for (const auto& [typo, fixed] : std::vector<std::pair<std::string, std::string>>{
           {"kielikahvla", "kielikahvila"}, {"seniorritanssi", "senioritanssi"}, {"Seniorritanssi malmilla", "senioritanssi malmilla"}}) {
    const SearchResponse typed = find(typo);
    EXPECT_EQ(typed.total, 0) << typo;
    ASSERT_TRUE(typed.suggestion) << typo;
    EXPECT_EQ(*typed.suggestion, fixed);
    EXPECT_GT(find(*typed.suggestion).total, 0) << fixed;
  }
}

TEST_F(SpellingTest, NoSuggestionWhenTheQueryFindsEnoughOrNothingBetterExists) {
  EXPECT_FALSE(find("kielikahvila").suggestion);   // spelt right
  EXPECT_FALSE(find("qwertyuiop").suggestion);     // nothing near
  EXPECT_FALSE(find("").suggestion);
}

TEST_F(SpellingTest, TheSuggestionMustFindSomethingUnderTheSameFilters) {
  // The only senioritanssi in Vantaa does not exist: no suggestion there.
  EXPECT_FALSE(find("seniorritanssi", "vantaa").suggestion);
  const SearchResponse espoo = find("seniorritanssi", "espoo");
  ASSERT_TRUE(espoo.suggestion);
  EXPECT_EQ(*espoo.suggestion, "senioritanssi");
}

}  // namespace
}  // namespace tarjotin
