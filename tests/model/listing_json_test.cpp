#include <gtest/gtest.h>

#include "model/listing_json.h"
#include "model/time.h"

namespace tarjotin {
namespace {

Listing sample() {
  Listing l;
  l.id = "le:helsinki:abc";
  l.source = "le";
  l.source_id = "helsinki:abc";
  l.kind = Kind::volunteering;
  l.status = EventStatus::postponed;
  l.name = {{"fi", "Kielikahvila"}, {"sv", "Språkcafé"}};
  l.description = {{"fi", "<p>Tervetuloa</p>"}};
  l.organiser = {"ahjo:1", {{"fi", "Kirjasto"}}};
  l.keywords = {{"yso:p4354", {{"fi", "lapset"}}}};
  l.languages = {"fi", "sv"};
  l.price.free = Tri::no;
  l.price.text = {{"fi", "5-15€"}};
  l.price.min_eur = 5;
  l.price.max_eur = 15;
  l.accessibility = {{"wheelchair", Tri::yes}};
  l.location.name = {{"fi", "Sellon kirjasto"}};
  l.location.municipality = {{"fi", "Espoo"}, {"sv", "Esbo"}};
  l.location.lat = 60.21748;
  l.location.lon = 24.80992;
  l.occurrences.push_back({parse_iso8601("2026-06-01T13:45:00Z")->utc, parse_iso8601("2026-06-01T16:00:00Z")->utc, false});
  auto day = parse_iso8601("2026-08-22")->utc;
  l.occurrences.push_back({day, parse_iso8601("2026-08-23")->utc, true});
  l.min_age = 7;
  l.registration.required = Tri::yes;
  l.channels = {"in_person"};
  l.contact.phone = "+358 9 1";
  l.source_url = "https://api.hel.fi/linkedevents/v1/event/helsinki:abc/";
  l.source_modified = "2026-05-05T09:24:58.569334Z";
  l.first_seen = 1'700'000'000;
  l.last_seen = 1'700'000'100;
  return l;
}

TEST(ListingJson, RoundTripsEveryField) {
  const Listing l = sample();
  const std::string json = listing_to_json(l);
  auto back = listing_from_json(json);
  ASSERT_TRUE(back);
  EXPECT_EQ(listing_to_json(*back), json);
  EXPECT_EQ(back->occurrences, l.occurrences);
  EXPECT_EQ(back->price.free, Tri::no);
  EXPECT_EQ(back->kind, Kind::volunteering);
  EXPECT_EQ(*back->location.lat, 60.21748);
}

TEST(ListingJson, DateOnlyOccurrenceIsWrittenAsItsDay) {
  const std::string json = listing_to_json(sample());
  EXPECT_NE(json.find(R"("start":"2026-08-22","end":"2026-08-22","date_only":true)"), std::string::npos) << json;
}

TEST(ListingJson, UnknownIsNotNo) {
  Listing l;
  l.id = "x:1";
  auto back = listing_from_json(listing_to_json(l));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->price.free, Tri::unknown);
  EXPECT_EQ(back->registration.required, Tri::unknown);
  EXPECT_NE(listing_to_json(l).find(R"("free":"unknown")"), std::string::npos);
}

TEST(ListingJson, ContentJsonIgnoresBookkeeping) {
  Listing a = sample(), b = sample();
  b.last_seen += 1000;
  EXPECT_EQ(listing_content_json(a), listing_content_json(b));
  b.name["en"] = "Language café";
  EXPECT_NE(listing_content_json(a), listing_content_json(b));
}

TEST(ListingJson, RejectsNonListings) {
  std::string error;
  EXPECT_FALSE(listing_from_json("[1,2]", &error));
  EXPECT_FALSE(error.empty());
  EXPECT_FALSE(listing_from_json("{\"name\":{}", &error));
}

}  // namespace
}  // namespace tarjotin
