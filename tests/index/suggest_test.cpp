// Type-ahead over listing names (index/suggest.h, index/name_words.h) on a
// real index: prefix and multi-word matching, folding, order, languages, limits.
#include <gtest/gtest.h>

#include "index/index_writer.h"
#include "index/name_words.h"
#include "index/searcher.h"
#include "index_fixture.h"

namespace tarjotin {
namespace {

Listing named(const std::string& id, LocalizedText name, Kind kind = Kind::event) {
  Listing l;
  l.id = "s:" + id;
  l.source = "s";
  l.source_id = id;
  l.kind = kind;
  l.name = std::move(name);
  return l;
}

std::vector<std::string> ids(const std::vector<Suggestion>& suggestions) {
  std::vector<std::string> out;
  for (const Suggestion& s : suggestions) out.push_back(s.id);
  return out;
}

TEST(IndexNameWordsTest, FoldsCaseAndDiacritics) {
  EXPECT_EQ(fold_for_match("ÄITI Åbo Öljy Müller Crème Šakki Straße"), "aiti abo oljy muller creme sakki strasse");
  EXPECT_EQ(name_words("Kieli-kahvila: puhutaan SUOMEA!"),
            (std::vector<std::string>{"kieli", "kahvila", "puhutaan", "suomea"}));
  EXPECT_EQ(name_words("  "), std::vector<std::string>{});
  const std::vector<std::string> long_word = name_words(std::string(100, 'a') + "ä");
  ASSERT_EQ(long_word.size(), 1u);
  EXPECT_EQ(long_word[0].size(), kMaxNameWordBytes);
  EXPECT_TRUE(words_match("Kielikahvila kirjastossa", {"kiel", "kir"}));
  EXPECT_TRUE(words_match("Äitien kerho", {"aiti"}));
  EXPECT_FALSE(words_match("Kielikahvila", {"kieli", "kah"}));
  EXPECT_NO_THROW(name_words("A\xff\xfe b"));  // invalid UTF-8 is read as Latin-1
}

class IndexSuggestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    index_listings(dir.path(),
                   {named("1", {{"fi", "Kielikahvila kirjastossa"}, {"sv", "Språkcafé på biblioteket"}}),
                    named("2", {{"fi", "Suomen kielen kahvila"}}),
                    named("3", {{"fi", "Kahvila Kieli"}}, Kind::place),
                    named("4", {{"fi", "Kielikahvila kahvilassa"}}),
                    named("5", {{"fi", "Äitien kerho"}}, Kind::service),
                    named("6", {{"en", "Chess club"}}, Kind::volunteering),
                    named("7", {{"fi", "Kielikurssi"}})});
  }
  static void index_listings(const std::string& root, const std::vector<Listing>& listings) {
    IndexWriter writer(root);
    for (const Listing& l : listings) writer.upsert(l);
    writer.commit();
  }
  std::vector<Suggestion> suggest(const std::string& q, const std::string& lang = "fi", int limit = 10) {
    SuggestRequest r;
    r.q = q;
    r.lang = lang;
    r.limit = limit;
    return Searcher(dir.path()).suggest(r);
  }
  test::TempDir dir;
};

TEST_F(IndexSuggestTest, ThePrefixOfOneWordFindsNamesStartingWithItFirst) {
  // Names starting with "kiel" first (4, 1, 7 by name), then those where a later word does.
  EXPECT_EQ(ids(suggest("kiel")), (std::vector<std::string>{"s:4", "s:1", "s:7", "s:3", "s:2"}));
  const auto first = suggest("kiel");
  EXPECT_EQ(first[0].text, "Kielikahvila kahvilassa");
  EXPECT_EQ(first[0].lang, "fi");
  EXPECT_EQ(first[0].kind, "event");
  EXPECT_EQ(first[3].kind, "place");
}

TEST_F(IndexSuggestTest, EveryTypedWordMustStartAWordOfTheName) {
  // "kieli kah": a word starting with kieli and one starting with kah.
  EXPECT_EQ(ids(suggest("kieli kah")), (std::vector<std::string>{"s:4", "s:3"}));
  EXPECT_EQ(ids(suggest("suomen kie kah")), (std::vector<std::string>{"s:2"}));
  EXPECT_TRUE(suggest("kieli zzz").empty());
  EXPECT_TRUE(suggest("xyz").empty());
}

