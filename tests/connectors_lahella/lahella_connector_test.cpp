// LahellaConnector pulls over real HTTP (a local cpp-httplib server) and from
// real files: limit/skip paging, the fixture activity value by value, errors.
#include "connectors/lahella/lahella_connector.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <mutex>

#include "connectors/feed_pages.h"
#include "connectors/page_server.h"
#include "connectors/recording_sink.h"
#include "model/time.h"

namespace tarjotin {
namespace {

using testing::PageServer;
using testing::read_file;
using testing::RecordingSink;
using testing::TempDir;

const std::string kDir = std::string(TARJOTIN_FIXTURES) + "/lahella/";

std::string fixture(const std::string& name) { return read_file(kDir + name); }

ConnectorOptions fast_options() {
  ConnectorOptions options;
  options.fetch.max_retries = 1;
  options.fetch.backoff_base_ms = 10;
  options.fetch.max_backoff_ms = 50;
  options.fetch.connect_timeout_ms = 2000;
  options.fetch.total_timeout_ms = 5000;
  return options;
}

SourceConfig source_at(const std::string& url, const std::string& page_size = "") {
  SourceConfig source;
  source.name = "lh";
  source.type = "lahella";
  source.url = url;
  if (!page_size.empty()) source.settings["page_size"] = page_size;
  return source;
}

std::int64_t utc(const std::string& iso) { return parse_iso8601(iso)->utc; }

// Serves /api/v1/activities: the body for each `skip`, 404 for others; records (limit, skip).
class ActivityApi {
 public:
  explicit ActivityApi(std::map<long, std::string> pages) : pages_(std::move(pages)) {
    server.routes().Get("/api/v1/activities", [this](const httplib::Request& req, httplib::Response& res) {
      const long skip = req.has_param("skip") ? std::stol(req.get_param_value("skip")) : -1;
      std::lock_guard<std::mutex> lock(mutex_);
      requests_.push_back(req.get_param_value("limit") + "/" + req.get_param_value("skip"));
      const auto page = pages_.find(skip);
      if (page == pages_.end()) {
        res.status = 404;
        return;
      }
      if (page->second == "500") {
        res.status = 500;
        return;
      }
      res.set_content(page->second, "application/json");
    });
    server.start();
  }
  std::string url(const std::string& query = "") const { return server.url("/api/v1/activities" + query); }
  std::vector<std::string> requests() {
    std::lock_guard<std::mutex> lock(mutex_);
    return requests_;
  }

  PageServer server;

