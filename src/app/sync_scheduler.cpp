#include "app/sync_scheduler.h"

#include <algorithm>
#include <iostream>

#include "app/index_outbox.h"
#include "index/index_writer.h"
#include "model/time.h"
#include "store/store.h"

namespace tarjotin {

constexpr std::int64_t kBusyRetrySeconds = 60;

SyncScheduler::SyncScheduler(Config config, SyncOptions options)
    : config_(std::move(config)), options_(std::move(options)) {
  options_.connector.fetch.cancel = cancel_;
}

SyncScheduler::~SyncScheduler() { stop(); }

void SyncScheduler::start() {
  thread_ = std::thread([this] { loop(); });
}

void SyncScheduler::stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  cancel_->store(true);
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

std::int64_t SyncScheduler::next_run(const std::string& source) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = next_run_.find(source);
  return it == next_run_.end() ? 0 : it->second;
}

void SyncScheduler::loop() {
  while (true) {
    const std::int64_t next = run_due_sources();
    std::unique_lock<std::mutex> lock(mutex_);
    const auto wait = std::chrono::seconds(std::max<std::int64_t>(1, next - now_utc()));
    if (wake_.wait_for(lock, wait, [this] { return stopping_; })) return;
  }
}

std::int64_t SyncScheduler::run_due_sources() {
  std::int64_t earliest = now_utc() + 24 * 3600;
  try {
    Store store(config_.store_path());
    if (rebuild_if_schema_changed(store, config_.index_root()))
      std::cerr << "scheduler: the index was built by another version of tarjotin; rebuilt it from the store"
                << std::endl;
    for (const SourceConfig& source : in_sync_order(config_.sources)) {
      {
        std::lock_guard<std::mutex> lock(mutex_);
        if (stopping_) return earliest;
      }
      const std::int64_t interval = std::int64_t{source.interval_minutes} * 60;
      const auto runs = store.recent_runs(source.name, 1);
      std::int64_t due = runs.empty() ? 0 : runs.front().started + interval;
      if (due <= now_utc()) {
        try {
          IndexWriter index(config_.index_root());
          const SyncRun run = sync_source(source, store, index, options_, plan_pull(store, source.name, now_utc()));
          std::cerr << "scheduled sync " << summary_line(run) << std::endl;
          due = run.started + interval;
        } catch (const std::exception& e) {
          // Most often the write lock: a CLI sync or reindex is running.
          std::cerr << "scheduled sync of " << source.name << " postponed: " << e.what() << std::endl;
          due = now_utc() + kBusyRetrySeconds;
        }
      }
      {
        std::lock_guard<std::mutex> lock(mutex_);
        next_run_[source.name] = due;
      }
      earliest = std::min(earliest, due);
    }
  } catch (const std::exception& e) {
    std::cerr << "scheduler: " << e.what() << std::endl;
    earliest = now_utc() + kBusyRetrySeconds;
  }
  return earliest;
}

}  // namespace tarjotin
