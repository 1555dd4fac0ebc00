#include "app/admin_jobs.h"

#include <chrono>
#include <iostream>

#include "app/index_outbox.h"
#include "index/index_writer.h"
#include "model/time.h"
#include "store/store.h"

namespace tarjotin {
namespace {

bool lock_busy(const std::exception& e) {
  return std::string(e.what()).find("is locked by another writer") != std::string::npos;
}

}  // namespace

AdminJobs::AdminJobs(Config config, SyncOptions options, bool writes)
    : config_(std::move(config)), options_(std::move(options)), writes_(writes) {}

AdminJobs::~AdminJobs() { stop(); }

AdminResult AdminJobs::start(const AdminRequest& request) {
  if (!writes_) return {409, "this node does not write the index (role search): ask the indexer", {}};
  std::vector<SourceConfig> sources;
  if (request.action == "sync") {
    std::vector<std::string> names;
    for (const SourceConfig& s : config_.sources) {
      names.push_back(s.name);
      if (request.source.empty() || s.name == request.source) sources.push_back(s);
    }
    if (sources.empty() && !request.source.empty()) return {400, "no source with this name", names};
    if (sources.empty()) return {409, "no sources are configured", {}};
  } else if (request.action != "reindex") {
    return {400, "unknown action", {"sync", "reindex"}};
  }
  std::lock_guard<std::mutex> lock(mutex_);
  if (stopping_) return {409, "the server is stopping", {}};
  if (running_) return {409, "an admin action is already running; try again when it has finished", {}};
  if (thread_.joinable()) thread_.join();  // the previous job, finished
  running_ = true;
  AdminResult result{202, "", {}};
  for (const SourceConfig& s : sources) result.sources.push_back(s.name);
  result.message = request.action == "sync" ? "sync started; its runs appear in /v1/sources"
                                            : "reindex started; the new index is swapped in when it is complete";
  thread_ = std::thread([this, request, sources = std::move(sources)] { run(request, sources); });
  return result;
}

void AdminJobs::stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

template <typename Job>
void AdminJobs::when_unlocked(const std::string& what, Job job) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(kLockWaitSeconds);
  bool said_waiting = false;
  while (true) {
    try {
      job();
      return;
    } catch (const std::exception& e) {
      if (!lock_busy(e) || std::chrono::steady_clock::now() > deadline) {
        std::cerr << "admin " << what << " failed: " << e.what() << std::endl;
        return;
      }
      if (!said_waiting) std::cerr << "admin " << what << " waits for the index write lock" << std::endl;
      said_waiting = true;
    }
    std::unique_lock<std::mutex> lock(mutex_);
    if (wake_.wait_for(lock, std::chrono::seconds(1), [this] { return stopping_; })) return;
  }
}

void AdminJobs::run(const AdminRequest& request, std::vector<SourceConfig> sources) {
  try {
    Store store(config_.store_path());
    if (request.action == "reindex") {
      when_unlocked("reindex", [&] {
        const auto count = rebuild_index_from_store(store, config_.index_root());
        std::cerr << "admin reindex: " << count << " listings indexed" << std::endl;
      });
    } else {
      for (const SourceConfig& source : sources) {
        {
          std::lock_guard<std::mutex> lock(mutex_);
          if (stopping_) break;
        }
        when_unlocked("sync of " + source.name, [&] {
          IndexWriter index(config_.index_root());
          const SyncRun run = sync_source(source, store, index, options_, plan_pull(store, source.name, now_utc()));
          std::cerr << "admin sync " << summary_line(run) << std::endl;
        });
      }
    }
  } catch (const std::exception& e) {
    std::cerr << "admin " << request.action << " failed: " << e.what() << std::endl;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  running_ = false;
}

}  // namespace tarjotin
