// One feed item through a mapping: value forms, conversions, problems.
#include "connectors/mapped/item_mapping.h"

#include <gtest/gtest.h>

#include "model/time.h"

namespace tarjotin {
namespace {

FeedMapping mapping_of(const std::string& fields) {
  std::string error;
  auto mapping = parse_feed_mapping(R"({"fields":{"id":"id","name":"name")" + fields + "}}", &error);
  EXPECT_TRUE(mapping) << error;
  return mapping ? *mapping : FeedMapping{};
}

MappedItem map(const std::string& fields, const std::string& item) {
  rapidjson::Document doc;
  doc.Parse(item.c_str());
  return map_feed_item(mapping_of(fields), "ngo", doc);
}

TEST(MappedItem, SkipsItemsWithoutIdOrName) {
  const MappedItem no_id = map("", R"({"name":"Kahvila"})");
  EXPECT_FALSE(no_id.item);
  ASSERT_EQ(no_id.problems.size(), 1u);
  EXPECT_EQ(no_id.problems[0], "no value for \"fields.id\" at \"id\"; item skipped");
  const MappedItem no_name = map("", R"({"id":"a","title":"x"})");
  EXPECT_FALSE(no_name.item);
  EXPECT_EQ(no_name.id, "a");
  ASSERT_EQ(no_name.problems.size(), 1u);
  EXPECT_NE(no_name.problems[0].find("\"fields.name\""), std::string::npos);
  EXPECT_FALSE(map("", R"([1,2])").item);
}

TEST(MappedItem, TextForms) {
  const MappedItem item = map(R"(,"summary":{"fi":"s_fi","sv":"s_sv"},"description":"d","organiser.name":{"const":"Yhdistys"})",
                              R"({"id":7,"name":{"fi":"Nimi","en":"Name","xx":5},"s_fi":"Lyhyt","s_sv":" ","d":"<p>HTML</p>"})");
  ASSERT_TRUE(item.item);
  const Listing& l = item.item->listing;
  EXPECT_EQ(l.id, "ngo:7");
  EXPECT_EQ(l.name, (LocalizedText{{"fi", "Nimi"}, {"en", "Name"}}));
  EXPECT_EQ(l.summary, (LocalizedText{{"fi", "Lyhyt"}}));
  EXPECT_EQ(l.description, (LocalizedText{{"fi", "<p>HTML</p>"}}));
  EXPECT_EQ(l.organiser.name, (LocalizedText{{"fi", "Yhdistys"}}));
  EXPECT_TRUE(item.problems.empty());
}

TEST(MappedItem, MapsDefaultsAndConversions) {
  const std::string fields = R"(,"kind":{"path":"t","map":{"vapaaehtoistyo":"volunteering"},"default":"service"},
    "price.free":"free","registration.required":{"path":"reg","map":{"pakollinen":true}},
    "location.lat":"geo.1","location.lon":"geo.0","min_age":"age","max_age":"maxage",
    "languages":{"path":"langs","split":"/"},"channels":{"path":"modes","map":{"x":"in_person","skip":null}},
    "keywords":{"path":"tags","prefix":"ngo:"},"accessibility":"acc","status":{"const":"cancelled"})";
  const MappedItem item = map(fields, R"({"id":"a","name":"N","t":"vapaaehtoistyo","free":"ei","reg":"pakollinen",
    "geo":[24.9,"60,17"],"age":"12","maxage":17.0,"langs":"fi-FI / sv_SE / fi","modes":["x","skip"],
    "tags":"a, b ,a","acc":["ramp"]})");
  ASSERT_TRUE(item.item);
  EXPECT_TRUE(item.problems.empty()) << item.problems[0];
  const Listing& l = item.item->listing;
  EXPECT_EQ(l.kind, Kind::volunteering);
  EXPECT_EQ(l.status, EventStatus::cancelled);
  EXPECT_EQ(l.price.free, Tri::no);
  EXPECT_EQ(l.registration.required, Tri::yes);
  EXPECT_EQ(l.location.lat, 60.17);
  EXPECT_EQ(l.location.lon, 24.9);
  EXPECT_EQ(l.min_age, 12);
  EXPECT_EQ(l.max_age, 17);
  EXPECT_EQ(l.languages, (std::vector<std::string>{"fi", "sv"}));
  EXPECT_EQ(l.channels, std::vector<std::string>{"in_person"});
  ASSERT_EQ(l.keywords.size(), 2u);
  EXPECT_EQ(l.keywords[1].id, "ngo:b");
  EXPECT_EQ(l.accessibility.at("ramp"), Tri::yes);
  // Unknown type: the default. Absent values: unknown.
  const Listing other = map(fields, R"({"id":"b","name":"N","t":"kerho"})").item->listing;
  EXPECT_EQ(other.kind, Kind::service);
  EXPECT_EQ(other.price.free, Tri::unknown);
  EXPECT_EQ(other.registration.required, Tri::unknown);
  EXPECT_FALSE(other.location.lat);
  EXPECT_FALSE(other.min_age);
  EXPECT_TRUE(other.channels.empty());
}

