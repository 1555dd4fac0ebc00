#include "app/sync_runner.h"

#include <chrono>
#include <cstdio>
#include <unordered_set>

#include "model/time.h"

namespace tarjotin {
namespace {

// Receives pages from the connector and writes them through store and index.
class StoreAndIndexSink : public FeedSink {
 public:
  StoreAndIndexSink(Store& store, IndexWriter& index, SyncRun& run, const SyncOptions& options)
      : store_(store), index_(index), run_(run), options_(options) {}

  void on_page(const std::string&, std::vector<FeedItem> items, std::vector<std::string> deleted_ids) override {
    std::vector<StoredItem> stored;
    stored.reserve(items.size());
    for (FeedItem& item : items) {
      seen_.insert(item.listing.id);
      stored.push_back({std::move(item.listing), std::move(item.raw)});
    }
    const std::int64_t now = now_utc();
    const auto outcomes = store_.upsert(stored, now);
    for (size_t i = 0; i < outcomes.size(); ++i) {
      switch (outcomes[i]) {
        case UpsertOutcome::added: ++run_.added; break;
        case UpsertOutcome::updated: ++run_.updated; break;
        case UpsertOutcome::unchanged: ++run_.unchanged; continue;
      }
      Listing listing = stored[i].listing;
      listing.last_seen = now;
      index_guarded([&] { index_.upsert(listing); });
    }
    if (!deleted_ids.empty()) remove(deleted_ids);
  }

  void on_error(const FeedError& error) override { note_error(error.to_string()); }

  void remove(const std::vector<std::string>& ids) {
    const auto removed = store_.remove(ids, now_utc());
    run_.removed += static_cast<int>(removed.size());
    for (const auto& id : removed) index_guarded([&] { index_.remove(id); });
  }

  void note_error(const std::string& line) {
    run_.errors.push_back(line);
    if (options_.log) options_.log(line);
  }

  bool seen(const std::string& id) const { return seen_.count(id) > 0; }
  bool index_failed() const { return index_failed_; }

 private:
  // The store is the source of truth: an index failure is recorded, the sync
  // goes on, and `tarjotin reindex` repairs the index.
  template <typename F>
  void index_guarded(F&& write) {
    if (index_failed_) return;
    try {
      write();
    } catch (const std::exception& e) {
      index_failed_ = true;
      note_error("source=" + run_.source + ": index update failed (" + e.what() + "); run 'tarjotin reindex'");
    }
  }

  Store& store_;
  IndexWriter& index_;
  SyncRun& run_;
  const SyncOptions& options_;
  std::unordered_set<std::string> seen_;
  bool index_failed_ = false;
};

}  // namespace

SyncRun sync_source(const SourceConfig& source, Store& store, IndexWriter& index, const SyncOptions& options,
                    const PullOptions& pull_options) {
  SyncRun run;
  run.source = source.name;
  run.started = now_utc();
  run.id = store.begin_run(source.name, run.started);
  run.status = "failed";

  StoreAndIndexSink sink(store, index, run, options);
  std::string error;
  auto connector = make_connector(source, options.connector, &error);
  PullOutcome outcome;
  if (!connector) {
    sink.note_error("source=" + source.name + ": " + error);
  } else {
    outcome = connector->pull(sink, pull_options);
  }
  run.pages = outcome.pages;

  // Absence means removal only after a complete full snapshot without a single
  // error: a skipped item must not look like a deleted listing. Item-level
  // errors (one bad item, one missing linked place) do not fail the run.
  bool suspicious = false;
  if (connector && outcome.complete && outcome.full_snapshot && run.errors.empty()) {
    std::vector<std::string> stale;
    const auto active = store.active_ids(source.name);
    for (const auto& id : active)
      if (!sink.seen(id)) stale.push_back(id);
    // An empty feed where there were listings, or one that drops most of them,
    // is more likely a broken upstream than a real change.
    suspicious = (stale.size() == active.size() && !active.empty()) ||
                 (static_cast<int>(stale.size()) > options.removal_guard_minimum &&
                  stale.size() > options.max_removal_fraction * static_cast<double>(active.size()));
    if (suspicious && !options.allow_mass_removal) {
      sink.note_error("source=" + source.name + ": refused to remove " + std::to_string(stale.size()) + " of " +
                      std::to_string(active.size()) +
                      " listings at once (the feed may be broken); they are kept. Use --allow-mass-removal if this is right.");
    } else {
      suspicious = false;
      if (!stale.empty()) sink.remove(stale);
    }
  }
  if (connector && outcome.complete && !suspicious && !sink.index_failed()) run.status = "ok";
  try {
    index.commit();
  } catch (const std::exception& e) {
    sink.note_error("source=" + source.name + ": index commit failed (" + e.what() + "); run 'tarjotin reindex'");
    run.status = "failed";
  }
  run.finished = now_utc();
  store.finish_run(run);
  return run;
}

std::string summary_line(const SyncRun& run) {
  char buf[512];
  std::snprintf(buf, sizeof buf, "%s: %s, %d pages, %d added, %d updated, %d unchanged, %d removed, %zu errors, %lld s",
                run.source.c_str(), run.status.c_str(), run.pages, run.added, run.updated, run.unchanged,
                run.removed, run.errors.size(), static_cast<long long>(run.finished - run.started));
  return buf;
}

}  // namespace tarjotin
