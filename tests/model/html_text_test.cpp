#include <gtest/gtest.h>

#include "model/html_text.h"

namespace tarjotin {
namespace {

TEST(HtmlText, DropsTagsAndKeepsBlocksApart) {
  EXPECT_EQ(html_to_text("<p>Tule <b>kuulolle</b>.<br>Malmi</p><p>Toinen</p>"), "Tule kuulolle .\nMalmi\nToinen");
}

TEST(HtmlText, DecodesEntities) {
  EXPECT_EQ(html_to_text("Caf&eacute; &amp; kirjasto &#8211; &auml;&#xF6;"), "Café & kirjasto – äö");
}

TEST(HtmlText, DropsScriptsAndSurvivesBrokenMarkup) {
  EXPECT_EQ(html_to_text("a<script>alert(1)</script>b"), "a b");
  EXPECT_EQ(html_to_text("text <unterminated"), "text");
  EXPECT_EQ(html_to_text("&unknown; & x"), "&unknown; & x");
}

}  // namespace
}  // namespace tarjotin
