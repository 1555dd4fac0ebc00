#pragma once
// ReplicaFollower: a search node's side of replication (docs/deployment.md).
//
// Keeps a local replica of the indexer's index up to date by running
// `xapian-replicate -o` (xapian-tools) against the indexer's replication
// server every interval_seconds. Layout under replica_root (the node's index
// root, so the API and `tarjotin search` read it like any index):
//
//   gen-1/            the Xapian replica: a stub XAPIANDB naming replica_0 or
//                     replica_1; a full copy arrives in the other one and the
//                     stub is switched atomically (the Searcher then closes and
//                     opens, never reopen(): index/searcher.h)
//   current -> gen-1  created once the first complete replica is there, so
//                     /ready stays 503 until then
//   update-in-progress  marker while an update runs; found at start it means
//                     the last update was killed mid-way, and the first update
//                     asks for a full copy (-f)
//
// A replica that does not open, or whose index has another schema version
// than this tarjotin reads, is not served (current is removed) and is
// replaced by a full copy. When the indexer cannot be reached the node keeps
// serving its last revision; status() says what the last attempt met.
//
// Thread-safety: start/stop from one thread; the other methods from any.

#include <sys/types.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "app/replication_config.h"

namespace tarjotin {

struct ReplicaStatus {
  bool complete = false;                 // a complete replica is served
  std::optional<std::int64_t> revision;  // of the replica served
  std::optional<std::int64_t> listings;
  std::optional<std::int64_t> last_success;   // UTC seconds: start of the last successful update
  std::optional<std::int64_t> last_attempt;   // UTC seconds
  std::string last_error;                     // of the last attempt; "" when it succeeded
  std::string problem;                        // why the replica is not served, "" when it is
  std::int64_t updates = 0, failed_updates = 0, full_copies = 0, changesets = 0;
};

class ReplicaFollower {
 public:
  ReplicaFollower(std::string replica_root, ReplicationConfig config);
  ~ReplicaFollower();
  ReplicaFollower(const ReplicaFollower&) = delete;
  ReplicaFollower& operator=(const ReplicaFollower&) = delete;

  void start();
  void stop();  // ends an update in progress too

  ReplicaStatus status() const;
  // Why /ready is 503: no complete replica yet, and what the last attempt met.
  std::string not_ready_reason() const;
  // The "replica" object of /v1/sources.
  std::string status_json() const;
  // Prometheus lines tarjotin_replica_*.
  std::string metrics_text() const;

 private:
  void run();
  void update_once();
  void check_local_replica();
  void set_complete(bool complete);

  std::string root_;
  std::string replica_dir_;
  std::string marker_;
  ReplicationConfig config_;
  bool force_copy_ = false;
  mutable std::mutex mutex_;  // guards status_ and stopping_
  ReplicaStatus status_;
  bool stopping_ = false;
  std::condition_variable wake_;
  std::atomic<pid_t> child_{0};
  std::thread thread_;
};

}  // namespace tarjotin