TEST(MappedItem, WrongShapesAreReportedAndLeftUnknown) {
  const MappedItem item = map(R"(,"location.lat":"geo","kind":"t","channels":"modes","price.free":"free","start":"when")",
                              R"({"id":"a","name":"N","geo":{"lat":60},"t":"kerho","modes":"paikan päällä",
                                  "free":"ehkä","when":"ensi viikolla"})");
  ASSERT_TRUE(item.item);
  const Listing& l = item.item->listing;
  EXPECT_FALSE(l.location.lat);
  EXPECT_EQ(l.kind, Kind::event);
  EXPECT_TRUE(l.channels.empty());
  EXPECT_EQ(l.price.free, Tri::unknown);
  EXPECT_TRUE(l.occurrences.empty());
  ASSERT_EQ(item.problems.size(), 5u);
  EXPECT_EQ(item.problems[0], "fields.kind: \"kerho\" is not event, service, place or volunteering; add it to \"map\"");
  EXPECT_EQ(item.problems[1], "fields.price.free: value at \"free\" is \"ehkä\", expected yes/no (true/false); add it to \"map\"");
  EXPECT_EQ(item.problems[2], "fields.location.lat: value at \"geo\" is a JSON object, expected a single value");
  EXPECT_NE(item.problems[3].find("fields.start: value at \"when\""), std::string::npos) << item.problems[3];
  EXPECT_NE(item.problems[4].find("fields.channels: \"paikan päällä\""), std::string::npos) << item.problems[4];
}

TEST(MappedItem, StartEndAndOccurrences) {
  const std::string fields = R"(,"start":"from","end":"to","occurrences":{"each":"dates","start":"s","end":"e"})";
  const Listing days = map(fields, R"({"id":"a","name":"N","from":"2025-10-01","to":"2025-10-03"})").item->listing;
  ASSERT_EQ(days.occurrences.size(), 1u);
  EXPECT_TRUE(days.occurrences[0].date_only);
  EXPECT_EQ(days.occurrences[0].start, parse_iso8601("2025-10-01")->utc);
  EXPECT_EQ(*days.occurrences[0].end, parse_iso8601("2025-10-04")->utc);  // the end day is inclusive
  const Listing sessions = map(fields, R"({"id":"b","name":"N","dates":[
      {"s":"2025-11-05T17:00:00+02:00","e":"2025-11-05T18:30:00+02:00"},
      {"s":1759413600},{"e":"2025-10-01T10:00:00Z"},{"s":1759327200000}]})").item->listing;
  ASSERT_EQ(sessions.occurrences.size(), 3u);
  EXPECT_EQ(sessions.occurrences[0].start, 1759327200);  // epoch milliseconds
  EXPECT_EQ(sessions.occurrences[1].start, 1759413600);  // epoch seconds
  EXPECT_FALSE(sessions.occurrences[1].end);
  EXPECT_EQ(format_helsinki(sessions.occurrences[2].start), "2025-11-05T17:00:00+02:00");
}

TEST(MappedItem, EpochNumbersOutsideTheAcceptedYearsAreReported) {
  const std::string fields = R"(,"occurrences":{"each":"dates","start":"s"})";
  const MappedItem item = map(fields, R"({"id":"a","name":"N","dates":[{"s":1e300},{"s":-9e18},{"s":1759413600}]})");
  ASSERT_TRUE(item.item);
  ASSERT_EQ(item.item->listing.occurrences.size(), 1u);  // only the sane one
  EXPECT_EQ(item.item->listing.occurrences[0].start, 1759413600);
  ASSERT_EQ(item.problems.size(), 2u);
  EXPECT_NE(item.problems[0].find("is 1e+300, a time outside the years 1900..2200"), std::string::npos)
      << item.problems[0];
}

}  // namespace
}  // namespace tarjotin
