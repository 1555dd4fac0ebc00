// Sync through every layer: a real HTTP server serving Linked Events pages, a
// real SQLite store and a real Xapian index in a temp dir.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <mutex>

#include <xapian.h>

#include "app/index_outbox.h"
#include "app/sync_runner.h"
#include "connectors/page_server.h"
#include "index/searcher.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

std::string event_json(const std::string& id, const std::string& name) {
  return R"({"id":")" + id + R"(","name":{"fi":")" + name +
         R"("},"publication_status":"public","start_time":"2026-12-01T10:00:00Z","end_time":null,)"
         R"("@id":"https://api.hel.fi/linkedevents/v1/event/)" + id + R"(/"})";
}

std::string page_json(const std::vector<std::string>& events, const std::string& next) {
  std::string data;
  for (const auto& e : events) data += (data.empty() ? "" : ",") + e;
  return R"({"meta":{"count":)" + std::to_string(events.size()) + R"(,"next":)" +
         (next.empty() ? "null" : "\"" + next + "\"") + R"(,"previous":null},"data":[)" + data + "]}";
}

// Serves /p1 and /p2 with bodies the test can swap between runs.
class FeedServer {
 public:
  FeedServer() {
    for (const char* path : {"/p1", "/p2"}) {
      server.routes().Get(path, [this, path](const httplib::Request& req, httplib::Response& res) {
        std::lock_guard<std::mutex> lock(mutex);
        if (req.has_param("last_modified_since")) saw_incremental = true;
        const auto& body = bodies[path];
        res.status = statuses.count(path) ? statuses[path] : 200;
        res.set_content(body, "application/json");
      });
    }
    server.start();
  }
  void set(const std::string& path, const std::string& body, int status = 200) {
    std::lock_guard<std::mutex> lock(mutex);
    bodies[path] = body;
    statuses[path] = status;
  }
  std::string url(const std::string& path) { return server.url(path); }

  testing::PageServer server;
  std::mutex mutex;
  std::map<std::string, std::string> bodies;
  std::map<std::string, int> statuses;
  std::atomic<bool> saw_incremental{false};
};

class SyncRunnerTest : public ::testing::Test {
 protected:
  SyncRunnerTest() {
    source.name = "le";
    source.type = "linkedevents";
    source.url = feed.url("/p1");
    options.connector.fetch.backoff_base_ms = 1;
    options.connector.fetch.max_retries = 1;
  }

  SyncRun sync(const PullOptions& pull = {}) {
    IndexWriter index(dir / "index");
    return sync_source(source, store, index, options, pull);
  }
  std::int64_t indexed() { return Searcher(dir / "index").size(); }

  testing::TempDir dir;
  FeedServer feed;
  Store store{dir / "tarjotin.sqlite"};
  SourceConfig source;
  SyncOptions options;
};

TEST_F(SyncRunnerTest, TruncatedPageFailsTheRunAndKeepsEarlierPages) {
  feed.set("/p1", page_json({event_json("a:1", "Kielikahvila"), event_json("a:2", "Tuolijumppa")}, feed.url("/p2")));
  const std::string page2 = page_json({event_json("a:3", "Lautapelit")}, "");
  feed.set("/p2", page2.substr(0, page2.size() / 2));
  const SyncRun run = sync();
  EXPECT_EQ(run.status, "failed");
  EXPECT_EQ(run.pages, 1);
  EXPECT_EQ(run.added, 2);
  ASSERT_FALSE(run.errors.empty());
  EXPECT_NE(run.errors[0].find("source=le"), std::string::npos) << run.errors[0];
  EXPECT_NE(run.errors[0].find(feed.url("/p2")), std::string::npos) << run.errors[0];
  EXPECT_NE(run.errors[0].find("offset="), std::string::npos) << run.errors[0];
  EXPECT_EQ(store.count_active("le"), 2);
  EXPECT_EQ(indexed(), 2);
  const auto runs = store.recent_runs("le");
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].status, "failed");
  EXPECT_EQ(runs[0].errors, run.errors);
}

TEST_F(SyncRunnerTest, IngestingTheSameFeedTwiceChangesNothing) {
  feed.set("/p1", page_json({event_json("a:1", "Kielikahvila"), event_json("a:2", "Tuolijumppa")}, ""));
  EXPECT_EQ(sync().added, 2);
  const SyncRun again = sync();
  EXPECT_EQ(again.status, "ok");
  EXPECT_EQ(again.added, 0);
  EXPECT_EQ(again.updated, 0);
  EXPECT_EQ(again.unchanged, 2);
  EXPECT_EQ(again.removed, 0);
  EXPECT_EQ(indexed(), 2);
}