 private:
  std::map<long, std::string> pages_;
  std::mutex mutex_;
  std::vector<std::string> requests_;
};

std::map<long, std::string> three_pages() {
  return {{0, fixture("activities-page-1.json")}, {2, fixture("activities-page-2.json")},
          {4, fixture("activities-page-3.json")}};
}

TEST(LahellaConnector, MapsTheFixtureActivityValueByValue) {
  ActivityApi api({{0, R"({"items":[)" + fixture("lahella_hallinta_v1_activity_lahella-cli_test_fixture.json") +
                           R"(],"total":1,"hasMore":false})"}});
  LahellaConnector connector(source_at(api.url("?groups[0]=g1&total=true")), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  ASSERT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_TRUE(outcome.full_snapshot);
  ASSERT_EQ(sink.ids(), std::vector<std::string>{"lh:12345"});
  const Listing& l = sink.items[0].listing;
  EXPECT_EQ(l.source, "lh");
  EXPECT_EQ(l.source_url, api.url() + "/12345");
  EXPECT_EQ(l.kind, Kind::event);
  EXPECT_EQ(l.status, EventStatus::scheduled);
  EXPECT_EQ(l.name, (LocalizedText{{"fi", "Taiji-kurssi"}, {"en", "Tai chi course"}}));
  EXPECT_EQ(l.summary, (LocalizedText{{"fi", "<p dir=\"ltr\">Peruskurssi</p>"}, {"en", "<p dir=\"ltr\">Basic course</p>"}}));
  EXPECT_EQ(l.description.at("fi"), "<p dir=\"ltr\">Kuvaus kurssista</p>");
  std::vector<std::string> keywords;
  for (const SourceKeyword& k : l.keywords) keywords.push_back(k.id);
  EXPECT_EQ(keywords, (std::vector<std::string>{"lahella:theme:ht_hyvinvointi", "lahella:theme:ht_urheilu",
                                                "lahella:format:hm_harrastukset"}));
  EXPECT_EQ(l.languages, std::vector<std::string>{"fi"});
  EXPECT_EQ(l.min_age, 18);
  EXPECT_EQ(l.max_age, 64);
  EXPECT_EQ(l.price.free, Tri::no);
  EXPECT_EQ(l.price.text, (LocalizedText{{"fi", "100 euroa"}}));
  EXPECT_EQ(l.price.min_eur, 100.0);
  EXPECT_EQ(l.channels, std::vector<std::string>{"in_person"});
  EXPECT_EQ(l.location.id, "channel-uuid-1");
  EXPECT_EQ(l.location.lat, 60.2);
  EXPECT_EQ(l.location.lon, 24.9);
  EXPECT_EQ(l.location.street_address, (LocalizedText{{"fi", "Testikatu 1"}}));
  EXPECT_EQ(l.location.postal_code, "00100");
  EXPECT_EQ(l.location.municipality, (LocalizedText{{"fi", "Helsinki"}}));
  EXPECT_TRUE(l.accessibility.empty());  // only "ac_unknow"
  EXPECT_EQ(l.registration.required, Tri::yes);
  EXPECT_EQ(l.registration.url, "https://example.com/register");
  EXPECT_EQ(l.contact.url, "https://example.com");
  EXPECT_EQ(l.contact.email, "test@example.com");
  // Tuesdays 18:00-19:30 Helsinki time from 2025-01-15 to 2025-05-15; summer time from 2025-03-30.
  ASSERT_EQ(l.occurrences.size(), 17u);
  EXPECT_EQ(l.occurrences.front().start, utc("2025-01-21T18:00:00+02:00"));
  EXPECT_EQ(*l.occurrences.front().end, utc("2025-01-21T19:30:00+02:00"));
  EXPECT_EQ(l.occurrences[9].start, utc("2025-03-25T16:00:00Z"));
  EXPECT_EQ(l.occurrences[10].start, utc("2025-04-01T15:00:00Z"));
  EXPECT_EQ(format_helsinki(l.occurrences[10].start), "2025-04-01T18:00:00+03:00");
  EXPECT_EQ(*l.occurrences.back().end, utc("2025-05-13T19:30:00+03:00"));
  EXPECT_NE(sink.items[0].raw.find("\"_key\":\"12345\""), std::string::npos);
}

TEST(LahellaConnector, PagesWithLimitAndSkipToTheEnd) {
  ActivityApi api(three_pages());
  LahellaConnector connector(source_at(api.url("?limit=50&skip=10&text="), "2"), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  ASSERT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_TRUE(sink.errors.empty()) << sink.error_text();
  EXPECT_EQ(outcome.pages, 3);
  EXPECT_EQ(api.requests(), (std::vector<std::string>{"2/0", "2/2", "2/4"}));
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"lh:act-101", "lh:act-102", "lh:act-103", "lh:105"}));
  EXPECT_EQ(sink.deleted_ids, std::vector<std::string>{"lh:act-104"});
  EXPECT_EQ(sink.page_urls.size(), 3u);

  const Listing& singing = *sink.find("lh:act-101");
  EXPECT_EQ(singing.kind, Kind::event);
  EXPECT_EQ(singing.name.at("sv"), "Sångcirkel för äldre");
  EXPECT_EQ(singing.languages, (std::vector<std::string>{"fi", "sv"}));
  EXPECT_EQ(singing.price.free, Tri::yes);
  EXPECT_EQ(singing.price.text, (LocalizedText{{"fi", "Maksuton"}, {"sv", "Gratis"}}));
  EXPECT_EQ(singing.min_age, 65);
  EXPECT_FALSE(singing.max_age);
  EXPECT_EQ(singing.accessibility, (std::map<std::string, Tri>{{"hearing_loop", Tri::yes}, {"wheelchair", Tri::yes}}));
  EXPECT_EQ(singing.registration.required, Tri::no);
  EXPECT_EQ(singing.contact.email, "laulupiiri@example.org");
  EXPECT_EQ(singing.contact.phone, "+358 40 000 0000");
  EXPECT_EQ(singing.location.municipality, (LocalizedText{{"fi", "Espoo"}, {"sv", "Esbo"}}));
  std::vector<std::string> times;
  for (const Occurrence& o : singing.occurrences) times.push_back(format_helsinki(o.start));
  EXPECT_EQ(times, (std::vector<std::string>{"2025-09-01T13:00:00+03:00", "2025-09-04T10:00:00+03:00",
                                             "2025-09-08T13:00:00+03:00", "2025-09-11T10:00:00+03:00"}));

  const Listing& support = *sink.find("lh:act-102");
  EXPECT_EQ(support.kind, Kind::service);
  EXPECT_EQ(support.channels, (std::vector<std::string>{"online", "phone"}));
  EXPECT_EQ(support.min_age, 18);
  EXPECT_EQ(support.max_age, 64);
  EXPECT_EQ(support.price.free, Tri::unknown);
  EXPECT_EQ(support.registration.required, Tri::yes);
  EXPECT_EQ(support.registration.url, "https://example.org/ilmoittaudu");
  EXPECT_FALSE(support.location.lat);

