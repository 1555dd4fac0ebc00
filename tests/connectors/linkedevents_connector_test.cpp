// LinkedEventsConnector pulls over real HTTP (a local cpp-httplib server) and
// from real files: paging, errors, loops, recurring series.
#include "connectors/linkedevents/linkedevents_connector.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>

#include "feed_pages.h"
#include "model/time.h"
#include "page_server.h"
#include "recording_sink.h"

namespace tarjotin {
namespace {

using testing::event_json;
using testing::event_ref;
using testing::page_json;
using testing::PageServer;
using testing::RecordingSink;
using testing::TempDir;

ConnectorOptions fast_options() {
  ConnectorOptions options;
  options.fetch.backoff_base_ms = 10;
  options.fetch.max_backoff_ms = 50;
  options.fetch.connect_timeout_ms = 2000;
  options.fetch.total_timeout_ms = 5000;
  return options;
}

SourceConfig source_at(const std::string& url, const std::string& base_dir = "") {
  SourceConfig source;
  source.name = "le";
  source.type = "linkedevents";
  source.url = url;
  source.base_dir = base_dir;
  return source;
}

// Serves /v1/event/?page=N from `pages` (1-based); records each request's query.
class EventApi {
 public:
  explicit EventApi(std::map<int, std::string> pages) : pages_(std::move(pages)) {
    server.routes().Get("/v1/event/", [this](const httplib::Request& req, httplib::Response& res) {
      const int number = req.has_param("page") ? std::stoi(req.get_param_value("page")) : 1;
      {
        std::lock_guard<std::mutex> lock(mutex_);
        requests_.push_back(req.params);
      }
      const auto page = pages_.find(number);
      if (page == pages_.end()) {
        res.status = 404;
        return;
      }
      res.set_content(page->second, "application/json");
    });
    server.start();
  }

  std::string page_url(int number) const {
    return server.url("/v1/event/?include=location,keywords&page=" + std::to_string(number));
  }
  std::vector<httplib::Params> requests() {
    std::lock_guard<std::mutex> lock(mutex_);
    return requests_;
  }
  void set_page(int number, std::string body) { pages_[number] = std::move(body); }

  PageServer server;

 private:
  std::map<int, std::string> pages_;
  std::mutex mutex_;
  std::vector<httplib::Params> requests_;
};

std::string param(const httplib::Params& params, const std::string& name) {
  const auto it = params.find(name);
  return it == params.end() ? "" : it->second;
}

TEST(LinkedEventsConnector, FollowsNextThroughThreePages) {
  EventApi api({});
  api.set_page(1, page_json({event_json("x:a", "2026-06-01"), event_json("x:b", "2026-06-02")}, api.page_url(2)));
  api.set_page(2, page_json({event_json("x:c", "2026-06-03")}, "?include=location,keywords&page=3"));  // relative
  api.set_page(3, page_json({event_json("x:d", "2026-06-04")}));
  LinkedEventsConnector connector(source_at(api.server.url("/v1/event/?event_type=General,Course")),
                                  fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});

  EXPECT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_EQ(outcome.pages, 3);
  EXPECT_TRUE(sink.errors.empty()) << sink.error_text();
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"le:x:a", "le:x:b", "le:x:c", "le:x:d"}));
  EXPECT_EQ(sink.page_urls.size(), 3u);
  const auto requests = api.requests();
  ASSERT_EQ(requests.size(), 3u);
  EXPECT_EQ(param(requests[0], "include"), "location,keywords");
  EXPECT_EQ(param(requests[0], "event_type"), "General,Course");
  EXPECT_EQ(param(requests[2], "page"), "3");
}

TEST(LinkedEventsConnector, KeepsAnIncludeTheSourceAlreadyHas) {
  EXPECT_EQ(LinkedEventsConnector::start_url("https://api.hel.fi/linkedevents/v1/event/"),
            "https://api.hel.fi/linkedevents/v1/event/?include=location,keywords");
  EXPECT_EQ(LinkedEventsConnector::start_url("https://api.hel.fi/linkedevents/v1/event/?page_size=100"),
            "https://api.hel.fi/linkedevents/v1/event/?page_size=100&include=location,keywords");
  EXPECT_EQ(LinkedEventsConnector::start_url("https://x/v1/event/?include=audience"), "https://x/v1/event/?include=audience");
  EXPECT_EQ(LinkedEventsConnector::start_url("file:///data/page.json"), "file:///data/page.json");
}

