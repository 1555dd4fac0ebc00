#pragma once
// SyncScheduler: runs each configured source on its own interval_minutes in
// one background thread while `serve` answers searches. A source is due when
// its last run (of any outcome) started interval_minutes ago, or never ran.
//
// Runs take the index write lock only while they run; when a CLI sync or a
// reindex holds it, the due source is retried a minute later. Searches never
// wait for a sync: they read the index, which changes batch by batch.
//
// stop() also cancels a sync in progress: its fetches end within a fraction of
// a second (FetchOptions::cancel), the run is recorded as failed ("cancelled
// because tarjotin is stopping") and, like any failed pull, removes nothing;
// what it already stored stays and is indexed.
//
// Threading: start() once, stop() from any thread (also called by the
// destructor); next_run() may be called from any thread.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "app/config.h"
#include "app/sync_runner.h"

namespace tarjotin {

class SyncScheduler {
 public:
  SyncScheduler(Config config, SyncOptions options);
  ~SyncScheduler();
  SyncScheduler(const SyncScheduler&) = delete;
  SyncScheduler& operator=(const SyncScheduler&) = delete;

  void start();
  void stop();

  // UTC seconds when the source is next due; 0 when unknown (not started).
  std::int64_t next_run(const std::string& source) const;

 private:
  void loop();
  // Runs every due source; returns the UTC time the earliest one is due next.
  std::int64_t run_due_sources();

  Config config_;
  SyncOptions options_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
  std::map<std::string, std::int64_t> next_run_;
  std::thread thread_;
};

}  // namespace tarjotin
