// Searching the classified, indexed fixture catalogue with the vocabulary
// installed in the index: everyday words find listings through their codes
// in any language, crisis words put crisis help first, facets are labelled.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "vocabulary/indexed_catalogue.h"

namespace tarjotin {
namespace {

class SynonymSearch : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { index = new catalogue::IndexedCatalogue(); }
  static void TearDownTestSuite() {
    delete index;
    index = nullptr;
  }
  static bool contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  }
  static bool has_category(const Listing& l, const std::string& code) {
    return std::find(l.categories.begin(), l.categories.end(), code) != l.categories.end();
  }
  static catalogue::IndexedCatalogue* index;
};

catalogue::IndexedCatalogue* SynonymSearch::index = nullptr;

TEST_F(SynonymSearch, YksinainenFindsABefriendingServiceWrittenOnlyInSwedish) {
  const Listing& swedish = index->listing("extra:vanverksamhet");
  ASSERT_EQ(swedish.name.count("fi"), 0u);
  ASSERT_TRUE(has_category(swedish, "befriending"));
  for (const char* q : {"yksinäinen", "yksinäisille", "ystävä", "seuraa", "lonely"})
    EXPECT_TRUE(contains(index->top(q, 20), "extra:vanverksamhet")) << q;
  // It is the vocabulary that does it: the words are nowhere in the listing.
  index->uninstall_vocabulary();
  const std::vector<std::string> without = index->top("yksinäinen", 20);
  index->install_vocabulary();
  EXPECT_FALSE(contains(without, "extra:vanverksamhet"));
}

TEST_F(SynonymSearch, EverydayWordsFindListingsByTheirCodesInEveryLanguage) {
  // Digital help: "digiapu" is in no listing text.
  EXPECT_TRUE(contains(index->top("digiapu"), "linkedevents:demo:digituki-sello"));
  EXPECT_TRUE(contains(index->top("kännykkäapu"), "linkedevents:demo:digituki-sello"));
  // A Swedish word finds the Finnish-named language cafés, a Finnish word the Swedish-only one.
  EXPECT_TRUE(contains(index->top("språkcafé", 10), "ngo:nh-102"));
  EXPECT_TRUE(contains(index->top("kielikahvila", 10), "ngo:nh-105"));
  // "jumppa" finds water aerobics (vesijumppa: a compound the stemmer does not split).
  EXPECT_TRUE(contains(index->top("jumppa", 10), "linkedevents:demo:vesijumppa-ikaihmiset"));
  EXPECT_TRUE(contains(index->top("träning", 10), "linkedevents:demo:tuolijumppa-kontula"));
}

TEST_F(SynonymSearch, TextMatchesStillComeBeforeMatchesByCodeOnly) {
  const std::vector<std::string> top = index->top("kielikahvila", 3);
  ASSERT_FALSE(top.empty());
  EXPECT_TRUE(top[0] == "linkedevents:demo:kielikahvila-oodi" || top[0] == "ngo:nh-102") << top[0];
  // The rest of the query must still match: a need AND the other words.
  for (const std::string& id : index->top("jumppa kontula", 10)) {
    const Listing& l = index->listing(id);
    EXPECT_NE(pick_text(l.location.name, "fi").find("Kontula"), std::string::npos) << id;
  }
}

TEST_F(SynonymSearch, CrisisWordsPutCrisisHelpFirstInEveryLanguage) {
  for (const char* q : {"kriisi", "itsemurha", "väkivalta", "lähisuhdeväkivalta", "kris", "självmord", "våld",
                        "suicide", "crisis", "violence", "haluan kuolla"}) {
    SCOPED_TRACE(q);
    const SearchResponse response = index->search(q, "fi", 10);
    ASSERT_GE(response.hits.size(), 3u);
    // The three crisis services, whatever their language, before anything else.
    for (std::size_t i = 0; i < 3; ++i)
      EXPECT_TRUE(has_category(response.hits[i].listing, "crisis_help")) << response.hits[i].listing.id;
  }
  // A lecture whose title says "väkivalta" is found, but after the crisis help.
  const std::vector<std::string> top = index->top("väkivalta", 10);
  EXPECT_TRUE(contains(top, "extra:vakivalta-luento"));
  EXPECT_EQ(top.size() > 3 ? top[3] : "", "extra:vakivalta-luento");
}

TEST_F(SynonymSearch, OrdinaryWordsDoNotPinCrisisHelp) {
  for (const char* q : {"kristen", "ilmastokriisi", "jumppa", "kirjasto"})
    for (const SearchHit& hit : index->search(q, "fi", 10).hits)
      EXPECT_FALSE(has_category(hit.listing, "crisis_help")) << q << ": " << hit.listing.id;
}

TEST_F(SynonymSearch, FacetsAreLabelledFromTheVocabulary) {
  const auto label_of = [](const SearchResponse& r, const std::string& facet, const std::string& value) {
    for (const FacetValue& v : r.facets.at(facet))
      if (v.value == value) return v.label;
    return std::string("(missing)");
  };
  const SearchResponse sv = index->search("", "sv", 1);
  EXPECT_EQ(label_of(sv, "category", "peer_support"), "Kamratstöd");
  EXPECT_EQ(label_of(sv, "theme", "exercise"), "Motion");
  EXPECT_EQ(label_of(sv, "target_group", "older_people"), "Äldre");
  EXPECT_EQ(label_of(sv, "target_group", "all"), "Öppet för alla");
  const SearchResponse en = index->search("", "en", 1);
  EXPECT_EQ(label_of(en, "category", "crisis_help"), "Crisis help");
  EXPECT_EQ(label_of(en, "language", "uk"), "Ukrainian");
  EXPECT_EQ(label_of(index->search("", "fi", 1), "theme", "languages"), "Kielet");
}

TEST_F(SynonymSearch, AThemeFilterFindsListingsOfItsNarrowerThemesToo) {
  SearchRequest request;
  request.themes = {"culture"};
  request.page_size = 100;
  std::set<std::string> expected;
  for (const Listing& l : index->listings())
    if (has_category(l, "theme:culture")) expected.insert(l.id);
  std::set<std::string> found;
  for (const SearchHit& hit : index->search(request).hits) found.insert(hit.listing.id);
  EXPECT_EQ(found, expected);
  // The choir listing is classified under singing, and so under music and culture.
  EXPECT_TRUE(found.count("linkedevents:demo:kuorolaulu-avoin"));
  request.themes = {"singing"};
  request.target_groups = {"older_people"};  // open-to-all listings count for every group
  std::set<std::string> singing;
  for (const SearchHit& hit : index->search(request).hits) singing.insert(hit.listing.id);
  EXPECT_TRUE(singing.count("lahella:act-101"));
  EXPECT_TRUE(singing.count("linkedevents:demo:kuorolaulu-avoin"));
}

}  // namespace
}  // namespace tarjotin
