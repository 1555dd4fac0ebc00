#pragma once
// ReplicationPublisher: the indexer's side of replication (docs/deployment.md).
//
// Publishes the index to search nodes through Xapian's own replication
// protocol: it runs `xapian-replicate-server <data_dir>/replication -I host -p port`
// (xapian-tools) and keeps, in that directory, one stub database file "index"
// ("auto <index_root>/gen-N") pointing at the generation `current` names.
//
// Why a stub and not the `current` symlink: the server opens the master once
// per connection. Through the stub it resolves to one generation directory
// and reads every file of that connection from it, so a rebuild swapping
// `current` never mixes two generations in one transfer; the next connection
// sees the new generation, whose UUID differs, and Xapian sends the replica a
// full copy. The stub follows `current` within a second (a rebuild by
// `tarjotin reindex` in another process included); until then it names the
// previous generation, which is kept for two swaps (index_layout.h).
//
// Changesets: every writer on an indexer runs with XAPIAN_MAX_CHANGESETS
// (set by the CLI from "max_changesets"), so replicas fetch only what changed;
// without changesets they would get full copies, slower but still correct.
//
// The server is restarted when it exits. Thread-safety: start/stop from one
// thread; metrics_text from any.

#include <sys/types.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "app/replication_config.h"

namespace tarjotin {

// The name search nodes ask the replication server for.
inline constexpr const char* kReplicationMasterName = "index";

class ReplicationPublisher {
 public:
  ReplicationPublisher(std::string data_dir, std::string index_root, ReplicationConfig config);
  ~ReplicationPublisher();
  ReplicationPublisher(const ReplicationPublisher&) = delete;
  ReplicationPublisher& operator=(const ReplicationPublisher&) = delete;

  // Checks that the address can be bound, publishes the stub and starts the
  // server. False with *error (naming the address) when it cannot.
  bool start(std::string* error);
  void stop();

  // Prometheus lines: tarjotin_replication_server_up, tarjotin_replication_server_restarts_total,
  // tarjotin_replication_published_revision.
  std::string metrics_text() const;

 private:
  void run();
  void publish_stub();
  bool start_server(std::string* error);

  std::string publish_dir_;
  std::string index_root_;
  ReplicationConfig config_;
  std::string published_;  // the generation the stub names
  pid_t server_ = -1;
  std::atomic<bool> server_up_{false};
  std::atomic<int> restarts_{0};
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
};

}  // namespace tarjotin
