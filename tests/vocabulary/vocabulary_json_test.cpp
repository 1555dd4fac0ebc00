// vocabulary_json(): every dimension and concept with three labels, for GET /v1/vocabulary.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "vocabulary/vocabulary_files.h"
#include "vocabulary/vocabulary_json.h"
#include "vocabulary/unmapped_keywords.h"

namespace tarjotin {
namespace {

TEST(VocabularyJson, HasEveryDimensionWithItsFacetAndEveryConceptWithThreeLabels) {
  VocabularyError error;
  const auto set = load_vocabulary(TARJOTIN_VOCABULARY_DIR, &error);
  ASSERT_TRUE(set) << error.to_string();
  const std::string json = vocabulary_json(set->vocabulary);
  EXPECT_EQ(json, vocabulary_json(set->vocabulary));
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  ASSERT_FALSE(doc.HasParseError());
  EXPECT_EQ(std::string(doc["version"].GetString()), set->vocabulary.version());
  const auto& dims = doc["dimensions"];
  ASSERT_EQ(dims.Size(), set->vocabulary.dimensions().size());
  EXPECT_EQ(std::string(dims[0]["name"].GetString()), "activity");
  EXPECT_EQ(std::string(dims[0]["facet"].GetString()), "category");
  EXPECT_EQ(std::string(dims[1]["facet"].GetString()), "theme");
  std::size_t concepts = 0;
  for (const auto& d : dims.GetArray())
    for (const auto& c : d["concepts"].GetArray()) {
      ++concepts;
      for (const char* lang : {"fi", "sv", "en"}) EXPECT_TRUE(c["labels"].HasMember(lang)) << c["code"].GetString();
      EXPECT_TRUE(c["broader"].IsArray());
    }
  std::size_t expected = 0;
  for (const Dimension& d : set->vocabulary.dimensions()) expected += d.concepts.size();
  EXPECT_EQ(concepts, expected);
}

TEST(VocabularyUnmapped, CountsListingsPerUnmappedKeywordMostFrequentFirst) {
  VocabularyError error;
  const auto set = load_vocabulary(TARJOTIN_VOCABULARY_DIR, &error);
  ASSERT_TRUE(set) << error.to_string();
  UnmappedKeywords report(set->rules);
  Listing a;
  a.keywords = {{"yso:p916", {{"fi", "liikunta"}}}, {"x:rare", {{"fi", "harvinainen"}}}, {"x:common", {}}};
  Listing b;
  b.keywords = {{"x:common", {{"sv", "vanlig"}}}, {"yso:p14004", {}}};  // p14004: reviewed, maps to nothing
  Listing c;
  c.keywords = {{"x:common", {}}};
  for (const Listing* l : {&a, &b, &c}) report.add(*l);
  const auto rows = report.most_frequent(0);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].id, "x:common");
  EXPECT_EQ(rows[0].listings, 3);
  EXPECT_EQ(rows[0].label.at("sv"), "vanlig");
  EXPECT_EQ(rows[1].id, "x:rare");
  EXPECT_EQ(report.listings(), 3);
  EXPECT_EQ(report.listings_without_mapped_keyword(), 1);  // c
  EXPECT_EQ(report.most_frequent(1).size(), 1u);
}

}  // namespace
}  // namespace tarjotin
