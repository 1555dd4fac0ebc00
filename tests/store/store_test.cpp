#include <gtest/gtest.h>

#include <sqlite3.h>

#include "store/store.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

StoredItem item(const std::string& id, const std::string& name, const std::string& source = "le") {
  StoredItem i;
  i.listing.id = source + ":" + id;
  i.listing.source = source;
  i.listing.source_id = id;
  i.listing.name["fi"] = name;
  i.raw = "{\"id\":\"" + id + "\"}";
  return i;
}

class StoreTest : public ::testing::Test {
 protected:
  testing::TempDir dir;
  std::string path = dir / "tarjotin.sqlite";
};

TEST_F(StoreTest, IngestingTheSamePageTwiceChangesNothing) {
  Store store(path);
  std::vector<StoredItem> page = {item("1", "Kielikahvila"), item("2", "Tuolijumppa")};
  auto first = store.upsert(page, 1000);
  EXPECT_EQ(first, (std::vector<UpsertOutcome>{UpsertOutcome::added, UpsertOutcome::added}));
  auto second = store.upsert(page, 2000);
  EXPECT_EQ(second, (std::vector<UpsertOutcome>{UpsertOutcome::unchanged, UpsertOutcome::unchanged}));
  EXPECT_EQ(store.count_active(), 2);
  auto stored = store.get("le:1");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->name.at("fi"), "Kielikahvila");
  EXPECT_EQ(stored->first_seen, 1000);
  EXPECT_EQ(stored->last_seen, 2000);
}

TEST_F(StoreTest, ChangedContentIsAnUpdateAndKeepsFirstSeen) {
  Store store(path);
  store.upsert({item("1", "Kielikahvila")}, 1000);
  auto outcome = store.upsert({item("1", "Kielikahvila ja lautapelit")}, 2000);
  EXPECT_EQ(outcome.front(), UpsertOutcome::updated);
  EXPECT_EQ(store.get("le:1")->name.at("fi"), "Kielikahvila ja lautapelit");
  EXPECT_EQ(store.get("le:1")->first_seen, 1000);
}

TEST_F(StoreTest, RawPayloadIsKeptWithTheListing) {
  Store store(path);
  store.upsert({item("1", "A")}, 1000);
  EXPECT_EQ(store.raw_payload("le:1").value_or(""), "{\"id\":\"1\"}");
}

TEST_F(StoreTest, RemovedListingsAreHiddenButNotLostAndCanReturn) {
  Store store(path);
  store.upsert({item("1", "A"), item("2", "B"), item("3", "C", "tpr")}, 1000);
  store.upsert({item("1", "A")}, 2000);
  auto stale = store.active_ids_not_seen_since("le", 2000);
  EXPECT_EQ(stale, std::vector<std::string>{"le:2"});
  EXPECT_EQ(store.remove(stale, 2000), std::vector<std::string>{"le:2"});
  EXPECT_EQ(store.remove(stale, 2001), std::vector<std::string>{});  // already removed
  EXPECT_FALSE(store.get("le:2"));
  EXPECT_TRUE(store.raw_payload("le:2"));  // still in the file
  EXPECT_EQ(store.count_active("le"), 1);
  EXPECT_EQ(store.count_active("tpr"), 1);
  EXPECT_EQ(store.upsert({item("2", "B")}, 3000).front(), UpsertOutcome::added);
  EXPECT_TRUE(store.get("le:2"));
}

TEST_F(StoreTest, ForEachActiveVisitsEveryActiveListingInIdOrder) {
  Store store(path);
  store.upsert({item("b", "B"), item("a", "A"), item("c", "C")}, 1000);
  store.remove({"le:c"}, 1001);
  std::vector<std::string> seen;
  store.for_each_active([&](const Listing& l) { seen.push_back(l.id); });
  EXPECT_EQ(seen, (std::vector<std::string>{"le:a", "le:b"}));
}

TEST_F(StoreTest, SyncRunsAreRecordedWithCountsAndErrors) {
  Store store(path);
  SyncRun run;
  run.id = store.begin_run("le", 1000);
  EXPECT_EQ(store.recent_runs("le").front().status, "running");
  run.source = "le";
  run.finished = 1010;
  run.status = "failed";
  run.pages = 2;
  run.added = 40;
  run.errors = {"source=le url=http://x/page3 offset=120: unexpected end of JSON"};
  store.finish_run(run);
  auto runs = store.recent_runs("le");
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].status, "failed");
  EXPECT_EQ(runs[0].added, 40);
  EXPECT_EQ(runs[0].pages, 2);
  EXPECT_EQ(runs[0].errors, run.errors);
  EXPECT_TRUE(store.recent_runs("other").empty());
}