  const Listing& volunteering = *sink.find("lh:act-103");
  EXPECT_EQ(volunteering.kind, Kind::volunteering);
  EXPECT_EQ(volunteering.name, (LocalizedText{{"fi", "Vapaaehtoiseksi ruoka-apuun"},
                                              {"sv", "Frivillig i mathjälpen"},
                                              {"en", "Volunteer at the food aid"}}));
  EXPECT_EQ(volunteering.languages, (std::vector<std::string>{"fi", "uk", "sgn"}));
  EXPECT_EQ(volunteering.channels, (std::vector<std::string>{"in_person", "online"}));
  EXPECT_EQ(volunteering.accessibility, (std::map<std::string, Tri>{{"accessible_toilet", Tri::yes}}));
  EXPECT_EQ(volunteering.location.lat, 60.2934);
  EXPECT_EQ(volunteering.location.lon, 25.0339);
}

TEST(LahellaConnector, MissingOptionalFieldsStayUnknown) {
  ActivityApi api(three_pages());
  LahellaConnector connector(source_at(api.url(), "2"), fast_options());
  RecordingSink sink;
  ASSERT_TRUE(connector.pull(sink, {}).complete) << sink.error_text();
  const Listing& bare = *sink.find("lh:105");
  EXPECT_EQ(bare.source_id, "105");
  EXPECT_EQ(bare.name, (LocalizedText{{"fi", "Shakkikerho"}}));
  EXPECT_EQ(bare.kind, Kind::service);  // a hobby without dates
  EXPECT_EQ(bare.price.free, Tri::unknown);
  EXPECT_TRUE(bare.price.text.empty());
  EXPECT_EQ(bare.registration.required, Tri::unknown);
  EXPECT_TRUE(bare.languages.empty());
  EXPECT_TRUE(bare.channels.empty());
  EXPECT_TRUE(bare.accessibility.empty());
  EXPECT_TRUE(bare.occurrences.empty());
  EXPECT_FALSE(bare.min_age);
  EXPECT_FALSE(bare.max_age);
  EXPECT_FALSE(bare.location.lat);
  EXPECT_TRUE(bare.summary.empty());
}

TEST(LahellaConnector, AcceptsAByteOrderMarkAndUnknownFields) {
  ActivityApi api({{0, "\xEF\xBB\xBF" + std::string(R"({"items":[{"_key":"x1","newTopLevel":{"a":[1,{"b":null}]},
      "traits":{"type":"support","translations":{"fi":{"name":"Kahvila","colour":"red"}},"unheardOf":42,
      "channels":[{"type":["place"],"shape":"round","events":[{"start":"not a number"}]}]}}],
      "total":1,"hasMore":false,"cursor":"abc"})")}});
  LahellaConnector connector(source_at(api.url()), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  ASSERT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_TRUE(sink.errors.empty()) << sink.error_text();
  ASSERT_EQ(sink.ids(), std::vector<std::string>{"lh:x1"});
  EXPECT_EQ(sink.items[0].listing.name.at("fi"), "Kahvila");
  EXPECT_EQ(sink.items[0].listing.channels, std::vector<std::string>{"in_person"});
}

TEST(LahellaConnector, FailingMiddlePageEndsThePullIncomplete) {
  auto pages = three_pages();
  pages[2] = "500";
  ActivityApi api(pages);
  LahellaConnector connector(source_at(api.url(), "2"), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(outcome.pages, 1);
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"lh:act-101", "lh:act-102"}));
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].source, "lh");
  EXPECT_EQ(sink.errors[0].url, api.url("?limit=2&skip=2"));
  const auto requests = api.requests();
  EXPECT_EQ(std::count(requests.begin(), requests.end(), "2/4"), 0);  // page 3 never asked for
}

TEST(LahellaConnector, TruncatedMiddlePageReportsTheOffset) {
  auto pages = three_pages();
  pages[2] = pages[2].substr(0, 300);
  ActivityApi api(pages);
  LahellaConnector connector(source_at(api.url(), "2"), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(sink.ids().size(), 2u);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_GT(sink.errors[0].byte_offset, 0);
  EXPECT_LE(sink.errors[0].byte_offset, 300);
}

TEST(LahellaConnector, HasMoreThatNeverEndsIsStopped) {
  ActivityApi api({{0, R"({"items":[{"_key":"a"}],"hasMore":true})"}, {1, R"({"items":[],"hasMore":true})"}});
  LahellaConnector connector(source_at(api.url(), "1"), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(sink.ids(), std::vector<std::string>{"lh:a"});
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].message.find("hasMore is true but the page is empty"), std::string::npos);
}