TEST(LinkedEventsConnector, RetriesAServerErrorAndDelivers) {
  PageServer server;
  std::atomic<int> calls{0};
  server.routes().Get("/v1/event/", [&](const httplib::Request&, httplib::Response& res) {
    if (calls++ == 0) {
      res.status = 500;
      return;
    }
    res.set_content(page_json({event_json("x:a", "2026-06-01")}), "application/json");
  });
  server.start();
  LinkedEventsConnector connector(source_at(server.url("/v1/event/")), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  EXPECT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_EQ(sink.ids(), std::vector<std::string>{"le:x:a"});
  EXPECT_EQ(calls.load(), 2);
}

TEST(LinkedEventsConnector, TruncatedSecondPageStopsThePullIncomplete) {
  EventApi api({});
  const std::string page2 = page_json({event_json("x:c", "2026-06-03"), event_json("x:d", "2026-06-04")},
                                      api.page_url(3));
  api.set_page(1, page_json({event_json("x:a", "2026-06-01"), event_json("x:b", "2026-06-02")}, api.page_url(2)));
  api.set_page(2, page2.substr(0, page2.size() / 2));
  api.set_page(3, page_json({event_json("x:e", "2026-06-05")}));
  LinkedEventsConnector connector(source_at(api.server.url("/v1/event/")), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});

  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(outcome.pages, 1);
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"le:x:a", "le:x:b"}));
  ASSERT_EQ(sink.errors.size(), 1u);
  const FeedError& error = sink.errors[0];
  EXPECT_EQ(error.source, "le");
  EXPECT_EQ(error.url, api.page_url(2));
  EXPECT_GT(error.byte_offset, 0);
  EXPECT_LE(error.byte_offset, static_cast<long long>(page2.size() / 2));
  EXPECT_NE(error.to_string().find("offset="), std::string::npos);
  EXPECT_EQ(api.requests().size(), 2u);  // page 3 never asked for
}

TEST(LinkedEventsConnector, NextLinkLoopEndsThePullPromptly) {
  EventApi api({});
  api.set_page(1, page_json({event_json("x:a", "2026-06-01")}, api.page_url(2)));
  api.set_page(2, page_json({event_json("x:b", "2026-06-02")}, api.page_url(1)));
  LinkedEventsConnector connector(source_at(api.page_url(1)), fast_options());
  RecordingSink sink;
  const auto start = std::chrono::steady_clock::now();
  const PullOutcome outcome = connector.pull(sink, {});

  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(outcome.pages, 2);
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"le:x:a", "le:x:b"}));
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].message.find("next link loops back to " + api.page_url(1)), std::string::npos)
      << sink.errors[0].message;
}

TEST(LinkedEventsConnector, StopsAfterMaxPages) {
  EventApi api({});
  for (int i = 1; i <= 3; ++i)
    api.set_page(i, page_json({event_json("x:" + std::to_string(i), "2026-06-01")}, i < 3 ? api.page_url(i + 1) : ""));
  ConnectorOptions options = fast_options();
  options.max_pages = 2;
  LinkedEventsConnector connector(source_at(api.page_url(1)), options);
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(outcome.pages, 2);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].message.find("more than 2 pages"), std::string::npos) << sink.errors[0].message;
}

TEST(LinkedEventsConnector, RefusesAPageOverTheSizeLimit) {
  EventApi api({});
  api.set_page(1, page_json({event_json("x:a", "2026-06-01", R"(,"description":{"fi":")" +
                                                                  std::string(4000, 'x') + "\"}")}));
  ConnectorOptions options = fast_options();
  options.fetch.max_body_bytes = 1000;
  LinkedEventsConnector connector(source_at(api.page_url(1)), options);
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  EXPECT_FALSE(outcome.complete);
  EXPECT_TRUE(sink.items.empty());
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].message.find("larger than 1000 bytes"), std::string::npos) << sink.error_text();
}

