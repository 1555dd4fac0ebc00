// The Linked Events page parser and event mapping, on the real fixtures and on
// small inline events for the cases the fixtures do not have.
#include "connectors/linkedevents/event_page.h"

#include <gtest/gtest.h>

#include <rapidjson/document.h>

#include "feed_pages.h"
#include "model/time.h"

namespace tarjotin {
namespace {

using testing::event_json;
using testing::page_json;

std::string fixture(const std::string& name) {
  return testing::read_file(std::string(TARJOTIN_FIXTURES) + "/linkedevents/palvelutarjotin_mock_" + name + ".json");
}

std::int64_t utc(const std::string& text) { return parse_iso8601(text).value().utc; }

// The single listing of a one-event body.
Listing only_listing(const std::string& body) {
  EventPage page = parse_event_page("le", body);
  EXPECT_TRUE(page.ok) << page.error;
  EXPECT_EQ(page.events.size(), 1u);
  return page.events.empty() ? Listing{} : page.events[0].item.listing;
}

TEST(LinkedEventsPage, EventListFixtureGivesBothEvents) {
  const EventPage page = parse_event_page("le", fixture("events_data"));
  ASSERT_TRUE(page.ok) << page.error;
  ASSERT_EQ(page.events.size(), 2u);
  EXPECT_TRUE(page.item_errors.empty());
  EXPECT_TRUE(page.deleted_ids.empty());
  EXPECT_EQ(page.next, "https://api.hel.fi/linkedevents/v1/event/?page=2");

  const Listing& online = page.events[0].item.listing;
  EXPECT_EQ(online.id, "le:helsinki:afy6ikna3u");
  EXPECT_EQ(online.source, "le");
  EXPECT_EQ(online.source_id, "helsinki:afy6ikna3u");
  EXPECT_EQ(online.kind, Kind::event);
  EXPECT_EQ(online.status, EventStatus::scheduled);
  EXPECT_EQ(online.name.at("fi"), "Uutta Koillis-Helsinkiä verkkotilaisuus");
  EXPECT_EQ(online.name.count("sv"), 0u);
  EXPECT_EQ(online.summary.at("fi").rfind("Tule kuulemaan", 0), 0u);
  EXPECT_EQ(online.description.at("fi").rfind("<p>Tule kuulolle", 0), 0u);  // HTML kept
  EXPECT_EQ(online.price.free, Tri::yes);
  EXPECT_TRUE(online.price.text.empty());
  EXPECT_EQ(online.location.id, "helsinki:internet");
  EXPECT_EQ(online.channels, std::vector<std::string>{"online"});
  EXPECT_EQ(online.languages, std::vector<std::string>{"fi"});
  ASSERT_EQ(online.keywords.size(), 7u);
  EXPECT_EQ(online.keywords[0].id, "yso:p15875");
  EXPECT_TRUE(online.keywords[0].label.empty());
  EXPECT_EQ(online.organiser.id, "ahjo:u541000");
  EXPECT_TRUE(online.organiser.name.empty());
  ASSERT_EQ(online.occurrences.size(), 1u);
  EXPECT_EQ(online.occurrences[0].start, utc("2020-06-01T13:45:00Z"));
  EXPECT_EQ(online.occurrences[0].end, utc("2020-06-01T16:00:00Z"));
  EXPECT_FALSE(online.occurrences[0].date_only);
  EXPECT_EQ(online.contact.url,
            "https://www.hel.fi/Helsinki/fi/asuminen-ja-ymparisto/kaavoitus/ajankohtaiset-suunnitelmat/");
  EXPECT_EQ(online.registration.required, Tri::unknown);
  EXPECT_EQ(online.source_url, "https://api.hel.fi/linkedevents/v1/event/helsinki:afy6ikna3u/");
  EXPECT_EQ(online.source_modified, "2020-05-05T09:27:45.644920Z");

  const Listing& exhibition = page.events[1].item.listing;
  EXPECT_EQ(exhibition.id, "le:helsinki:afxp6tv4xa");
  EXPECT_EQ(exhibition.status, EventStatus::postponed);
  EXPECT_EQ(exhibition.name.at("sv"), "Raija Malka & Kaija Saariaho: Blick");
  EXPECT_EQ(exhibition.price.free, Tri::no);
  EXPECT_EQ(exhibition.price.text.at("fi"), "5-15€");
  EXPECT_EQ(exhibition.price.min_eur, 5.0);
  EXPECT_EQ(exhibition.price.max_eur, 15.0);
  EXPECT_EQ(exhibition.organiser.name.at("en"), "Amos Rex");
  EXPECT_EQ(exhibition.location.id, "tprek:55959");
  EXPECT_EQ(exhibition.channels, std::vector<std::string>{"in_person"});
  EXPECT_TRUE(exhibition.occurrences.empty());  // start_time null
  EXPECT_TRUE(exhibition.languages.empty());
}

TEST(LinkedEventsPage, RawIsTheCompactEventObject) {
  const EventPage page = parse_event_page("le", fixture("events_data"));
  ASSERT_TRUE(page.ok) << page.error;
  const std::string& raw = page.events[0].item.raw;
  EXPECT_EQ(raw.find('\n'), std::string::npos);
  EXPECT_EQ(raw.rfind("{\"id\":\"helsinki:afy6ikna3u\"", 0), 0u) << raw.substr(0, 80);
  rapidjson::Document document;
  document.Parse(raw.c_str());
  ASSERT_FALSE(document.HasParseError());
  EXPECT_STREQ(document["@type"].GetString(), "Event/LinkedEvent");
}

TEST(LinkedEventsPage, IncludedLocationAndKeywordsAreMapped) {
  const Listing listing = only_listing(fixture("event_data_with_locations_and_keywords"));
  const Location& location = listing.location;
  EXPECT_EQ(location.id, "tprek:45317");
  EXPECT_EQ(location.name.at("fi"), "Jätkäsaaren kirjasto");
  EXPECT_EQ(location.street_address.at("sv"), "Stillahavsgatan 1");
  EXPECT_EQ(location.postal_code, "00220");
  EXPECT_EQ(location.municipality, (LocalizedText{{"fi", "Helsinki"}, {"sv", "Helsingfors"}}));
  EXPECT_DOUBLE_EQ(location.lat.value(), 60.159977);
  EXPECT_DOUBLE_EQ(location.lon.value(), 24.920868);
  EXPECT_EQ(listing.channels, std::vector<std::string>{"in_person"});
  EXPECT_EQ(listing.contact.phone, "+358 9 310 85815");
  EXPECT_EQ(listing.contact.email, "jatkasaaren_kirjasto@hel.fi");
  EXPECT_EQ(listing.contact.url, "http://www.amosrex.fi");

  ASSERT_EQ(listing.keywords.size(), 5u);
  EXPECT_EQ(listing.keywords[0].id, "helmet:1");
  EXPECT_EQ(listing.keywords[0].label.at("fi"), "Tapahtumat");
  EXPECT_EQ(listing.keywords[0].label.at("ru"), "Tapahtumat");
  EXPECT_EQ(listing.keywords[4].id, "yso:p8113");
  EXPECT_EQ(listing.keywords[4].label.at("en"), "literature");
}

TEST(LinkedEventsPage, SingleEventFixtureTakesMunicipalityFromDivisions) {
  const Listing listing = only_listing(fixture("event_data"));
  EXPECT_EQ(listing.id, "le:helsinki:afxp6tv4xa");
  EXPECT_EQ(listing.location.name.at("en"), "Entresse Library");
  EXPECT_EQ(listing.location.municipality, (LocalizedText{{"fi", "Espoo"}, {"sv", "Esbo"}}));
  EXPECT_DOUBLE_EQ(listing.location.lat.value(), 60.203636);
  EXPECT_DOUBLE_EQ(listing.location.lon.value(), 24.657864);
  // Keywords given as {"@id", "id"} without names: ids only.
  ASSERT_EQ(listing.keywords.size(), 4u);
  EXPECT_EQ(listing.keywords[3].id, "yso:p1808");
  EXPECT_TRUE(listing.keywords[3].label.empty());
}

TEST(LinkedEventsPage, DraftIsNotDeliveredButReportedDeleted) {
  const EventPage page = parse_event_page("le", fixture("draft_event_data"));
  ASSERT_TRUE(page.ok) << page.error;
  EXPECT_TRUE(page.events.empty());
  EXPECT_EQ(page.deleted_ids, std::vector<std::string>{"le:helsinki:afxp6tv4xa"});
}

TEST(LinkedEventsPage, DateOnlyStartWithoutEndIsThatWholeDay) {
  for (const auto& [name, day] : {std::pair<std::string, int>{"created_event_data", 5}, {"update_event_data", 7}}) {
    const Listing listing = only_listing(fixture(name));
    ASSERT_EQ(listing.occurrences.size(), 1u) << name;
    const Occurrence& occurrence = listing.occurrences[0];
    EXPECT_TRUE(occurrence.date_only) << name;
    EXPECT_EQ(occurrence.start, helsinki_midnight_utc(2020, 5, day)) << name;
    EXPECT_EQ(occurrence.end, helsinki_midnight_utc(2020, 5, day + 1)) << name;
    EXPECT_EQ(listing.price.text.at("sv"), "testning") << name;
    EXPECT_FALSE(listing.price.min_eur.has_value()) << name;
    EXPECT_EQ(listing.channels, std::vector<std::string>{"in_person"}) << name;
    EXPECT_EQ(listing.summary.at("en"), "short desc en") << name;
  }
}

TEST(LinkedEventsPage, DateOnlyEndMeansThroughThatDay) {
  const Listing listing = only_listing(
      page_json({event_json("x:1", "2026-08-20", R"(,"end_time":"2026-08-22")")}));
  ASSERT_EQ(listing.occurrences.size(), 1u);
  EXPECT_TRUE(listing.occurrences[0].date_only);
  EXPECT_EQ(listing.occurrences[0].start, helsinki_midnight_utc(2026, 8, 20));
  EXPECT_EQ(listing.occurrences[0].end, helsinki_midnight_utc(2026, 8, 23));
}

TEST(LinkedEventsPage, DateOnlyDayAcrossTheClockChangeIs23Hours) {
  const Listing listing = only_listing(page_json({event_json("x:1", "2026-03-29", R"(,"end_time":null)")}));
  ASSERT_EQ(listing.occurrences.size(), 1u);
  EXPECT_EQ(*listing.occurrences[0].end - listing.occurrences[0].start, 23 * 3600);
}

TEST(LinkedEventsPage, TimedStartWithNullOrDateOnlyEnd) {
  const Listing open_ended =
      only_listing(page_json({event_json("x:1", "2026-06-01T10:00:00+03:00", R"(,"end_time":null)")}));
  ASSERT_EQ(open_ended.occurrences.size(), 1u);
  EXPECT_EQ(open_ended.occurrences[0].start, utc("2026-06-01T07:00:00Z"));
  EXPECT_FALSE(open_ended.occurrences[0].end.has_value());
  EXPECT_FALSE(open_ended.occurrences[0].date_only);

  const Listing until_date =
      only_listing(page_json({event_json("x:2", "2026-06-01T10:00:00Z", R"(,"end_time":"2026-06-30")")}));
  ASSERT_EQ(until_date.occurrences.size(), 1u);
  EXPECT_EQ(until_date.occurrences[0].end, helsinki_midnight_utc(2026, 7, 1));
  EXPECT_FALSE(until_date.occurrences[0].date_only);
}

TEST(LinkedEventsPage, MapsKindStatusAgesRegistrationAndLanguages) {
  const std::string body = page_json({
      event_json("x:vol", "2026-06-01T10:00:00Z",
                 R"(,"type_id":"Volunteering","event_status":"EventCancelled","audience_min_age":7,)"
                 R"("audience_max_age":12,"registration":{"@id":"https://x/registration/5/","signup_url":"https://x/signup/5"},)"
                 R"("in_language":[{"id":"sv"},{"@id":"https://api.hel.fi/linkedevents/v1/language/en/"}],)"
                 R"("audience":[{"@id":"https://api.hel.fi/linkedevents/v1/keyword/yso:p4354/"}],)"
                 R"("info_url":{"sv":"https://sv.example","en":"https://en.example"},"location":null)"),
      event_json("x:course", "", R"(,"type_id":"Course","event_status":"EventRescheduled",)"
                                 R"("enrolment_start_time":"2026-05-01T00:00:00Z","registration":null)"),
      R"({"id":"x:plain","name":{"fi":"Nimi","sv":"","en":null,"ru":"Имя","zh_hans":"名字","ar":"  "}})",
  });
  const EventPage page = parse_event_page("le", body);
  ASSERT_TRUE(page.ok) << page.error;
  ASSERT_EQ(page.events.size(), 3u);

  const Listing& volunteering = page.events[0].item.listing;
  EXPECT_EQ(volunteering.kind, Kind::volunteering);
  EXPECT_EQ(volunteering.status, EventStatus::cancelled);
  EXPECT_EQ(volunteering.min_age, 7);
  EXPECT_EQ(volunteering.max_age, 12);
  EXPECT_EQ(volunteering.registration.required, Tri::yes);
  EXPECT_EQ(volunteering.registration.url, "https://x/signup/5");
  EXPECT_EQ(volunteering.languages, (std::vector<std::string>{"sv", "en"}));
  ASSERT_EQ(volunteering.keywords.size(), 1u);
  EXPECT_EQ(volunteering.keywords[0].id, "yso:p4354");
  EXPECT_EQ(volunteering.contact.url, "https://sv.example");
  EXPECT_TRUE(volunteering.channels.empty());
  EXPECT_EQ(volunteering.price.free, Tri::unknown);

  const Listing& course = page.events[1].item.listing;
  EXPECT_EQ(course.kind, Kind::event);
  EXPECT_EQ(course.status, EventStatus::rescheduled);
  EXPECT_EQ(course.registration.required, Tri::yes);
  EXPECT_EQ(course.registration.url, "");
  EXPECT_FALSE(course.min_age.has_value());

  const Listing& plain = page.events[2].item.listing;
  EXPECT_EQ(plain.name, (LocalizedText{{"fi", "Nimi"}, {"ru", "Имя"}, {"zh_hans", "名字"}}));
  EXPECT_EQ(plain.registration.required, Tri::unknown);
}

TEST(LinkedEventsPage, PriceFromSeveralOffers) {
  const Listing listing = only_listing(page_json({event_json(
      "x:1", "", R"(,"offers":[{"is_free":false,"price":{"fi":"10 €"}},)"
                 R"({"is_free":true,"price":{"fi":"ilmainen","en":"3,50 e"}}])")}));
  EXPECT_EQ(listing.price.free, Tri::yes);
  EXPECT_EQ(listing.price.text, (LocalizedText{{"fi", "10 €"}, {"en", "3,50 e"}}));
  EXPECT_EQ(listing.price.min_eur, 3.5);
  EXPECT_EQ(listing.price.max_eur, 10.0);
}

TEST(LinkedEventsPage, DeletedStubsAreReportedAsDeleted) {
  const EventPage page = parse_event_page(
      "le", page_json({R"({"id":"helsinki:gone","name":{"fi":"POISTETTU"},"deleted":true,"replaced_by":null})",
                       event_json("helsinki:kept", "2026-06-01")}));
  ASSERT_TRUE(page.ok) << page.error;
  EXPECT_EQ(page.deleted_ids, std::vector<std::string>{"le:helsinki:gone"});
  ASSERT_EQ(page.events.size(), 1u);
  EXPECT_EQ(page.events[0].item.listing.id, "le:helsinki:kept");
}

TEST(LinkedEventsPage, BadItemsAreSkippedAndDescribed) {
  const EventPage page =
      parse_event_page("le", page_json({"17", R"({"name":{"fi":"no id"}})", event_json("x:ok", "2026-06-01")}));
  ASSERT_TRUE(page.ok) << page.error;
  ASSERT_EQ(page.events.size(), 1u);
  EXPECT_EQ(page.events[0].item.listing.id, "le:x:ok");
  ASSERT_EQ(page.item_errors.size(), 2u);
  EXPECT_NE(page.item_errors[0].find("data[0]"), std::string::npos) << page.item_errors[0];
  EXPECT_NE(page.item_errors[1].find("data[1]"), std::string::npos) << page.item_errors[1];
  EXPECT_NE(page.item_errors[1].find("id"), std::string::npos) << page.item_errors[1];
}

TEST(LinkedEventsPage, TruncatedBodyFailsWithItsByteOffset) {
  const std::string whole = fixture("events_data");
  const std::string truncated = whole.substr(0, 5000);
  const EventPage page = parse_event_page("le", truncated);
  EXPECT_FALSE(page.ok);
  EXPECT_NE(page.error.find("invalid JSON"), std::string::npos) << page.error;
  EXPECT_GE(page.error_offset, 4000);
  EXPECT_LE(page.error_offset, 5000);
}

TEST(LinkedEventsPage, WrongShapeFails) {
  EXPECT_FALSE(parse_event_page("le", R"({"meta":{"next":null},"data":{"id":"x"}})").ok);
  EXPECT_FALSE(parse_event_page("le", R"([1,2,3])").ok);
  EXPECT_FALSE(parse_event_page("le", R"({"meta":{"next":5},"data":[]})").ok);
  const EventPage page = parse_event_page("le", R"({"meta":{"next":null},"data":{"id":"x"}})");
  EXPECT_NE(page.error.find("not an array"), std::string::npos) << page.error;
  EXPECT_EQ(page.error_offset, -1);
}

TEST(LinkedEventsPage, AcceptsAByteOrderMark) {
  const EventPage page = parse_event_page("le", "\xEF\xBB\xBF" + page_json({event_json("x:1", "2026-06-01")}));
  ASSERT_TRUE(page.ok) << page.error;
  EXPECT_EQ(page.events.size(), 1u);

  const EventPage broken = parse_event_page("le", "\xEF\xBB\xBF{\"data\":[");
  EXPECT_FALSE(broken.ok);
  EXPECT_EQ(broken.error_offset, 12);  // offsets count the BOM's bytes
}

}  // namespace
}  // namespace tarjotin