TEST_F(SyncRunnerTest, AFailingSourceNeverRemovesWhatItHad) {
  feed.set("/p1", page_json({event_json("a:1", "A"), event_json("a:2", "B"), event_json("a:3", "C")}, ""));
  ASSERT_EQ(sync().status, "ok");
  feed.set("/p1", "upstream is down", 500);
  const SyncRun run = sync();
  EXPECT_EQ(run.status, "failed");
  EXPECT_EQ(run.removed, 0);
  EXPECT_EQ(store.count_active("le"), 3);
  EXPECT_EQ(indexed(), 3);
}

TEST_F(SyncRunnerTest, ACompleteSnapshotRemovesWhatTheFeedNoLongerHas) {
  feed.set("/p1", page_json({event_json("a:1", "A"), event_json("a:2", "B"), event_json("a:3", "C")}, ""));
  ASSERT_EQ(sync().status, "ok");
  feed.set("/p1", page_json({event_json("a:1", "A"), event_json("a:2", "B changed")}, ""));
  const SyncRun run = sync();
  EXPECT_EQ(run.status, "ok");
  EXPECT_EQ(run.updated, 1);
  EXPECT_EQ(run.removed, 1);
  EXPECT_FALSE(store.get("le:a:3"));
  Searcher searcher(dir / "index");
  EXPECT_FALSE(searcher.get("le:a:3"));
  EXPECT_EQ(searcher.get("le:a:2")->name.at("fi"), "B changed");
}

TEST_F(SyncRunnerTest, AnEmptyFeedWhereThereWereListingsIsRefusedUnlessAllowed) {
  feed.set("/p1", page_json({event_json("a:1", "A"), event_json("a:2", "B")}, ""));
  ASSERT_EQ(sync().status, "ok");
  feed.set("/p1", page_json({}, ""));
  const SyncRun refused = sync();
  EXPECT_EQ(refused.status, "failed");
  EXPECT_EQ(refused.removed, 0);
  ASSERT_FALSE(refused.errors.empty());
  EXPECT_NE(refused.errors[0].find("refused"), std::string::npos);
  EXPECT_EQ(indexed(), 2);
  options.allow_mass_removal = true;
  const SyncRun allowed = sync();
  EXPECT_EQ(allowed.status, "ok");
  EXPECT_EQ(allowed.removed, 2);
  EXPECT_EQ(indexed(), 0);
}

TEST_F(SyncRunnerTest, AnIncrementalPullAppliesChangesAndDeletionsButNothingByAbsence) {
  feed.set("/p1", page_json({event_json("a:1", "A"), event_json("a:2", "B"), event_json("a:3", "C")}, ""));
  ASSERT_EQ(sync().status, "ok");
  feed.set("/p1", page_json({event_json("a:1", "A changed"),
                             R"({"id":"a:2","deleted":true,"name":{"fi":"POISTETTU"}})"},
                            ""));
  PullOptions incremental;
  incremental.changed_since = 1'700'000'000;
  const SyncRun run = sync(incremental);
  EXPECT_TRUE(feed.saw_incremental);
  EXPECT_EQ(run.status, "ok");
  EXPECT_EQ(run.updated, 1);
  EXPECT_EQ(run.removed, 1);
  EXPECT_FALSE(store.get("le:a:2"));
  EXPECT_TRUE(store.get("le:a:3"));  // not in the changes, so untouched
  EXPECT_EQ(indexed(), 2);
}

TEST_F(SyncRunnerTest, ASyncKilledBetweenStoreAndIndexIsHealedByTheNextOne) {
  feed.set("/p1", page_json({event_json("a:1", "Kielikahvila")}, ""));
  ASSERT_EQ(sync().status, "ok");
  // What a sync killed after its store transaction leaves behind: the store
  // has a new and a changed listing that the index never got.
  StoredItem added, changed;
  added.listing.id = "le:a:2";
  added.listing.source = "le";
  added.listing.name["fi"] = "Tuolijumppa";
  changed.listing = *store.get("le:a:1");
  changed.listing.name["fi"] = "Kielikahvila ja lautapelit";
  store.upsert({added, changed}, 5000);
  EXPECT_EQ(indexed(), 1);
  feed.set("/p1", page_json({event_json("a:1", "Kielikahvila ja lautapelit"), event_json("a:2", "Tuolijumppa")}, ""));
  const SyncRun run = sync();
  EXPECT_EQ(run.status, "ok");
  EXPECT_EQ(run.added, 0);      // the store already had both...
  EXPECT_EQ(run.unchanged, 1);
  Searcher searcher(dir / "index");
  EXPECT_EQ(searcher.size(), 2);  // ...and the index caught up anyway
  EXPECT_EQ(searcher.get("le:a:1")->name.at("fi"), "Kielikahvila ja lautapelit");
  EXPECT_TRUE(store.pending_index_changes(10).empty());
}