TEST(LinkedEventsConnector, ReportsAMissingPageAndItemsOfABadItem) {
  EventApi api({});
  api.set_page(1, page_json({"[]", event_json("x:a", "2026-06-01")}, api.page_url(2)));
  LinkedEventsConnector connector(source_at(api.page_url(1)), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(sink.ids(), std::vector<std::string>{"le:x:a"});
  ASSERT_EQ(sink.errors.size(), 2u) << sink.error_text();
  EXPECT_NE(sink.errors[0].message.find("data[0]"), std::string::npos) << sink.error_text();
  EXPECT_EQ(sink.errors[1].url, api.page_url(2));
  EXPECT_NE(sink.errors[1].message.find("HTTP 404"), std::string::npos) << sink.error_text();
}

// A recurring series P whose sub-events are spread over three pages, next to an
// umbrella event U with a child, a child of an unseen parent, and a plain event.
TEST(LinkedEventsConnector, RecurringSeriesAcrossPagesIsOneListing) {
  const std::string child_of_p = R"(,"super_event":)" + event_ref("x:P");
  EventApi api({});
  api.set_page(1, page_json({event_json("x:P", "2026-06-01T15:00:00Z",
                                        R"(,"end_time":"2026-06-29T17:00:00Z","super_event_type":"recurring")"),
                             event_json("x:c2", "2026-06-08T15:00:00Z", R"(,"end_time":"2026-06-08T17:00:00Z")" + child_of_p),
                             event_json("x:plain", "2026-06-10")},
                            api.page_url(2)));
  api.set_page(2, page_json({event_json("x:c1", "2026-06-01T15:00:00Z", R"(,"end_time":"2026-06-01T17:00:00Z")" + child_of_p),
                             event_json("x:c3", "2026-06-22T15:00:00Z",
                                        R"(,"event_status":"EventCancelled")" + child_of_p),
                             event_json("x:U", "2026-07-01", R"(,"super_event_type":"umbrella")"),
                             event_json("x:u1", "2026-07-02", R"(,"super_event":)" + event_ref("x:U"))},
                            api.page_url(3)));
  api.set_page(3, page_json({event_json("x:c4", "2026-06-15T15:00:00Z", R"(,"end_time":"2026-06-15T17:00:00Z")" + child_of_p),
                             event_json("x:c2again", "2026-06-08T15:00:00Z", R"(,"end_time":"2026-06-08T17:00:00Z")" + child_of_p),
                             event_json("x:orphan", "2026-08-01", R"(,"super_event":)" + event_ref("x:elsewhere"))}));
  LinkedEventsConnector connector(source_at(api.page_url(1)), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});

  EXPECT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_EQ(outcome.pages, 3);
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"le:x:plain", "le:x:U", "le:x:P", "le:x:u1", "le:x:orphan"}));
  // The umbrella event U is delivered with its page; the series and every event
  // with a super event come in a fourth, last on_page().
  EXPECT_EQ(sink.page_urls.size(), 4u);
  const Listing* series = sink.find("le:x:P");
  ASSERT_NE(series, nullptr);
  std::vector<std::string> starts;
  for (const Occurrence& occurrence : series->occurrences) {
    starts.push_back(format_utc(occurrence.start));
    EXPECT_EQ(occurrence.end, occurrence.start + 2 * 3600);
  }
  EXPECT_EQ(starts, (std::vector<std::string>{"2026-06-01T15:00:00Z", "2026-06-08T15:00:00Z", "2026-06-15T15:00:00Z"}));
  ASSERT_NE(sink.find("le:x:u1"), nullptr);
  EXPECT_EQ(sink.find("le:x:u1")->occurrences.size(), 1u);
}

TEST(LinkedEventsConnector, RecurringParentWithoutChildrenKeepsItsOwnDates) {
  TempDir dir;
  dir.write("page.json", page_json({event_json("x:P", "2026-06-01T15:00:00Z",
                                               R"(,"end_time":"2026-06-29T17:00:00Z","super_event_type":"recurring")")}));
  LinkedEventsConnector connector(source_at("file://page.json", dir.path()), fast_options());
  RecordingSink sink;
  EXPECT_TRUE(connector.pull(sink, {}).complete) << sink.error_text();
  ASSERT_EQ(sink.items.size(), 1u);
  ASSERT_EQ(sink.items[0].listing.occurrences.size(), 1u);
  EXPECT_EQ(format_utc(sink.items[0].listing.occurrences[0].start), "2026-06-01T15:00:00Z");
  EXPECT_EQ(sink.items[0].listing.occurrences[0].end, parse_iso8601("2026-06-29T17:00:00Z")->utc);
}

