// Finnish morphology (index/finnish_morphology.h): Voikko's base forms and
// compound parts, and what they do to search: a part of a compound finds the
// compound, an inflected query finds the base form, and words Voikko does not
// know still work through Snowball.
#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "index/finnish_morphology.h"
#include "index/searcher.h"
#include "index_fixture.h"

namespace tarjotin {
namespace {

using test::hit_ids;

bool has(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

TEST(FinnishAnalysis, GivesBaseFormsAndCompoundParts) {
  ASSERT_TRUE(finnish_morphology_available()) << "voikko-fi is not installed (scripts/install-deps)";
  const FinnishAnalysis& library = finnish_analysis("kaupunginkirjastossa");
  ASSERT_TRUE(library.known);
  EXPECT_EQ(library.base_forms.front(), "kaupunginkirjasto");
  EXPECT_TRUE(has(library.parts, "kirjasto"));
  EXPECT_TRUE(has(library.parts, "kaupunki"));
  EXPECT_FALSE(has(library.parts, "kaupunginkirjasto"));  // never the whole word

  const FinnishAnalysis& peer = finnish_analysis("vertaistukiryhmä");
  EXPECT_TRUE(has(peer.parts, "vertaistuki"));
  EXPECT_TRUE(has(peer.parts, "tukiryhmä"));
  EXPECT_TRUE(has(peer.parts, "ryhmä"));

  EXPECT_EQ(finnish_analysis("kielet").base_forms.front(), "kieli");
  EXPECT_FALSE(finnish_analysis("xyzzyplugh").known);
}

TEST(FinnishAnalysis, WorksInManyThreadsAtOnce) {
  std::vector<std::thread> threads;
  std::vector<std::string> results(4);
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([i, &results] {
      for (int n = 0; n < 200; ++n) results[i] = finnish_analysis("kielikahvilassa").base_forms.front();
    });
  for (std::thread& t : threads) t.join();
  for (const std::string& r : results) EXPECT_EQ(r, "kielikahvila");
}

class FinnishSearchTest : public ::testing::Test {
 protected:
  static Listing listing(const std::string& id, const std::string& name_fi) {
    Listing l;
    l.id = id;
    l.source = "t";
    l.kind = Kind::place;
    l.name = {{"fi", name_fi}};
    l.languages = {"fi"};
    return l;
  }
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    test::index_listings(dir_->path(), {listing("m:1", "Kaupunginkirjasto"), listing("m:2", "Kielikahvila Oodissa"),
                                        listing("m:3", "Vertaistukiryhmä omaishoitajille"),
                                        listing("m:4", "Kirjaston kotipalvelu"), listing("m:5", "Zumbaklubi")});
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  std::set<std::string> find(const std::string& q) {
    SearchRequest request;
    request.q = q;
    request.page_size = 100;
    return hit_ids(searcher_.search(request));
  }
  static test::TempDir* dir_;
  Searcher searcher_{dir_->path()};
};

test::TempDir* FinnishSearchTest::dir_ = nullptr;

TEST_F(FinnishSearchTest, APartOfACompoundFindsTheCompound) {
  EXPECT_EQ(find("kirjasto"), (std::set<std::string>{"m:1", "m:4"}));
  EXPECT_EQ(find("kahvila"), (std::set<std::string>{"m:2"}));
  EXPECT_EQ(find("tukiryhmä"), (std::set<std::string>{"m:3"}));
  EXPECT_EQ(find("vertaistuki"), (std::set<std::string>{"m:3"}));
}

TEST_F(FinnishSearchTest, InflectedQueriesAreLemmatised) {
  EXPECT_EQ(find("kirjastoissa"), (std::set<std::string>{"m:1", "m:4"}));
  EXPECT_EQ(find("kahviloihin"), (std::set<std::string>{"m:2"}));
  EXPECT_EQ(find("omaishoitaja"), (std::set<std::string>{"m:3"}));
  EXPECT_EQ(find("kielikahvilat"), (std::set<std::string>{"m:2"}));
}

TEST_F(FinnishSearchTest, WordsVoikkoDoesNotKnowFallBackToSnowball) {
  EXPECT_EQ(find("zumbaklubi"), (std::set<std::string>{"m:5"}));
  EXPECT_EQ(find("zumbaklubissa"), (std::set<std::string>{"m:5"}));
}

}  // namespace
}  // namespace tarjotin
