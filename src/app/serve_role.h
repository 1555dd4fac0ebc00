#pragma once
// What a node's role (app/replication_config.h) changes in the command line
// and in `tarjotin serve`:
//
//   standalone  nothing.
//   indexer     every command that writes the index runs with
//               XAPIAN_MAX_CHANGESETS (so search nodes get changesets, not full
//               copies); serve also publishes the index (replication_publisher.h)
//               and adds its replication metrics. The indexer still answers the
//               whole API on "listen" (status, metrics, debugging); put only
//               search nodes behind the load balancer.
//   search      no sync and no writes: sync, reindex and vocab reclassify are
//               refused; serve follows the indexer (replica_follower.h) and
//               answers from the replica: /ready says why it is not ready,
//               /v1/sources and /metrics show the replica's revision and lag.

#include <memory>
#include <string>
#include <vector>

#include "api/server.h"
#include "app/config.h"

namespace tarjotin {

class ReplicationPublisher;
class ReplicaFollower;

// Sets up the process environment for the role (XAPIAN_MAX_CHANGESETS on an
// indexer, unless already set). Call before any index is opened.
void prepare_role_environment(const Config& config);

// Why `command` (with its positional arguments) may not run on this node, or
// "" when it may.
std::string refused_by_role(const Config& config, const std::string& command,
                            const std::vector<std::string>& positional);

class ServeRole {
 public:
  explicit ServeRole(const Config& config);
  ~ServeRole();

  // False on a search node: it never syncs.
  bool syncs() const;
  // Adds the role's hooks to the API options (after the standalone ones are set).
  void configure_api(ApiOptions& options);
  // Starts publishing or following. False with *error when it cannot.
  bool start(std::string* error);
  void stop();

 private:
  const Config& config_;
  std::unique_ptr<ReplicationPublisher> publisher_;
  std::unique_ptr<ReplicaFollower> follower_;
};

}  // namespace tarjotin
