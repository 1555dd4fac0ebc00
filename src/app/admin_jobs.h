#pragma once
// AdminJobs: what `serve` does for POST /admin/sync and POST /admin/reindex
// (api/admin_handlers.h): one job at a time, on its own background thread, so
// the request is answered 202 at once and the job's result shows in
// /v1/sources (a sync run) and the server's log.
//
// A job that finds the index write lock held (a scheduled sync, or a CLI sync
// or reindex) waits for it, checking every second, for up to
// kLockWaitSeconds; runs are recorded in the store as any sync's.
//
// Threading: start() from any thread (the API's workers); stop() once (also
// called by the destructor) waits for a running job to finish.

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "api/admin_handlers.h"
#include "app/config.h"
#include "app/sync_runner.h"

namespace tarjotin {

class AdminJobs {
 public:
  static constexpr int kLockWaitSeconds = 600;

  // `writes`: false on a search node (no store, no index of its own): every
  // action is then refused with 409.
  AdminJobs(Config config, SyncOptions options, bool writes);
  ~AdminJobs();
  AdminJobs(const AdminJobs&) = delete;
  AdminJobs& operator=(const AdminJobs&) = delete;

  // 202 when the job was started; 400 for an unknown source; 409 when a job
  // is still running or this node does not write.
  AdminResult start(const AdminRequest& request);
  void stop();

 private:
  void run(const AdminRequest& request, std::vector<SourceConfig> sources);
  // Calls `job` until it does not fail on the write lock (or time is up, or stop()).
  template <typename Job>
  void when_unlocked(const std::string& what, Job job);

  Config config_;
  SyncOptions options_;
  const bool writes_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool running_ = false;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace tarjotin
