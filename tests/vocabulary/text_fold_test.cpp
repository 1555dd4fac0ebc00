// Case folding and query words for vocabulary matching.
#include <gtest/gtest.h>

#include "vocabulary/text_fold.h"

namespace tarjotin {
namespace {

TEST(VocabularyTextFold, FoldsTheScriptsResidentsWrite) {
  EXPECT_EQ(fold_case("YKSINÄINEN Ystävä"), "yksinäinen ystävä");
  EXPECT_EQ(fold_case("ÅBO Språkcafé ÉÖÜ"), "åbo språkcafé éöü");
  EXPECT_EQ(fold_case("ŠŽ"), "šž");
  EXPECT_EQ(fold_case("ДРУЖБА"), "дружба");
  EXPECT_EQ(fold_case("\xff\xfe ok"), "\xff\xfe ok");  // invalid bytes survive
}

TEST(VocabularyTextFold, SplitsWordsKeepsInnerHyphensAndMarksExclusions) {
  const auto words = query_words("Ruoka-apu, \"kielikahvila\" -uinti café?");
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[0].text, "ruoka-apu");
  EXPECT_EQ(words[1].text, "kielikahvila");
  EXPECT_EQ(words[2].text, "uinti");
  EXPECT_TRUE(words[2].excluded);
  EXPECT_FALSE(words[3].excluded);
  EXPECT_EQ(words[3].text, "café");
  EXPECT_EQ(plain_words("–  yksin… kotona  "), (std::vector<std::string>{"yksin", "kotona"}));
}

}  // namespace
}  // namespace tarjotin