TEST(LinkedEventsConnector, HeldEventsAreDeliveredEvenWhenThePullFails) {
  TempDir dir;
  dir.write("p1.json", page_json({event_json("x:P", "2026-06-01", R"(,"super_event_type":"recurring")"),
                                  event_json("x:c1", "2026-06-03", R"(,"super_event":)" + event_ref("x:P"))},
                                 "p2.json"));
  dir.write("p2.json", R"({"meta":{"next":null},"data":[{"id":)");
  LinkedEventsConnector connector(source_at("file://" + dir.file("p1.json")), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(outcome.pages, 1);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].url, "file://" + dir.file("p2.json"));
  EXPECT_GE(sink.errors[0].byte_offset, 0);
  EXPECT_EQ(sink.ids(), std::vector<std::string>{"le:x:P"});
  ASSERT_EQ(sink.items[0].listing.occurrences.size(), 1u);
  EXPECT_EQ(sink.items[0].listing.occurrences[0].start, helsinki_midnight_utc(2026, 6, 3));
}

TEST(LinkedEventsConnector, ReadsALocalFileAndFollowsItsRelativeNext) {
  TempDir dir;
  dir.write("feed/p1.json", page_json({event_json("x:a", "2026-06-01")}, "p2.json"));
  dir.write("feed/p2.json", page_json({event_json("x:b", "2026-06-02")}));
  for (const std::string& url : std::vector<std::string>{"file://" + dir.file("feed/p1.json"), std::string("file://feed/p1.json"),
                                std::string("feed/p1.json"), dir.file("feed/p1.json")}) {
    LinkedEventsConnector connector(source_at(url, dir.path()), fast_options());
    RecordingSink sink;
    const PullOutcome outcome = connector.pull(sink, {});
    EXPECT_TRUE(outcome.complete) << url << "\n" << sink.error_text();
    EXPECT_EQ(outcome.pages, 2) << url;
    EXPECT_EQ(sink.ids(), (std::vector<std::string>{"le:x:a", "le:x:b"})) << url;
  }
}

TEST(LinkedEventsConnector, ReadsADirectoryOfPagesInNameOrder) {
  TempDir dir;
  dir.write("pages/02.json", page_json({event_json("x:c", "2026-06-03")}));
  dir.write("pages/01.json", page_json({event_json("x:a", "2026-06-01"), event_json("x:b", "2026-06-02")},
                                       "http://127.0.0.1:9/never-fetched"));
  dir.write("pages/notes.txt", "not a page");
  dir.write("pages/03.json", "\xEF\xBB\xBF" + page_json({event_json("x:d", "2026-06-04")}));  // with a BOM
  for (const std::string& url : std::vector<std::string>{"file://" + dir.file("pages"), std::string("pages")}) {
    LinkedEventsConnector connector(source_at(url, dir.path()), fast_options());
    RecordingSink sink;
    const PullOutcome outcome = connector.pull(sink, {});
    EXPECT_TRUE(outcome.complete) << url << "\n" << sink.error_text();
    EXPECT_EQ(outcome.pages, 3) << url;
    EXPECT_EQ(sink.ids(), (std::vector<std::string>{"le:x:a", "le:x:b", "le:x:c", "le:x:d"})) << url;
  }
}

TEST(LinkedEventsConnector, FixturePageFromADirectoryDeliversItsEvents) {
  TempDir dir;
  dir.write("le/page.json", testing::read_file(std::string(TARJOTIN_FIXTURES) +
                                               "/linkedevents/palvelutarjotin_mock_events_data.json"));
  dir.write("le/draft.json", testing::read_file(std::string(TARJOTIN_FIXTURES) +
                                                "/linkedevents/palvelutarjotin_mock_draft_event_data.json"));
  LinkedEventsConnector connector(source_at(dir.file("le")), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  EXPECT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"le:helsinki:afy6ikna3u", "le:helsinki:afxp6tv4xa"}));
  EXPECT_EQ(sink.deleted_ids, std::vector<std::string>{"le:helsinki:afxp6tv4xa"});
}

TEST(LinkedEventsConnector, MissingLocalFileIsAnError) {
  TempDir dir;
  LinkedEventsConnector connector(source_at("file://absent.json", dir.path()), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(outcome.pages, 0);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].source, "le");
  EXPECT_NE(sink.errors[0].message.find("absent.json"), std::string::npos) << sink.error_text();
}

}  // namespace
}  // namespace tarjotin
