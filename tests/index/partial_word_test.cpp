// Type-ahead in /v1/search q (index/text_query.h): the last word, while it is
// being typed, also matches the indexed words it starts; complete words and a
// q ending in a space keep exactly their own matches.
#include <gtest/gtest.h>

#include "index/searcher.h"
#include "index_fixture.h"

namespace tarjotin {
namespace {

using test::hit_ids;

Listing listing(const std::string& id, const std::string& name_fi) {
  Listing l;
  l.id = id;
  l.source = "t";
  l.kind = Kind::event;
  l.name = {{"fi", name_fi}};
  l.languages = {"fi"};
  return l;
}

class PartialWordTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    test::index_listings(dir_->path(), {listing("p:1", "Kielikahvila kirjastossa"), listing("p:2", "Kirja-arvonta"),
                                        listing("p:3", "Kirjailijavierailu"), listing("p:4", "Zumbatunti")});
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

test::TempDir* PartialWordTest::dir_ = nullptr;

TEST_F(PartialWordTest, TheLastWordBeingTypedMatchesTheWordsItStarts) {
  EXPECT_EQ(find("kielikah"), (std::set<std::string>{"p:1"}));
  EXPECT_EQ(find("zumbat"), (std::set<std::string>{"p:4"}));
  EXPECT_EQ(find("kielikahvila kirjast"), (std::set<std::string>{"p:1"}));
  EXPECT_EQ(find("kirjai"), (std::set<std::string>{"p:3"}));
}

TEST_F(PartialWordTest, CompleteWordsAndAFinishedQueryAreNotExpanded) {
  EXPECT_EQ(find("kirja"), (std::set<std::string>{"p:2"}));  // an indexed word: not kirjailija, kirjasto
  EXPECT_TRUE(find("kielikah ").empty());                    // a space ends the word
  EXPECT_TRUE(find("ki").empty());                           // too short to expand
  EXPECT_TRUE(find("kielikah zumba").empty());               // only the last word is a prefix
}

}  // namespace
}  // namespace tarjotin
