// The classifier on listings built here: ids, labels, bare mapped-feed tags,
// kind, ages and name words; broader concepts; the open-to-all rule; order.
#include <gtest/gtest.h>

#include "vocabulary/classifier.h"
#include "vocabulary/vocabulary_files.h"

namespace tarjotin {
namespace {

class ClassifierTest : public ::testing::Test {
 protected:
  ClassifierTest() {
    VocabularyError error;
    set = load_vocabulary(TARJOTIN_VOCABULARY_DIR, &error);
    EXPECT_TRUE(set) << error.to_string();
  }
  Classification classify(const Listing& l) const { return set->classifier().classify(l); }

  std::shared_ptr<const VocabularySet> set;
};

Listing listing(std::vector<SourceKeyword> keywords, Kind kind = Kind::event) {
  Listing l;
  l.id = "t:1";
  l.kind = kind;
  l.name = {{"fi", "Jotain"}};
  l.keywords = std::move(keywords);
  return l;
}

TEST_F(ClassifierTest, MapsKeywordIdsToCategoriesAndTargetGroupsWithBroaderConcepts) {
  // yso:p768 kuoromusiikki -> singing (-> music -> culture); yso:p2433 ikääntyneet.
  const Classification c = classify(listing({{"yso:p768", {}}, {"yso:p2433", {}}}));
  EXPECT_EQ(c.categories, (std::vector<std::string>{"theme:culture", "theme:music", "theme:singing"}));
  EXPECT_EQ(c.target_groups, std::vector<std::string>{"older_people"});
}

TEST_F(ClassifierTest, FallsBackToLabelsInAnyLanguageAndToTheBareTermOfATag) {
  EXPECT_EQ(classify(listing({{"other:123", {{"sv", "Kamratstöd"}}}})).categories,
            std::vector<std::string>{"peer_support"});
  EXPECT_EQ(classify(listing({{"naapuriapu:vertaistuki", {}}, {"naapuriapu:omaishoito", {}}})).target_groups,
            std::vector<std::string>{"carers"});
}

TEST_F(ClassifierTest, UsesKindAgeLimitsAndNameWords) {
  Listing l = listing({}, Kind::volunteering);
  l.min_age = 65;
  l.name = {{"sv", "Vänverksamhet för seniorer"}};
  const Classification c = classify(l);
  EXPECT_EQ(c.categories, (std::vector<std::string>{"befriending", "volunteering"}));
  EXPECT_EQ(c.target_groups, std::vector<std::string>{"older_people"});
  Listing kids = listing({});
  kids.max_age = 10;
  EXPECT_EQ(classify(kids).target_groups, std::vector<std::string>{"children"});
}

TEST_F(ClassifierTest, OpenToAllOnlyWhenNothingNarrowerIsKnown) {
  // No target group and no age limits: open to all.
  EXPECT_EQ(classify(listing({{"yso:p916", {}}})).target_groups, std::vector<std::string>{"all"});
  // PTV "Kansalaiset" (all) together with "Nuoret": young people.
  EXPECT_EQ(classify(listing({{"http://urn.fi/URN:NBN:fi:au:ptvl:v2001", {}},
                              {"http://urn.fi/URN:NBN:fi:au:ptvl:v2004", {}}}))
                .target_groups,
            std::vector<std::string>{"youth"});
  // Age limits that fit no rule: not claimed to be open to all.
  Listing adults = listing({});
  adults.min_age = 18;
  EXPECT_TRUE(classify(adults).target_groups.empty());
}

TEST_F(ClassifierTest, ReviewedEmptyMappingsAndUnknownKeywordsAddNothing) {
  const Classification c = classify(listing({{"yso:p14004", {{"fi", "keskustelu"}}}, {"yso:p999999", {}}}));
  EXPECT_TRUE(c.categories.empty());
  EXPECT_EQ(c.target_groups, std::vector<std::string>{"all"});
}

TEST_F(ClassifierTest, ApplyReplacesEarlierCodesAndIsDeterministic) {
  Listing l = listing({{"yso:p6062", {}}, {"yso:p916", {}}});
  l.categories = {"stale_code"};
  l.target_groups = {"nobody"};
  set->classifier().apply(l);
  EXPECT_EQ(l.categories, (std::vector<std::string>{"theme:exercise", "theme:games"}));  // vocabulary order
  Listing reversed = listing({{"yso:p916", {}}, {"yso:p6062", {}}});
  set->classifier().apply(reversed);
  EXPECT_EQ(reversed.categories, l.categories);
  EXPECT_EQ(listing_code({"theme", "x"}), "theme:x");
  EXPECT_EQ(listing_code({"activity", "x"}), "x");
  EXPECT_EQ(listing_code({"language", "fi"}), "");
}

}  // namespace
}  // namespace tarjotin