TEST_F(IndexSuggestTest, WholeWordsRankBeforePrefixes) {
  // "kahvila" is a whole word of 2 and 3 (3 also starts with it), only the
  // start of "kahvilassa" in 4: 4 comes last although its name sorts before 2's.
  EXPECT_EQ(ids(suggest("kahvila")), (std::vector<std::string>{"s:3", "s:2", "s:4"}));
  // As a prefix only, 2 and 4 are equal: by name.
  EXPECT_EQ(ids(suggest("kahvil")), (std::vector<std::string>{"s:3", "s:4", "s:2"}));
}

TEST_F(IndexSuggestTest, CaseAndDiacriticsDoNotMatter) {
  EXPECT_EQ(ids(suggest("ÄIT")), (std::vector<std::string>{"s:5"}));
  EXPECT_EQ(ids(suggest("aiti")), (std::vector<std::string>{"s:5"}));
  EXPECT_EQ(ids(suggest("KIELIKAHVILA KIRJ")), (std::vector<std::string>{"s:1"}));
  EXPECT_EQ(ids(suggest("  kielikurssi  ")), (std::vector<std::string>{"s:7"}));
}

TEST_F(IndexSuggestTest, TheNameShownIsTheOneThatMatchesInTheLanguageAskedFirst) {
  auto sv = suggest("språk", "sv");
  ASSERT_EQ(sv.size(), 1u);
  EXPECT_EQ(sv[0].text, "Språkcafé på biblioteket");
  EXPECT_EQ(sv[0].lang, "sv");
  // Asked in Finnish, but only the Swedish name matches: the Swedish name is shown.
  auto fi = suggest("sprak", "fi");
  ASSERT_EQ(fi.size(), 1u);
  EXPECT_EQ(fi[0].text, "Språkcafé på biblioteket");
  EXPECT_EQ(fi[0].lang, "sv");
  // Asked in Swedish, matching the Finnish name: the Finnish one.
  auto fallback = suggest("kielikahvila kir", "sv");
  ASSERT_EQ(fallback.size(), 1u);
  EXPECT_EQ(fallback[0].lang, "fi");
  // Only an English name.
  auto en = suggest("che", "sv");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].text, "Chess club");
  EXPECT_EQ(en[0].lang, "en");
  EXPECT_EQ(en[0].kind, "volunteering");
}

TEST_F(IndexSuggestTest, LimitAndEmptyInput) {
  EXPECT_EQ(suggest("kiel", "fi", 2).size(), 2u);
  EXPECT_EQ(ids(suggest("kiel", "fi", 2)), (std::vector<std::string>{"s:4", "s:1"}));
  EXPECT_TRUE(suggest("").empty());
  EXPECT_TRUE(suggest("!!! ???").empty());
  EXPECT_EQ(suggest("k", "fi", 50).size(), 6u);  // at most kMaxSuggestions; six names have a k-word
}

TEST_F(IndexSuggestTest, ARemovedOrRenamedListingIsNoLongerSuggested) {
  {
    IndexWriter writer(dir.path());
    writer.remove("s:7");
    writer.upsert(named("5", {{"fi", "Isien kerho"}}, Kind::service));
    writer.commit();
  }
  EXPECT_TRUE(suggest("kielikurssi").empty());
  EXPECT_TRUE(suggest("aiti").empty());
  EXPECT_EQ(ids(suggest("isi")), (std::vector<std::string>{"s:5"}));
}

TEST_F(IndexSuggestTest, ManyCompletionsStayWithinTheExpansionLimit) {
  {
    IndexWriter writer(dir.path());
    for (int i = 0; i < 300; ++i) writer.upsert(named("m" + std::to_string(i), {{"fi", "Kerho" + std::to_string(i)}}));
    writer.commit();
  }
  // 300 distinct completions of "kerho": no error, at most the limit.
  EXPECT_EQ(suggest("ker").size(), 10u);    // one term (a start of four characters or less)
  EXPECT_EQ(suggest("kerho").size(), 10u);  // expanded to the 100 most frequent words
  EXPECT_EQ(suggest("kerho12").size(), 10u);  // kerho12, kerho120..kerho129: 11 names, 10 shown
  EXPECT_EQ(suggest("kerho123")[0].text, "Kerho123");
}

}  // namespace
}  // namespace tarjotin
