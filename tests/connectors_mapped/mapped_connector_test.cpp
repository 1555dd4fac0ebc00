// MappedConnector with the example mapping (config/mappings/example-ngo.json) on
// the example NGO feed (tests/fixtures/mapped/example-ngo/), over real HTTP in
// every paging style, values checked.
#include "connectors/mapped/mapped_connector.h"

#include <gtest/gtest.h>

#include "connectors/recording_sink.h"
#include "model/time.h"
#include "ngo_feed.h"

namespace tarjotin {
namespace {

using testing::example_source;
using testing::fast_options;
using testing::kAllIds;
using testing::kNextPaging;
using testing::NgoApi;
using testing::page;
using testing::PageServer;
using testing::read_file;
using testing::RecordingSink;
using testing::TempDir;
using testing::variant_source;

std::vector<std::string> start_times(const Listing& l) {
  std::vector<std::string> out;
  for (const Occurrence& o : l.occurrences) out.push_back(format_helsinki(o.start));
  return out;
}

TEST(MappedConnector, ExampleFeedByNextLinksValueByValue) {
  NgoApi api;
  MappedConnector connector(example_source(api.url()), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  ASSERT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_TRUE(outcome.full_snapshot);
  EXPECT_TRUE(sink.errors.empty()) << sink.error_text();
  EXPECT_EQ(outcome.pages, 3);
  EXPECT_EQ(sink.ids(), kAllIds);
  EXPECT_EQ(api.queries(), (std::vector<std::string>{"", "page=2", "page=3"}));
  EXPECT_EQ(sink.page_urls, (std::vector<std::string>{api.url(), api.url("?page=2"), api.url("?page=3")}));

  const Listing& group = *sink.find("ngo:nh-101");
  EXPECT_EQ(group.source, "ngo");
  EXPECT_EQ(group.source_id, "nh-101");
  EXPECT_EQ(group.kind, Kind::service);
  EXPECT_EQ(group.name, (LocalizedText{{"fi", "Omaishoitajien vertaistukiryhmä"},
                                       {"sv", "Kamratstödsgrupp för närståendevårdare"},
                                       {"en", "Peer support group for family carers"}}));
  EXPECT_EQ(group.summary.at("sv"), "Vi delar erfarenheter och sätt att orka.");
  EXPECT_EQ(group.summary.size(), 3u);
  EXPECT_EQ(group.description.at("fi").rfind("<p>Ryhmä kokoontuu", 0), 0u);
  EXPECT_EQ(group.organiser.id, "naapuriapu-example");
  EXPECT_EQ(group.organiser.name.at("en"), "Imaginary Neighbour Aid");
  ASSERT_EQ(group.keywords.size(), 2u);
  EXPECT_EQ(group.keywords[0].id, "naapuriapu:vertaistuki");
  EXPECT_EQ(group.languages, (std::vector<std::string>{"fi", "sv"}));
  EXPECT_EQ(group.price.free, Tri::yes);
  EXPECT_EQ(group.price.text, (LocalizedText{{"fi", "Maksuton"}, {"sv", "Avgiftsfri"}}));
  EXPECT_EQ(group.location.name.at("sv"), "Föreningshuset Kuvitelma");
  EXPECT_EQ(group.location.street_address, (LocalizedText{{"fi", "Kuvitelmankatu 3"}, {"sv", "Fantasigatan 3"}}));
  EXPECT_EQ(group.location.postal_code, "00530");
  EXPECT_EQ(group.location.municipality, (LocalizedText{{"fi", "Helsinki"}, {"sv", "Helsingfors"}}));
  EXPECT_EQ(group.location.lat, 60.1841);
  EXPECT_EQ(group.location.lon, 24.9525);
  EXPECT_EQ(group.channels, std::vector<std::string>{"in_person"});
  EXPECT_EQ(group.accessibility, (std::map<std::string, Tri>{{"induction_loop", Tri::yes}, {"wheelchair", Tri::yes}}));
  EXPECT_EQ(start_times(group), (std::vector<std::string>{"2025-10-08T17:00:00+03:00", "2025-10-22T17:00:00+03:00",
                                                           "2025-11-05T17:00:00+02:00"}));
  EXPECT_EQ(format_helsinki(*group.occurrences[2].end), "2025-11-05T18:30:00+02:00");
  EXPECT_EQ(group.min_age, 18);
  EXPECT_FALSE(group.max_age);
  EXPECT_EQ(group.registration.required, Tri::no);
  EXPECT_EQ(group.registration.url, "");
  EXPECT_EQ(group.contact.phone, "+358 50 000 0101");
  EXPECT_EQ(group.contact.email, "vertaistuki@naapuriapu.example");
  EXPECT_EQ(group.contact.url, "https://naapuriapu.example/toiminta/nh-101");
  EXPECT_EQ(group.source_url, "https://naapuriapu.example/toiminta/nh-101");
  EXPECT_EQ(group.source_modified, "2025-09-30T08:00:00Z");
  EXPECT_NE(sink.items[0].raw.find("\"id\":\"nh-101\""), std::string::npos);

  const Listing& cafe = *sink.find("ngo:nh-102");
  EXPECT_EQ(cafe.kind, Kind::event);
  EXPECT_EQ(cafe.languages, (std::vector<std::string>{"fi", "en", "uk"}));
  EXPECT_EQ(cafe.channels, (std::vector<std::string>{"in_person", "online"}));
  EXPECT_EQ(cafe.location.street_address, (LocalizedText{{"fi", "Esimerkkipolku 12"}}));
  EXPECT_TRUE(cafe.accessibility.empty());
  EXPECT_EQ(cafe.occurrences.size(), 3u);
  EXPECT_EQ(cafe.price.free, Tri::yes);
  EXPECT_TRUE(cafe.price.text.empty());

  const Listing& volunteer = *sink.find("ngo:nh-103");
  EXPECT_EQ(volunteer.kind, Kind::volunteering);
  EXPECT_EQ(volunteer.price.free, Tri::unknown);
  EXPECT_EQ(volunteer.registration.required, Tri::yes);
  EXPECT_EQ(volunteer.registration.url, "https://naapuriapu.example/ilmoittaudu/nh-103");
  ASSERT_EQ(volunteer.occurrences.size(), 1u);
  EXPECT_TRUE(volunteer.occurrences[0].date_only);
  EXPECT_EQ(volunteer.occurrences[0].start, parse_iso8601("2025-10-01")->utc);
  EXPECT_EQ(*volunteer.occurrences[0].end, parse_iso8601("2026-01-01")->utc);

  const Listing& chat = *sink.find("ngo:104");
  EXPECT_EQ(chat.source_id, "104");
  EXPECT_EQ(chat.channels, std::vector<std::string>{"online"});
  EXPECT_EQ(chat.min_age, 18);
  EXPECT_EQ(chat.max_age, 29);
  EXPECT_FALSE(chat.location.lat);
  EXPECT_TRUE(chat.location.name.empty());

  const Listing& svenska = *sink.find("ngo:nh-105");
  EXPECT_EQ(svenska.name, (LocalizedText{{"sv", "Språkcafé på svenska"}}));
  EXPECT_EQ(svenska.price.free, Tri::no);
  EXPECT_EQ(svenska.price.text.at("sv"), "2 € per gång");
  EXPECT_EQ(svenska.registration.required, Tri::unknown);
  EXPECT_TRUE(svenska.source_modified.empty());

  const Listing& phone = *sink.find("ngo:nh-107");
  EXPECT_EQ(phone.channels, std::vector<std::string>{"phone"});
  ASSERT_EQ(phone.occurrences.size(), 1u);
  EXPECT_EQ(format_helsinki(*phone.occurrences[0].end), "2025-09-16T00:00:00+03:00");  // one whole day
}

TEST(MappedConnector, ExampleFeedByPageNumber) {
  NgoApi api;
  TempDir dir;
  MappedConnector connector(variant_source(dir, api.url("?lang=fi"), kNextPaging,
                                           R"("paging": {"style": "page", "param": "page", "start": 1, "last_page": "meta.last_page"})"),
                            fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  ASSERT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_TRUE(sink.errors.empty()) << sink.error_text();
  EXPECT_EQ(outcome.pages, 3);
  EXPECT_EQ(sink.ids(), kAllIds);
  EXPECT_EQ(api.queries(), (std::vector<std::string>{"lang=fi&page=1", "lang=fi&page=2", "lang=fi&page=3"}));
  EXPECT_EQ(sink.find("ngo:nh-105")->price.free, Tri::no);
}

TEST(MappedConnector, PageNumbersWithoutLastPageStopAtAnEmptyPage) {
  NgoApi api;
  TempDir dir;
  MappedConnector connector(variant_source(dir, api.url(), kNextPaging,
                                           R"("paging": {"style": "page", "size_param": "per_page", "size": 3})"),
                            fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  ASSERT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_EQ(sink.ids(), kAllIds);
  // Page 3 is short (1 of 3), so page 4 is never asked for.
  EXPECT_EQ(api.queries(), (std::vector<std::string>{"page=1&per_page=3", "page=2&per_page=3", "page=3&per_page=3"}));
}

TEST(MappedConnector, ExampleFeedByLimitAndSkip) {
  for (const char* end_by : {R"("has_more": "meta.has_more")", R"("total": "meta.total")"}) {
    NgoApi api;
    TempDir dir;
    MappedConnector connector(
        variant_source(dir, api.url(), kNextPaging,
                       R"("paging": {"style": "limit_skip", "limit_param": "limit", "skip_param": "skip", "size": 3, )" +
                           std::string(end_by) + "}"),
        fast_options());
    RecordingSink sink;
    const PullOutcome outcome = connector.pull(sink, {});
    ASSERT_TRUE(outcome.complete) << end_by << ": " << sink.error_text();
    EXPECT_EQ(sink.ids(), kAllIds) << end_by;
    EXPECT_EQ(api.queries(), (std::vector<std::string>{"limit=3&skip=0", "limit=3&skip=3", "limit=3&skip=6"})) << end_by;
  }
}

TEST(MappedConnector, TopLevelArrayWithoutPaging) {
  PageServer server;
  server.routes().Get("/list.json", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("\xEF\xBB\xBF" R"([{"id":"x1","title":{"fi":"Kävelyryhmä"},"unknown":{"deep":[1]}}])", "application/json");
  });
  server.start();
  TempDir dir;
  SourceConfig source = variant_source(dir, server.url("/list.json"), R"("items": "data",)", R"("items": "",)");
  std::string mapping = read_file(dir.file("mapping.json"));
  mapping.replace(mapping.find(kNextPaging), kNextPaging.size(), R"("paging": {"style": "none"})");
  dir.write("mapping.json", mapping);
  MappedConnector connector(source, fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  ASSERT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_EQ(sink.ids(), std::vector<std::string>{"ngo:x1"});
  EXPECT_EQ(sink.items[0].listing.kind, Kind::service);  // the map's default
}

}  // namespace
}  // namespace tarjotin
