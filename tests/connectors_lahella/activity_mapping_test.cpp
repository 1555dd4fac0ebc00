// Lähellä.fi activity -> Listing, on the lahella-cli fixture and small variations.
#include "connectors/lahella/activity_mapping.h"

#include <gtest/gtest.h>

#include "connectors/feed_pages.h"
#include "connectors/lahella/activity_page.h"
#include "model/time.h"

namespace tarjotin {
namespace {

const std::string kFixture =
    std::string(TARJOTIN_FIXTURES) + "/lahella/lahella_hallinta_v1_activity_lahella-cli_test_fixture.json";

ActivityContext context() {
  ActivityContext c;
  c.source = "lh";
  c.item_url_base = "https://hallinta.lahella.fi/api/v1/activities";
  c.window.now = parse_iso8601("2026-01-01T00:00:00Z")->utc;
  return c;
}

ActivityRecord map_json(const std::string& json) {
  rapidjson::Document document;
  document.Parse(json.c_str());
  std::string error;
  auto record = map_activity(document, context(), &error);
  EXPECT_TRUE(record.has_value()) << error;
  return record ? *record : ActivityRecord{};
}

TEST(LahellaActivity, MapsTheFixtureSingleActivity) {
  const ActivityPage page = parse_activity_page(testing::read_file(kFixture), context());
  ASSERT_TRUE(page.ok) << page.error;
  ASSERT_EQ(page.items.size(), 1u);
  const Listing& l = page.items[0].listing;
  EXPECT_EQ(l.id, "lh:12345");
  EXPECT_EQ(l.source_id, "12345");
  EXPECT_EQ(l.source_url, "https://hallinta.lahella.fi/api/v1/activities/12345");
  EXPECT_EQ(l.kind, Kind::event);
  EXPECT_EQ(l.name, (LocalizedText{{"fi", "Taiji-kurssi"}, {"en", "Tai chi course"}}));
  EXPECT_EQ(l.summary.at("fi"), "<p dir=\"ltr\">Peruskurssi</p>");
  EXPECT_EQ(l.description.at("en"), "<p dir=\"ltr\">Course description</p>");
  EXPECT_EQ(l.price.free, Tri::no);
  EXPECT_EQ(l.price.text, (LocalizedText{{"fi", "100 euroa"}}));
  EXPECT_EQ(l.price.min_eur, 100.0);
  EXPECT_FALSE(page.items[0].raw.empty());
  EXPECT_EQ(page.has_more, false);
}

TEST(LahellaActivity, DemographicsBecomeAgeLimits) {
  auto ages = [](const std::string& groups) {
    const Listing l = map_json(R"({"_key":"a","traits":{"demographic":[)" + groups + "]}}").item.listing;
    return std::make_pair(l.min_age, l.max_age);
  };
  EXPECT_EQ(ages(R"("ageGroup/range:18-29","ageGroup/range:30-64","gender/gender")"),
            std::make_pair(std::optional<int>(18), std::optional<int>(64)));
  EXPECT_EQ(ages(R"("ageGroup/range:30-64","ageGroup/range:65-")"),
            std::make_pair(std::optional<int>(30), std::optional<int>()));
  EXPECT_EQ(ages(R"("ageGroup/young")"), std::make_pair(std::optional<int>(13), std::optional<int>(17)));
  EXPECT_EQ(ages(R"("ageGroup/any","ageGroup/range:18-29")"), std::make_pair(std::optional<int>(), std::optional<int>()));
  EXPECT_EQ(ages(R"("gender/female")"), std::make_pair(std::optional<int>(), std::optional<int>()));
  const Listing women = map_json(R"({"_key":"a","traits":{"demographic":["gender/female"]}})").item.listing;
  ASSERT_EQ(women.keywords.size(), 1u);
  EXPECT_EQ(women.keywords[0].id, "lahella:gender:female");
}

TEST(LahellaActivity, LanguagesAreNormalised) {
  EXPECT_EQ(normalise_language("fi-FI"), "fi");
  EXPECT_EQ(normalise_language("so-SO"), "so");
  EXPECT_EQ(normalise_language("sv"), "sv");
  EXPECT_EQ(normalise_language("fisl"), "sgn");
  const Listing l = map_json(R"({"_key":"a","traits":{"locale":["fi-FI","fi","ru-RU"]}})").item.listing;
  EXPECT_EQ(l.languages, (std::vector<std::string>{"fi", "ru"}));
}

TEST(LahellaActivity, TypesAndPricing) {
  EXPECT_EQ(map_json(R"({"_key":"a","traits":{"type":"support"}})").item.listing.kind, Kind::service);
  EXPECT_EQ(map_json(R"({"_key":"a","traits":{"type":"voluntary"}})").item.listing.kind, Kind::volunteering);
  EXPECT_EQ(map_json(R"({"_key":"a","traits":{"type":"hobby"}})").item.listing.kind, Kind::service);  // no dates
  EXPECT_EQ(map_json(R"({"_key":"a","traits":{"pricing":["free"]}})").item.listing.price.free, Tri::yes);
  EXPECT_EQ(map_json(R"({"_key":"a","traits":{}})").item.listing.price.free, Tri::unknown);
  const Listing says_free =
      map_json(R"({"_key":"a","traits":{"translations":{"fi":{"pricing":"<p>Maksuton</p>"}}}})").item.listing;
  EXPECT_EQ(says_free.price.free, Tri::yes);
}

TEST(LahellaActivity, RejectsItemsWithoutKeyAndWithdrawsDrafts) {
  rapidjson::Document document;
  document.Parse(R"({"traits":{"type":"hobby"}})");
  std::string error;
  EXPECT_FALSE(map_activity(document, context(), &error));
  EXPECT_NE(error.find("_key"), std::string::npos);
  EXPECT_TRUE(map_json(R"({"_key":"d","status":"draft"})").withdrawn);
  EXPECT_FALSE(map_json(R"({"_key":"p","status":"published"})").withdrawn);
}

TEST(LahellaActivityPage, BadShapesFailAsAWhole) {
  EXPECT_FALSE(parse_activity_page("[1,", context()).ok);
  EXPECT_FALSE(parse_activity_page(R"({"items":{}})", context()).ok);
  EXPECT_FALSE(parse_activity_page(R"({"data":[]})", context()).ok);
  EXPECT_FALSE(parse_activity_page(R"({"items":[],"hasMore":"yes"})", context()).ok);
  const ActivityPage partial = parse_activity_page(R"({"items":[{"_key":"a"},{"x":1},7],"hasMore":false})", context());
  ASSERT_TRUE(partial.ok);
  EXPECT_EQ(partial.items.size(), 1u);
  EXPECT_EQ(partial.raw_count, 3u);
  ASSERT_EQ(partial.item_errors.size(), 2u);
  EXPECT_EQ(partial.item_errors[0].rfind("items[1]:", 0), 0u) << partial.item_errors[0];
  const ActivityPage broken = parse_activity_page("\xEF\xBB\xBF{\"items\": [}", context());
  EXPECT_FALSE(broken.ok);
  EXPECT_EQ(broken.error_offset, 14);
}

}  // namespace
}  // namespace tarjotin
