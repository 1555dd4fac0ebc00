#include "app/serve_role.h"

#include <cstdlib>
#include <iostream>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "app/replica_follower.h"
#include "app/replication_publisher.h"

namespace tarjotin {
namespace {

// /v1/sources on a search node: the configured sources (no store, so no sync
// status) and the replica.
std::string search_node_sources_json(const Config& config, const ReplicaFollower& follower) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("sources");
  w.StartArray();
  for (const auto& s : config.sources) {
    w.StartObject();
    w.Key("name");
    w.String(s.name.c_str());
    w.Key("type");
    w.String(s.type.c_str());
    w.EndObject();
  }
  w.EndArray();
  w.Key("replica");
  const std::string replica = follower.status_json();
  w.RawValue(replica.c_str(), replica.size(), rapidjson::kObjectType);
  w.EndObject();
  return buf.GetString();
}

}  // namespace

void prepare_role_environment(const Config& config) {
  if (config.role == Role::indexer)
    setenv("XAPIAN_MAX_CHANGESETS", std::to_string(config.replication.max_changesets).c_str(), 0);
}

std::string refused_by_role(const Config& config, const std::string& command,
                            const std::vector<std::string>& positional) {
  if (config.role != Role::search) return "";
  const bool writes = command == "sync" || command == "reindex" ||
                      (command == "vocab" && !positional.empty() && positional[0] == "reclassify");
  if (!writes) return "";
  return "this node has role \"search\": it serves a replica of the indexer's index and never writes; run " +
         command + " on the indexer";
}

ServeRole::ServeRole(const Config& config) : config_(config) {
  if (config.role == Role::indexer)
    publisher_ = std::make_unique<ReplicationPublisher>(config.data_dir, config.index_root(), config.replication);
  if (config.role == Role::search)
    follower_ = std::make_unique<ReplicaFollower>(config.index_root(), config.replication);
}

ServeRole::~ServeRole() { stop(); }

bool ServeRole::syncs() const { return config_.role != Role::search; }

void ServeRole::configure_api(ApiOptions& options) {
  if (publisher_) {
    ReplicationPublisher* publisher = publisher_.get();
    auto standalone = options.extra_metrics;
    options.extra_metrics = [standalone, publisher] {
      return (standalone ? standalone() : std::string()) + publisher->metrics_text();
    };
  }
  if (follower_) {
    const ReplicaFollower* follower = follower_.get();
    const Config& config = config_;
    options.sources_json = [&config, follower] { return search_node_sources_json(config, *follower); };
    options.extra_metrics = [follower] { return follower->metrics_text(); };
    options.not_ready_reason = [follower] { return follower->not_ready_reason(); };
    // Shortlists are written on the indexer only: the load balancer sends
    // /v1/shortlists and /s/ there (docs/deployment.md); here they answer 503.
    options.shortlists.reset();
  }
}

bool ServeRole::start(std::string* error) {
  if (publisher_ && !publisher_->start(error)) return false;
  if (follower_) follower_->start();
  return true;
}

void ServeRole::stop() {
  if (publisher_) publisher_->stop();
  if (follower_) follower_->stop();
}

}  // namespace tarjotin
