#include "app/sync_runner.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <unordered_set>

#include "app/index_outbox.h"
#include "model/listing_limits.h"
#include "model/time.h"

namespace tarjotin {
namespace {

// Receives pages from the connector and writes each to the store in one
// transaction; the index follows from the store's outbox afterwards.
class StoreSink : public FeedSink {
 public:
  StoreSink(Store& store, SyncRun& run, const SyncOptions& options) : store_(store), run_(run), options_(options) {}

  void on_page(const std::string&, std::vector<FeedItem> items, std::vector<std::string> deleted_ids) override {
    std::vector<StoredItem> stored;
    stored.reserve(items.size());
    for (FeedItem& item : items) {
      seen_.insert(item.listing.id);
      // Feeds are untrusted: no invalid UTF-8 or megabyte texts reach the store and index.
      const std::string capped = enforce_listing_limits(item.listing);
      if (!capped.empty() && options_.log) options_.log("source=" + run_.source + " listing " + item.listing.id + ": " + capped);
      if (options_.classify) options_.classify(item.listing);
      stored.push_back({std::move(item.listing), std::move(item.raw)});
    }
    for (const UpsertOutcome outcome : store_.upsert(stored, now_utc())) {
      switch (outcome) {
        case UpsertOutcome::added: ++run_.added; break;
        case UpsertOutcome::updated: ++run_.updated; break;
        case UpsertOutcome::unchanged: ++run_.unchanged; break;
      }
    }
    if (!deleted_ids.empty()) remove(deleted_ids);
    listings_ += static_cast<int>(stored.size());
  }

  void on_progress(int pages_done, int pages_total) override {
    if (options_.progress) options_.progress(run_.source, pages_done, pages_total, listings_);
  }

  void on_error(const FeedError& error) override { note_error(error.to_string()); }

  void remove(const std::vector<std::string>& ids) {
    run_.removed += static_cast<int>(store_.remove(ids, now_utc()).size());
  }

  void note_error(const std::string& line) {
    run_.errors.push_back(line);
    if (options_.log) options_.log(line);
  }

  bool seen(const std::string& id) const { return seen_.count(id) > 0; }

 private:
  Store& store_;
  SyncRun& run_;
  const SyncOptions& options_;
  std::unordered_set<std::string> seen_;
  int listings_ = 0;
};

// The store as the connectors' memory of response validators.
class StoreValidators : public ValidatorCache {
 public:
  StoreValidators(Store& store, std::string source) : store_(store), source_(std::move(source)) {}
  Validators get(const std::string& url) override {
    auto [etag, last_modified] = store_.feed_validators(url);
    return {etag, last_modified};
  }
  void put(const std::string& url, const Validators& v) override {
    store_.set_feed_validators(source_, url, v.etag, v.last_modified);
  }

 private:
  Store& store_;
  std::string source_;
};

}  // namespace

SyncRun sync_source(const SourceConfig& source, Store& store, IndexWriter& index, const SyncOptions& options,
                    const PullOptions& pull_options) {
  SyncRun run;
  run.source = source.name;
  run.started = now_utc();
  run.id = store.begin_run(source.name, run.started);
  run.status = "failed";

  StoreSink sink(store, run, options);
  std::string error;
  auto connector = make_connector(source, options.connector, &error);
  PullOutcome outcome;
  if (!connector) {
    sink.note_error("source=" + source.name + ": " + error);
  } else {
    StoreValidators validators(store, source.name);
    PullOptions options_with_validators = pull_options;
    if (!options_with_validators.validators) options_with_validators.validators = &validators;
    outcome = connector->pull(sink, options_with_validators);
  }
  run.pages = outcome.pages;
  run.full_snapshot = outcome.full_snapshot;

  // Absence means removal only after a complete full snapshot without a single
  // error: a skipped item must not look like a deleted listing. Item-level
  // errors (one bad item, one missing linked place) do not fail the run.
  bool suspicious = false;
  if (connector && outcome.complete && outcome.full_snapshot && !outcome.not_modified && run.errors.empty()) {
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
      sink.note_error("source=" + source.name + " url=" + source.url + ": refused to remove " + std::to_string(stale.size()) + " of " +
                      std::to_string(active.size()) +
                      " listings at once (the feed may be broken); they are kept. Use --allow-mass-removal if this is right.");
    } else {
      suspicious = false;
      if (!stale.empty()) sink.remove(stale);
    }
  }
  bool index_ok = true;
  try {
    apply_pending_index_changes(store, index);
  } catch (const std::exception& e) {
    // The store has everything; the next sync or `tarjotin reindex` brings the index up to date.
    sink.note_error("source=" + source.name + ": index update failed (" + e.what() + "); it is retried on the next sync");
    index_ok = false;
  }
  if (connector && outcome.complete && !suspicious && index_ok) run.status = "ok";
  run.finished = now_utc();
  store.finish_run(run);
  return run;
}

PullOptions plan_pull(Store& store, const std::string& source, std::int64_t now, std::int64_t full_every_seconds) {
  PullOptions options;
  const auto last_full = store.last_ok_run(source, true);
  if (!last_full || now - last_full->started >= full_every_seconds) return options;
  const auto last = store.last_ok_run(source, false);
  constexpr std::int64_t kOverlap = 300;  // feeds' clocks and our run's start may differ a little
  options.changed_since = last->started - kOverlap;
  return options;
}

std::string summary_line(const SyncRun& run) {
  char buf[512];
  std::snprintf(buf, sizeof buf, "%s: %s, %s, %d pages, %d added, %d updated, %d unchanged, %d removed, %zu errors, %lld s",
                run.source.c_str(), run.status.c_str(), run.full_snapshot ? "full" : "incremental", run.pages, run.added, run.updated, run.unchanged,
                run.removed, run.errors.size(), static_cast<long long>(run.finished - run.started));
  return buf;
}

std::vector<SourceConfig> in_sync_order(std::vector<SourceConfig> sources) {
  std::stable_partition(sources.begin(), sources.end(),
                        [](const SourceConfig& s) { return s.type == "tpr" || s.type == "ptv"; });
  return sources;
}

}  // namespace tarjotin
