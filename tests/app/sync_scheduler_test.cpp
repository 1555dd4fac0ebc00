#include <gtest/gtest.h>

#include <rapidjson/document.h>

#include <thread>

#include "app/source_status.h"
#include "app/sync_scheduler.h"
#include "connectors/page_server.h"
#include "index/searcher.h"
#include "model/time.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

class SyncSchedulerTest : public ::testing::Test {
 protected:
  SyncSchedulerTest() {
    server.routes().Get("/events", [this](const httplib::Request&, httplib::Response& res) {
      ++requests;
      res.set_content(R"({"meta":{"count":1,"next":null},"data":[{"id":"x:1","name":{"fi":"Kielikahvila"},)"
                      R"("publication_status":"public","start_time":"2026-12-01"}]})",
                      "application/json");
    });
    server.start();
    config.data_dir = dir.path();
    SourceConfig source;
    source.name = "le";
    source.type = "linkedevents";
    source.url = server.url("/events");
    source.interval_minutes = 60;
    config.sources = {source};
  }

  testing::TempDir dir;
  testing::PageServer server;
  std::atomic<int> requests{0};
  Config config;
};

TEST_F(SyncSchedulerTest, ADueSourceIsSyncedInTheBackgroundAndScheduledAgain) {
  SyncScheduler scheduler(config, SyncOptions{});
  scheduler.start();
  for (int i = 0; i < 200 && Searcher(config.index_root()).size() == 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(Searcher(config.index_root()).size(), 1);
  for (int i = 0; i < 100 && scheduler.next_run("le") == 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  const std::int64_t next = scheduler.next_run("le");
  EXPECT_GT(next, now_utc() + 50 * 60);  // about interval_minutes from now
  EXPECT_LE(next, now_utc() + 60 * 60);
  scheduler.stop();
  EXPECT_EQ(requests.load(), 1);  // not due again within the interval
}

// SIGTERM calls stop(): a sync stuck on a hanging feed page ends at once, is
// recorded as failed because of the stop, and keeps what it had stored.
TEST_F(SyncSchedulerTest, StopCancelsASyncWaitingForAHangingFeed) {
  std::atomic<bool> page_two_asked{false};
  std::atomic<bool> release{false};
  server.routes().Get("/paged", [this](const httplib::Request&, httplib::Response& res) {
    res.set_content(R"({"meta":{"count":2,"next":")" + server.url("/paged2") +
                        R"("},"data":[{"id":"x:1","name":{"fi":"Kielikahvila"},)"
                        R"("publication_status":"public","start_time":"2026-12-01"}]})",
                    "application/json");
  });
  server.routes().Get("/paged2", [&](const httplib::Request&, httplib::Response& res) {
    page_two_asked = true;
    for (int i = 0; i < 600 && !release; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    res.status = 500;
  });
  config.sources.front().url = server.url("/paged");
  SyncOptions options;
  options.connector.fetch.total_timeout_ms = 60'000;
  options.connector.fetch.max_retries = 4;
  SyncScheduler scheduler(config, options);
  scheduler.start();
  for (int i = 0; i < 500 && !page_two_asked; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  ASSERT_TRUE(page_two_asked);
  scheduler.stop();
  release = true;

  Store store(config.store_path());
  const auto runs = store.recent_runs("le", 5);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs.front().status, "failed");
  ASSERT_FALSE(runs.front().errors.empty());
  EXPECT_NE(runs.front().errors.front().find("cancelled because tarjotin is stopping"), std::string::npos)
      << runs.front().errors.front();
  EXPECT_EQ(Searcher(config.index_root()).size(), 1);  // page 1's listing was stored and indexed
}

TEST_F(SyncSchedulerTest, ASourceNotYetDueIsLeftAlone) {
  {
    Store store(config.store_path());
    SyncRun run;
    run.id = store.begin_run("le", now_utc());
    run.source = "le";
    run.status = "ok";
    store.finish_run(run);
  }
  SyncScheduler scheduler(config, SyncOptions{});
  scheduler.start();
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  scheduler.stop();
  EXPECT_EQ(requests.load(), 0);
}

TEST_F(SyncSchedulerTest, SourceStatusReportsRunsCountsAndNextRun) {
  SyncScheduler scheduler(config, SyncOptions{});
  scheduler.start();
  for (int i = 0; i < 200 && scheduler.next_run("le") == 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  Store store(config.store_path());
  rapidjson::Document doc;
  doc.Parse(source_status_json(config, store, &scheduler).c_str());
  ASSERT_TRUE(doc.IsObject());
  const auto& le = doc["sources"][0];
  EXPECT_STREQ(le["name"].GetString(), "le");
  EXPECT_STREQ(le["type"].GetString(), "linkedevents");
  EXPECT_EQ(le["listings"].GetInt(), 1);
  EXPECT_STREQ(le["last_run"]["status"].GetString(), "ok");
  EXPECT_TRUE(le["last_success"].IsString());
  EXPECT_TRUE(le["last_error"].IsNull());
  EXPECT_TRUE(le["next_run"].IsString());
}

TEST_F(SyncSchedulerTest, SourceMetricsReportAgeOfLastSuccessAndErrors) {
  SyncScheduler scheduler(config, SyncOptions{});
  scheduler.start();
  for (int i = 0; i < 200 && scheduler.next_run("le") == 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  scheduler.stop();
  Store store(config.store_path());
  const std::string text = source_metrics_text(config, store, now_utc() + 100);
  EXPECT_NE(text.find("tarjotin_source_listings{source=\"le\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("tarjotin_source_last_run_ok{source=\"le\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("tarjotin_source_last_run_errors{source=\"le\"} 0\n"), std::string::npos) << text;
  const auto at = text.find("tarjotin_source_last_success_age_seconds{source=\"le\"} ");
  ASSERT_NE(at, std::string::npos) << text;
  const int age = std::stoi(text.substr(at + std::string("tarjotin_source_last_success_age_seconds{source=\"le\"} ").size()));
  EXPECT_GE(age, 100);
  EXPECT_LT(age, 110);
}

}  // namespace
}  // namespace tarjotin
