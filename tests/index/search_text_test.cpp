// Free-text search: stemming per language, any UI language finds any text,
// and hostile user text never throws.
#include <gtest/gtest.h>

#include <memory>

#include "index/searcher.h"
#include "index_fixture.h"

namespace tarjotin {
namespace {

using test::hit_ids;

class SearchTextTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    test::index_listings(dir_->path(), test::sample_listings());
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  SearchResponse find(const std::string& q, const std::string& lang = "fi") {
    SearchRequest request;
    request.q = q;
    request.lang = lang;
    request.page_size = 100;
    return searcher_.search(request);
  }

  static test::TempDir* dir_;
  Searcher searcher_{dir_->path()};
};

test::TempDir* SearchTextTest::dir_ = nullptr;

TEST_F(SearchTextTest, FinnishInflectionIsStemmed) {
  const SearchResponse r = find("kirjasto");
  EXPECT_EQ(hit_ids(r), (std::set<std::string>{"t:1", "t:5"}));  // "Kirjastossa satutunti", "Sellon kirjasto"
  EXPECT_EQ(r.total, 2);
  EXPECT_EQ(hit_ids(find("kirjastot")), (std::set<std::string>{"t:1", "t:5"}));
  EXPECT_EQ(hit_ids(find("uimahalli")), (std::set<std::string>{"t:2"}));
}

TEST_F(SearchTextTest, CapitalisedQueryWordsAreStemmedToo) {
  EXPECT_EQ(hit_ids(find("Kirjasto")), (std::set<std::string>{"t:1", "t:5"}));
  EXPECT_EQ(hit_ids(find("KIRJASTOT")), (std::set<std::string>{"t:1", "t:5"}));
  EXPECT_EQ(hit_ids(find("YSTÄVÄTOIMINTA")), (std::set<std::string>{"t:6"}));
}

TEST_F(SearchTextTest, SwedishAndEnglishAreStemmed) {
  EXPECT_EQ(hit_ids(find("biblioteket", "sv")), (std::set<std::string>{"t:1"}));
  EXPECT_EQ(hit_ids(find("libraries", "en")), (std::set<std::string>{"t:1", "t:5"}));  // "Sello Library"
  EXPECT_EQ(hit_ids(find("konserter", "sv")), (std::set<std::string>{"t:9"}));
}

TEST_F(SearchTextTest, AnyUiLanguageFindsTextInAnyLanguage) {
  EXPECT_EQ(hit_ids(find("games evening", "fi")), (std::set<std::string>{"t:7"}));  // English-only text
  EXPECT_EQ(hit_ids(find("vesijumppa", "en")), (std::set<std::string>{"t:2"}));     // Finnish-only text
  EXPECT_EQ(hit_ids(find("barnen", "en")), (std::set<std::string>{"t:9"}));         // Swedish-only text
  EXPECT_EQ(hit_ids(find("шахматный")), (std::set<std::string>{"t:11"}));           // other languages, unstemmed
}

TEST_F(SearchTextTest, OtherFieldsAreSearchable) {
  EXPECT_EQ(hit_ids(find("ikäihmisille")), (std::set<std::string>{"t:2"}));  // description, HTML stripped
  EXPECT_EQ(hit_ids(find("lapsille")), (std::set<std::string>{"t:1"}));      // summary
  EXPECT_EQ(hit_ids(find("musiikki")), (std::set<std::string>{"t:9"}));      // keyword label
  EXPECT_EQ(hit_ids(find("sello")), (std::set<std::string>{"t:5"}));         // location name
  EXPECT_EQ(hit_ids(find("punainen risti")), (std::set<std::string>{"t:6"}));  // organiser
  EXPECT_EQ(hit_ids(find("vanda", "sv")), (std::set<std::string>{"t:3", "t:8"}));  // municipality
  EXPECT_EQ(hit_ids(find("ratsastie")), (std::set<std::string>{"t:4"}));     // street address
}

TEST_F(SearchTextTest, WordsAreAndedAndPhrasesWork) {
  EXPECT_EQ(hit_ids(find("kirjasto satutunti")), (std::set<std::string>{"t:1"}));
  EXPECT_EQ(hit_ids(find("\"kirjastossa satutunti\"")), (std::set<std::string>{"t:1"}));
  EXPECT_EQ(find("\"satutunti kirjastossa\"").total, 0);
  EXPECT_EQ(hit_ids(find("kirjasto -satutunti")), (std::set<std::string>{"t:5"}));
  EXPECT_EQ(hit_ids(find("vesijumppa OR maalauskurssi")), (std::set<std::string>{"t:2", "t:3"}));
}

TEST_F(SearchTextTest, UnknownWordFindsNothing) {
  const SearchResponse r = find("xyzzyplugh");
  EXPECT_EQ(r.total, 0);
  EXPECT_TRUE(r.hits.empty());
}

TEST_F(SearchTextTest, RelevanceGivesScores) {
  const SearchResponse r = find("kirjasto");
  ASSERT_FALSE(r.hits.empty());
  EXPECT_GT(r.hits.front().score, 0);
}

TEST_F(SearchTextTest, HostileTextDoesNotThrow) {
  std::vector<std::string> hostile = {
      "\"AND OR (", "title:", "*", "AND", "OR", "NOT", "NOT kirjasto", "-kirjasto", "+", "\"", "((((", ")))",
      "kirjasto AND", "AND kirjasto", "a NEAR/ b", "x ADJ/99999 y", "~", "^", "\\", "%s%n", "\xff\xfe\xfd",
      std::string("kirja\0sto", 9), "\xc3\x28 kirjasto", "\xed\xa0\x80", "a:b:c:", "[1..2]", "1..2", "..",
      std::string(2000, 'a'), std::string(2000, '('), std::string(2000, '"'), "🤖 kirjasto", "k*", "kirjasto*",
  };
  std::string many_words;
  for (int i = 0; i < 400; ++i) many_words += "sana" + std::to_string(i) + " ";
  hostile.push_back(many_words);
  for (const std::string& q : hostile) {
    for (const char* lang : {"fi", "sv", "en"}) {
      SearchResponse r;
      EXPECT_NO_THROW(r = find(q, lang)) << q;
      EXPECT_GE(r.total, 0);
    }
  }
  EXPECT_EQ(find(std::string(2000, 'a')).total, 0);
}

TEST_F(SearchTextTest, BlankQueryBrowsesEverything) {
  EXPECT_EQ(find("").total, 11);
  EXPECT_EQ(find("  \t ").total, 11);
}

}  // namespace
}  // namespace tarjotin