TEST_F(SyncRunnerTest, PullsAreIncrementalAfterAFullSnapshotAndFullAgainAfterAWeek) {
  EXPECT_FALSE(plan_pull(store, "le", 1'000'000).changed_since);  // never synced: full
  feed.set("/p1", page_json({event_json("a:1", "A")}, ""));
  const SyncRun full = sync();
  ASSERT_EQ(full.status, "ok");
  ASSERT_TRUE(full.full_snapshot);
  const auto next = plan_pull(store, "le", full.started + 3600);
  ASSERT_TRUE(next.changed_since);
  EXPECT_LE(*next.changed_since, full.started);
  EXPECT_GT(*next.changed_since, full.started - 3600);
  EXPECT_FALSE(plan_pull(store, "le", full.started + 8 * 24 * 3600).changed_since);
}

TEST_F(SyncRunnerTest, AnUnknownSourceTypeIsAFailedRunNotACrash) {
  source.type = "rss";
  const SyncRun run = sync();
  EXPECT_EQ(run.status, "failed");
  ASSERT_FALSE(run.errors.empty());
  EXPECT_NE(run.errors[0].find("rss"), std::string::npos);
}

}  // namespace
}  // namespace tarjotin

namespace tarjotin {
namespace {

TEST_F(SyncRunnerTest, AnIndexBuiltWithAnotherLayoutIsRebuiltFromTheStore) {
  feed.set("/p1", page_json({event_json("a:1", "Kielikahvila"), event_json("a:2", "Tuolijumppa")}, ""));
  ASSERT_EQ(sync().status, "ok");
  EXPECT_TRUE(index_is_current(dir / "index"));
  EXPECT_FALSE(rebuild_if_schema_changed(store, dir / "index"));
  {
    // What an index written by an older tarjotin looks like: another schema mark.
    const std::string generation = std::filesystem::read_symlink(dir / "index/current").string();
    Xapian::WritableDatabase db(dir / ("index/" + generation));
    db.set_metadata("tarjotin:schema", "1");
    db.commit();
  }
  EXPECT_FALSE(index_is_current(dir / "index"));
  EXPECT_TRUE(rebuild_if_schema_changed(store, dir / "index"));
  EXPECT_TRUE(index_is_current(dir / "index"));
  EXPECT_EQ(indexed(), 2);
}

}  // namespace
}  // namespace tarjotin

namespace tarjotin {
namespace {

TEST(SyncRunnerConditional, AnUnchangedSnapshotKeepsEverythingAndIsOk) {
  testing::TempDir dir;
  testing::PageServer server;
  std::atomic<int> not_modified{0};
  server.routes().Get("/tpr/unit/", [&](const httplib::Request& req, httplib::Response& res) {
    if (req.get_header_value("If-None-Match") == "\"v1\"") {
      ++not_modified;
      res.status = 304;
      return;
    }
    res.set_header("ETag", "\"v1\"");
    res.set_content(R"([{"id": 1, "name_fi": "Kontulan palvelukeskus"}, {"id": 2, "name_fi": "Malmitalo"}])",
                    "application/json");
  });
  server.routes().Get("/tpr/ontologyword/", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("[]", "application/json");
  });
  server.start();
  SourceConfig source;
  source.name = "tpr";
  source.type = "tpr";
  source.url = server.url("/tpr/");
  Store store(dir / "tarjotin.sqlite");
  SyncOptions options;
  {
    IndexWriter index(dir / "index");
    const SyncRun first = sync_source(source, store, index, options);
    ASSERT_EQ(first.status, "ok");
    EXPECT_EQ(first.added, 2);
  }
  IndexWriter index(dir / "index");
  const SyncRun second = sync_source(source, store, index, options);
  EXPECT_EQ(not_modified.load(), 1);
  EXPECT_EQ(second.status, "ok");
  EXPECT_EQ(second.removed, 0);  // nothing delivered, but nothing is gone either
  EXPECT_EQ(store.count_active("tpr"), 2);
}

TEST(SyncOrder, PlaceSourcesSyncFirstTheOthersKeepTheirConfigOrder) {
  auto source = [](const std::string& name, const std::string& type) {
    SourceConfig s;
    s.name = name;
    s.type = type;
    return s;
  };
  const std::vector<SourceConfig> config = {source("events", "linkedevents"), source("ngo", "lahella"),
                                            source("units", "tpr"), source("feed", "mapped"),
                                            source("services", "ptv")};
  std::vector<std::string> order;
  for (const SourceConfig& s : in_sync_order(config)) order.push_back(s.name);
  EXPECT_EQ(order, (std::vector<std::string>{"units", "services", "events", "ngo", "feed"}));
}

}  // namespace
}  // namespace tarjotin