TEST(LahellaConnector, ProgressCountsPagesFromTheTotalAndIgnoresAnAbsurdOne) {
  ActivityApi api({{0, R"({"items":[{"_key":"a"},{"_key":"b"}],"total":3})"}, {2, R"({"items":[{"_key":"c"}],"total":3})"}});
  LahellaConnector connector(source_at(api.url(), "2"), fast_options());
  RecordingSink sink;
  ASSERT_TRUE(connector.pull(sink, {}).complete) << sink.error_text();
  EXPECT_EQ(sink.progress, (std::vector<std::pair<int, int>>{{1, 2}, {2, 2}}));

  // A total near the int64 limit once overflowed the page arithmetic; now the progress is unknown (-1).
  ActivityApi huge({{0, R"({"items":[{"_key":"a"}],"total":9223372036854775807,"hasMore":false})"}});
  LahellaConnector huge_connector(source_at(huge.url(), "2"), fast_options());
  RecordingSink huge_sink;
  ASSERT_TRUE(huge_connector.pull(huge_sink, {}).complete) << huge_sink.error_text();
  EXPECT_EQ(huge_sink.ids(), std::vector<std::string>{"lh:a"});
  EXPECT_EQ(huge_sink.progress, (std::vector<std::pair<int, int>>{{1, -1}}));
}

TEST(LahellaConnector, ServerThatIgnoresSkipIsALoop) {
  // Every skip gets the same page.
  PageServer server;
  server.routes().Get("/a", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(R"({"items":[{"_key":"a"},{"_key":"b"}],"total":100,"hasMore":true})", "application/json");
  });
  server.start();
  LahellaConnector connector(source_at(server.url("/a"), "2"), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(outcome.pages, 1);
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"lh:a", "lh:b"}));
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].message.find("repeats"), std::string::npos) << sink.errors[0].message;
}

TEST(LahellaConnector, StopsAfterMaxPages) {
  PageServer server;
  server.routes().Get("/a", [](const httplib::Request& req, httplib::Response& res) {
    const std::string skip = req.get_param_value("skip");
    res.set_content(R"({"items":[{"_key":"a)" + skip + R"("}],"hasMore":true})", "application/json");
  });
  server.start();
  ConnectorOptions options = fast_options();
  options.max_pages = 3;
  LahellaConnector connector(source_at(server.url("/a"), "1"), options);
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(outcome.pages, 3);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].message.find("more than 3 pages"), std::string::npos) << sink.errors[0].message;
}

TEST(LahellaConnector, ReadsADirectoryOfSavedPagesInNameOrder) {
  TempDir dir;
  dir.write("pages/b.json", "\xEF\xBB\xBF" + fixture("activities-page-2.json"));
  dir.write("pages/a.json", fixture("activities-page-1.json"));
  dir.write("pages/c.json", fixture("activities-page-3.json"));
  dir.write("pages/notes.txt", "not a page");
  SourceConfig source = source_at("pages");
  source.base_dir = dir.path();
  LahellaConnector connector(source, fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  ASSERT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_EQ(outcome.pages, 3);
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"lh:act-101", "lh:act-102", "lh:act-103", "lh:105"}));
  EXPECT_EQ(sink.find("lh:act-101")->source_url, "");
}

TEST(LahellaConnector, ReadsOneSavedActivityFile) {
  LahellaConnector connector(source_at("file://" + kDir + "lahella_hallinta_v1_activity_lahella-cli_test_fixture.json"),
                             fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  ASSERT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_EQ(sink.ids(), std::vector<std::string>{"lh:12345"});
}

TEST(LahellaConnector, RejectsABadPageSize) {
  LahellaConnector connector(source_at("http://127.0.0.1:9/none", "lots"), fast_options());
  RecordingSink sink;
  EXPECT_FALSE(connector.pull(sink, {}).complete);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].message.find("page_size"), std::string::npos);
}

TEST(LahellaConnector, PageUrlReplacesLimitAndSkip) {
  EXPECT_EQ(LahellaConnector::page_url("https://x/v1/activities?limit=5&groups[0]=g&skip=3#f", 100, 200),
            "https://x/v1/activities?groups[0]=g&limit=100&skip=200#f");
  EXPECT_EQ(LahellaConnector::page_url("https://x/v1/activities", 10, 0), "https://x/v1/activities?limit=10&skip=0");
  EXPECT_EQ(make_lahella_connector(source_at("x"), {}) != nullptr, true);
  EXPECT_EQ(lahella_settings(), std::vector<std::string>{"page_size"});
}

}  // namespace
}  // namespace tarjotin
