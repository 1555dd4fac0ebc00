// The small pieces: case folding, term bounding, occurrence packing and overlap.
#include <gtest/gtest.h>

#include "index/index_schema.h"
#include "index/occurrence_filter.h"
#include "index/text_case.h"

namespace tarjotin {
namespace {

TEST(IndexTextCaseTest, LowerCasesUtf8) {
  EXPECT_EQ(lower_utf8("Närpiö ÅBO Öljy"), "närpiö åbo öljy");
  EXPECT_EQ(lower_utf8("ШАХМАТЫ"), "шахматы");
  EXPECT_EQ(lower_utf8(""), "");
  const std::string invalid = lower_utf8("A\xff\xfe");
  EXPECT_EQ(invalid.substr(0, 1), "a");  // invalid bytes become valid characters, no throw
}

TEST(IndexTextCaseTest, QueryKeepsOperatorWords) {
  EXPECT_EQ(lower_query("Kirjastossa AND Lapset"), "kirjastossa AND lapset");
  EXPECT_EQ(lower_query("  Ä  OR  Ö NOT x"), "  ä  OR  ö NOT x");
  EXPECT_EQ(lower_query("Andorra Or"), "andorra or");
}

TEST(IndexTextCaseTest, NameSortKeyUsesNordicOrder) {
  EXPECT_LT(name_sort_key("Zeta"), name_sort_key("Åbo"));
  EXPECT_LT(name_sort_key("Åbo"), name_sort_key("Ähtäri"));
  EXPECT_LT(name_sort_key("Ähtäri"), name_sort_key("Öljy"));
  EXPECT_LT(name_sort_key("apple"), name_sort_key("Banana"));
}

TEST(IndexSchemaTest, TermsStayWithinXapianLimits) {
  EXPECT_EQ(schema::term("XK", "event"), "XKevent");
  EXPECT_EQ(schema::id_term("le:1"), "Qle:1");
  const std::string a = schema::term("XC", std::string(500, 'a'));
  const std::string b = schema::term("XC", std::string(499, 'a') + "b");
  EXPECT_LE(a.size(), 240u);
  EXPECT_NE(a, b);
  EXPECT_EQ(a, schema::term("XC", std::string(500, 'a')));
}

TEST(IndexOccurrenceTest, PackRoundTripsSortedSpans) {
  std::vector<Occurrence> occurrences = {{300, 400, false}, {-100, std::nullopt, false}, {100, 50, false}};
  const std::vector<OccurrenceSpan> spans = unpack_occurrences(pack_occurrences(occurrences));
  EXPECT_EQ(spans, (std::vector<OccurrenceSpan>{{-100, -100}, {100, 100}, {300, 400}}));
  EXPECT_TRUE(unpack_occurrences("").empty());
  EXPECT_TRUE(unpack_occurrences("short").empty());
}

TEST(IndexOccurrenceTest, OverlapIsInclusiveAndOpenBoundsAreOpen) {
  const OccurrenceSpan span{100, 200};
  EXPECT_TRUE(overlaps(span, 200, 300));
  EXPECT_TRUE(overlaps(span, 0, 100));
  EXPECT_FALSE(overlaps(span, 201, 300));
  EXPECT_FALSE(overlaps(span, 0, 99));
  EXPECT_TRUE(overlaps(span, std::nullopt, 150));
  EXPECT_TRUE(overlaps(span, 150, std::nullopt));
  EXPECT_FALSE(overlaps(span, 201, std::nullopt));
  EXPECT_TRUE(overlaps(span, std::nullopt, std::nullopt));
}

}  // namespace
}  // namespace tarjotin