TEST_F(StoreTest, UsesWalAndAVersionedSchemaThatSurvivesReopening) {
  {
    Store store(path);
    store.upsert({item("1", "A")}, 1000);
    EXPECT_EQ(store.schema_version(), 6);
  }
  Store again(path);
  EXPECT_EQ(again.schema_version(), 6);
  EXPECT_EQ(again.count_active(), 1);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s, nullptr);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)), "wal");
  sqlite3_finalize(s);
  sqlite3_close(db);
}

TEST_F(StoreTest, TheIndexOutboxHoldsWhatTheIndexHasNotSeen) {
  Store store(path);
  store.upsert({item("1", "A"), item("2", "B")}, 1000);
  auto pending = store.pending_index_changes(100);
  ASSERT_EQ(pending.size(), 2u);
  EXPECT_TRUE(pending[0].listing);
  store.mark_indexed(pending);
  EXPECT_TRUE(store.pending_index_changes(100).empty());

  store.upsert({item("1", "A"), item("2", "B")}, 2000);  // unchanged: nothing to index
  EXPECT_TRUE(store.pending_index_changes(100).empty());

  store.upsert({item("1", "A changed")}, 3000);
  store.remove({"le:2"}, 3000);
  pending = store.pending_index_changes(100);
  ASSERT_EQ(pending.size(), 2u);
  EXPECT_EQ(pending[0].id, "le:1");
  EXPECT_EQ(pending[0].listing->name.at("fi"), "A changed");
  EXPECT_EQ(pending[1].id, "le:2");
  EXPECT_FALSE(pending[1].listing);  // a removal
  EXPECT_EQ(store.pending_index_changes(1).size(), 1u);

  // Changed again after the index read it: the old apply must not hide the new content.
  store.upsert({item("1", "A changed twice")}, 4000);
  store.mark_indexed(pending);
  pending = store.pending_index_changes(100);
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0].listing->name.at("fi"), "A changed twice");
  store.mark_all_indexed();
  EXPECT_TRUE(store.pending_index_changes(100).empty());
}

TEST_F(StoreTest, LastOkRunCanAskForAFullSnapshot) {
  Store store(path);
  SyncRun full;
  full.id = store.begin_run("le", 1000);
  full.source = "le";
  full.status = "ok";
  store.finish_run(full);
  SyncRun incremental;
  incremental.id = store.begin_run("le", 2000);
  incremental.source = "le";
  incremental.status = "ok";
  incremental.full_snapshot = false;
  store.finish_run(incremental);
  SyncRun failed;
  failed.id = store.begin_run("le", 3000);
  failed.source = "le";
  failed.status = "failed";
  store.finish_run(failed);
  EXPECT_EQ(store.last_ok_run("le", false)->started, 2000);
  EXPECT_EQ(store.last_ok_run("le", true)->started, 1000);
  EXPECT_FALSE(store.last_ok_run("other", false));
}

TEST_F(StoreTest, FeedValidatorsAreRememberedPerUrl) {
  Store store(path);
  EXPECT_EQ(store.feed_validators("http://x/unit/"), (std::pair<std::string, std::string>{}));
  store.set_feed_validators("tpr", "http://x/unit/", "\"v1\"", "");
  store.set_feed_validators("tpr", "http://x/unit/", "\"v2\"", "Wed, 25 Nov 2026 10:00:00 GMT");
  EXPECT_EQ(store.feed_validators("http://x/unit/"),
            (std::pair<std::string, std::string>{"\"v2\"", "Wed, 25 Nov 2026 10:00:00 GMT"}));
}

TEST_F(StoreTest, RefusesASchemaFromTheFuture) {
  { Store store(path); }
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, "PRAGMA user_version=99", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  EXPECT_THROW(Store again(path), StoreError);
}

TEST_F(StoreTest, UnwritableLocationIsAClearError) {
  try {
    Store store(dir / "no/such/dir/db.sqlite");
    FAIL() << "expected StoreError";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("no/such/dir"), std::string::npos);
  }
}

}  // namespace
}  // namespace tarjotin
