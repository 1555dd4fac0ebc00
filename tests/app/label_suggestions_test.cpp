// label_suggestions(): what the type-ahead offers from the real vocabulary
// (config/vocabulary), before any listing name.
#include "app/label_suggestions.h"

#include <gtest/gtest.h>

#include "vocabulary/vocabulary_files.h"

namespace tarjotin {
namespace {

class LabelSuggestionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    VocabularyError error;
    set = load_vocabulary(TARJOTIN_VOCABULARY_DIR, &error);
    ASSERT_TRUE(set) << error.to_string();
  }

  std::vector<Suggestion> suggest(const std::string& q, const std::string& lang, int limit = kMaxSuggestions) {
    SuggestRequest request;
    request.q = q;
    request.lang = lang;
    request.limit = limit;
    return label_suggestions(set->vocabulary, request);
  }

  std::shared_ptr<const VocabularySet> set;
};

TEST_F(LabelSuggestionsTest, APrefixOfACategoryLabelOffersTheCategoryWithItsCode) {
  const auto s = suggest("vertais", "fi");
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s[0].text, "Vertaistuki");
  EXPECT_EQ(s[0].kind, "category");
  EXPECT_EQ(s[0].id, "peer_support");
  EXPECT_EQ(s[0].lang, "fi");
}

TEST_F(LabelSuggestionsTest, CaseAndDiacriticsAreIgnoredAndTheAskedLanguageIsShown) {
  const auto s = suggest("aldr", "sv");  // Äldre
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s[0].text, "Äldre");
  EXPECT_EQ(s[0].kind, "target_group");
  EXPECT_EQ(s[0].id, "older_people");
}

TEST_F(LabelSuggestionsTest, ALabelMatchingOnlyInAnotherLanguageIsShownInThatLanguage) {
  const auto s = suggest("liikun", "en");  // a Finnish word typed in the English UI
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s[0].text, "Liikunta");
  EXPECT_EQ(s[0].lang, "fi");
  EXPECT_EQ(s[0].kind, "theme");
  EXPECT_EQ(s[0].id, "exercise");
}

TEST_F(LabelSuggestionsTest, EveryTypedWordMustStartAWordOfTheLabel) {
  for (const Suggestion& s : suggest("neuvonta oh", "fi")) EXPECT_EQ(s.id, "advice_guidance");
  EXPECT_FALSE(suggest("neuvonta oh", "fi").empty());
  EXPECT_TRUE(suggest("neuvonta xyz", "fi").empty());
}

TEST_F(LabelSuggestionsTest, AtMostThreeSoListingNamesStillShowAndNeverMoreThanTheLimit) {
  EXPECT_LE(suggest("k", "fi").size(), static_cast<std::size_t>(kMaxLabelSuggestions));
  EXPECT_EQ(suggest("k", "fi").size(), static_cast<std::size_t>(kMaxLabelSuggestions));  // many labels start with k
  EXPECT_EQ(suggest("k", "fi", 1).size(), 1u);
  EXPECT_TRUE(suggest("   ", "fi").empty());
}

TEST_F(LabelSuggestionsTest, LabelsStartingWithTheTypedWordComeFirst) {
  // "hyv" starts "Hyvinvointi" and the second word of "Mielen hyvinvointi".
  const auto s = suggest("hyv", "fi", 10);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].text, "Hyvinvointi");
  EXPECT_EQ(s[1].text, "Mielen hyvinvointi");
}

}  // namespace
}  // namespace tarjotin
