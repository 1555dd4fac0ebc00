// Mapping files: the example parses; each kind of mistake is named by its key.
#include "connectors/mapped/feed_mapping.h"

#include <gtest/gtest.h>

#include "connectors/feed_pages.h"

namespace tarjotin {
namespace {

const std::string kExample = std::string(TARJOTIN_FIXTURES) + "/../../config/mappings/example-ngo.json";

std::string error_of(const std::string& json) {
  std::string error;
  EXPECT_FALSE(parse_feed_mapping(json, &error)) << json;
  return error;
}

std::string with_fields(const std::string& extra) {
  return R"({"items":"data","fields":{"id":"id","name":"title")" + extra + "}}";
}

TEST(FeedMapping, ParsesTheExampleMapping) {
  std::string error;
  const auto mapping = parse_feed_mapping(testing::read_file(kExample), &error);
  ASSERT_TRUE(mapping) << error;
  EXPECT_EQ(mapping->items.text(), "data");
  EXPECT_EQ(mapping->paging.style, PagingSpec::Style::next);
  EXPECT_EQ(mapping->paging.next->text(), "links.next");
  EXPECT_EQ(mapping->fields.front().field, "id");
  const FieldSpec* kind = mapping->find("kind");
  ASSERT_NE(kind, nullptr);
  EXPECT_EQ(kind->value_map.at("vapaaehtoistyo").text, "volunteering");
  EXPECT_EQ(kind->fallback->text, "service");
  EXPECT_EQ(mapping->find("summary")->languages.size(), 3u);
  EXPECT_EQ(mapping->find("organiser.name")->const_text.at("en"), "Imaginary Neighbour Aid");
}

TEST(FeedMapping, NamesAnUnknownField) {
  const std::string error = error_of(with_fields(R"(,"location.latitude":"geo.lat")"));
  EXPECT_NE(error.find("\"fields.location.latitude\""), std::string::npos) << error;
  EXPECT_NE(error.find("location.lat"), std::string::npos) << error;  // the known names are listed
}

TEST(FeedMapping, NamesEachKindOfMistake) {
  EXPECT_NE(error_of(with_fields(R"(,"summary":"a..b")")).find("\"fields.summary\": path \"a..b\" has an empty segment"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"fields":{"name":"n"}})").find("\"fields.id\": required"), std::string::npos);
  EXPECT_NE(error_of(R"({"fields":{"id":"id"}})").find("\"fields.name\": required"), std::string::npos);
  EXPECT_NE(error_of(R"({"items":"data"})").find("\"fields\""), std::string::npos);
  EXPECT_NE(error_of(R"({"item":"data","fields":{}})").find("\"item\": unknown key"), std::string::npos);
  EXPECT_NE(error_of(R"({"paging":{"style":"pages"},"fields":{"id":"id","name":"n"}})").find("\"paging.style\""),
            std::string::npos);
  EXPECT_NE(error_of(R"({"paging":{"style":"next"},"fields":{"id":"id","name":"n"}})").find("\"paging.next\": required"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"paging":{"style":"page","pram":"p"},"fields":{"id":"id","name":"n"}})").find("\"paging.pram\""),
            std::string::npos);
  EXPECT_NE(error_of(with_fields(R"(,"kind":{"path":"t","map":{"x":"course"}})")).find("\"fields.kind.map.x\""),
            std::string::npos);
  EXPECT_NE(error_of(with_fields(R"(,"kind":{"const":"party"})")).find("\"fields.kind.const\""), std::string::npos);
  EXPECT_NE(error_of(with_fields(R"(,"min_age":{"path":"a","split":","})")).find("\"fields.min_age.split\""),
            std::string::npos);
  EXPECT_NE(error_of(with_fields(R"(,"summary":{"Finnish":"s"})")).find("\"fields.summary.Finnish\""), std::string::npos);
  EXPECT_NE(error_of(with_fields(R"(,"lat":5)")).find("\"fields.lat\""), std::string::npos);
  EXPECT_NE(error_of(with_fields(R"(,"occurrences":{"each":"s"})")).find("\"fields.occurrences.start\""),
            std::string::npos);
  EXPECT_NE(error_of(with_fields(R"(,"name":"again")")).find("\"fields.name\": given twice"), std::string::npos);
  EXPECT_NE(error_of(with_fields(R"(,"start":{"path":"a","map":{"x":"y"}})")).find("\"fields.start.map\""),
            std::string::npos);
  EXPECT_NE(error_of("{\"fields\": [").find("not valid JSON"), std::string::npos);
}

TEST(FeedMapping, AcceptsEveryPagingStyle) {
  for (const char* paging :
       {R"({"style":"none"})", R"({"style":"page","param":"p","start":0,"size_param":"n","size":20,"last_page":"meta.pages"})",
        R"({"style":"next","next":"next"})",
        R"({"style":"limit_skip","limit_param":"l","skip_param":"s","size":5,"has_more":"more","total":"count"})"}) {
    std::string error;
    EXPECT_TRUE(parse_feed_mapping(R"({"paging":)" + std::string(paging) + R"(,"fields":{"id":"id","name":"n"}})", &error))
        << paging << ": " << error;
  }
}

}  // namespace
}  // namespace tarjotin
