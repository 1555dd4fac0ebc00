#include "app/replica_follower.h"

#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <xapian.h>

#include "app/child_process.h"
#include "app/replication_publisher.h"
#include "index/index_layout.h"
#include "index/index_schema.h"
#include "model/time.h"

namespace tarjotin {
namespace fs = std::filesystem;
namespace {

constexpr const char* kGeneration = "gen-1";

// The last line of the tool's output that says what went wrong.
std::string error_line(const std::string& output) {
  std::string last;
  size_t start = 0;
  while (start < output.size()) {
    size_t end = output.find('\n', start);
    if (end == std::string::npos) end = output.size();
    const std::string line = output.substr(start, end - start);
    if (!line.empty() && line.rfind("Connecting to", 0) != 0 && line.rfind("Getting update", 0) != 0) last = line;
    start = end + 1;
  }
  return last.empty() ? "no output" : last;
}

struct ReplicaView {
  std::int64_t revision = 0;
  std::int64_t listings = 0;
  std::string schema;
};

// Opens the replica through its stub; throws Xapian::Error when it does not open.
ReplicaView read_replica(const std::string& dir) {
  const Xapian::Database db(dir);
  return {static_cast<std::int64_t>(db.get_revision()), static_cast<std::int64_t>(db.get_doccount()),
          db.get_metadata(schema::kSchemaVersionKey)};
}

std::string schema_problem(const std::string& schema) {
  if (schema.empty()) return "the replica holds no tarjotin index yet";
  if (schema == schema::kSchemaVersion) return "";
  return "the indexer's index has schema version " + schema + " but this tarjotin reads version " +
         schema::kSchemaVersion + ": run the same tarjotin version on the indexer and the search nodes";
}

}  // namespace

ReplicaFollower::ReplicaFollower(std::string replica_root, ReplicationConfig config)
    : root_(std::move(replica_root)),
      replica_dir_(root_ + "/" + kGeneration),
      marker_(root_ + "/update-in-progress"),
      config_(std::move(config)) {}

ReplicaFollower::~ReplicaFollower() { stop(); }

void ReplicaFollower::set_complete(bool complete) {
  const std::string link = root_ + "/current";
  if (complete) {
    if (!current_generation(root_)) swap_current(root_, kGeneration);
  } else {
    ::unlink(link.c_str());
  }
}

void ReplicaFollower::check_local_replica() {
  fs::create_directories(root_);
  if (fs::exists(marker_)) {
    force_copy_ = true;
    std::cerr << "replica: the last update was interrupted; asking the indexer for a full copy" << std::endl;
  }
  if (!fs::exists(replica_dir_)) {
    set_complete(false);
    return;
  }
  std::string problem;
  try {
    const ReplicaView view = read_replica(replica_dir_);
    problem = schema_problem(view.schema);
    if (problem.empty() && current_generation(root_)) {
      std::lock_guard<std::mutex> lock(mutex_);
      status_.complete = true;
      status_.revision = view.revision;
      status_.listings = view.listings;
      return;
    }
  } catch (const Xapian::Error& e) {
    problem = "the local replica does not open (" + e.get_description() + "); fetching a full copy";
    std::cerr << "replica: " << problem << std::endl;
    set_complete(false);
    std::error_code ignored;
    fs::remove_all(replica_dir_, ignored);
  }
  set_complete(false);
  std::lock_guard<std::mutex> lock(mutex_);
  status_.problem = problem;
}

void ReplicaFollower::start() {
  check_local_replica();
  thread_ = std::thread([this] { run(); });
}

void ReplicaFollower::stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
  }
  wake_.notify_all();
  if (const pid_t child = child_.load(); child > 0) ::kill(child, SIGTERM);
  if (thread_.joinable()) thread_.join();
}

void ReplicaFollower::run() {
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (stopping_) return;
    }
    try {
      update_once();
    } catch (const std::exception& e) {
      std::lock_guard<std::mutex> lock(mutex_);
      status_.last_error = e.what();
    }
    std::unique_lock<std::mutex> lock(mutex_);
    wake_.wait_for(lock, std::chrono::milliseconds(static_cast<std::int64_t>(config_.interval_seconds * 1000)),
                   [this] { return stopping_; });
    if (stopping_) return;
  }
}

void ReplicaFollower::update_once() {
  const std::int64_t started = now_utc();
  { std::ofstream(marker_) << started << "\n"; }
  std::vector<std::string> argv = {"xapian-replicate", "-h", config_.indexer_host, "-p",
                                   std::to_string(config_.indexer_port), "-m", kReplicationMasterName, "-o", "-v",
                                   // reader time 0: readers retry on DatabaseModifiedError (index/searcher.h)
                                   "-r", "0", "-t", std::to_string(config_.timeout_seconds)};
  if (force_copy_) argv.push_back("-f");
  argv.push_back(replica_dir_);
  const ProcessResult result = run_process(argv, &child_);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_) return;  // killed mid-way: the marker stays, the next start asks for a full copy
  }
  std::error_code ignored;
  fs::remove(marker_, ignored);

  std::int64_t copies = 0, changesets = 0;
  static const std::regex kComplete(R"(Update complete: (\d+) copies, (\d+) changesets)");
  std::smatch m;
  if (std::regex_search(result.output, m, kComplete)) {
    copies = std::stoll(m[1]);
    changesets = std::stoll(m[2]);
  }
  std::string error;
  std::optional<ReplicaView> view;
  if (!result.started) {
    error = "cannot run xapian-replicate (Debian package xapian-tools): " + error_line(result.output);
  } else if (result.exit_code != 0) {
    error = "update from the indexer at " + config_.indexer_host + ":" + std::to_string(config_.indexer_port) +
            " failed: " + error_line(result.output);
  } else {
    try {
      view = read_replica(replica_dir_);
    } catch (const Xapian::Error& e) {
      error = "the replica does not open after an update: " + e.get_description();
      force_copy_ = true;
    }
  }
  const std::string problem = view ? schema_problem(view->schema) : "";
  if (view && problem.empty()) {
    set_complete(true);
    force_copy_ = false;
  } else if (view || force_copy_) {
    set_complete(false);  // never serve a replica this tarjotin cannot read
  }

  std::lock_guard<std::mutex> lock(mutex_);
  status_.last_attempt = started;
  status_.full_copies += copies;
  status_.changesets += changesets;
  if (view) {
    ++status_.updates;
    status_.last_error = problem;
    status_.problem = problem;
    status_.complete = problem.empty();
    if (problem.empty()) {
      status_.last_success = started;
      status_.revision = view->revision;
      status_.listings = view->listings;
    }
  } else {
    ++status_.failed_updates;
    status_.last_error = error;
    if (!status_.complete) status_.problem = error;
  }
}

ReplicaStatus ReplicaFollower::status() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return status_;
}

std::string ReplicaFollower::not_ready_reason() const {
  const ReplicaStatus s = status();
  if (s.complete) return "";
  std::string reason = "no complete replica of the indexer's index yet (indexer " + config_.indexer_host + ":" +
                       std::to_string(config_.indexer_port) + ")";
  const std::string detail = !s.problem.empty() ? s.problem : s.last_error;
  if (!detail.empty()) reason += ": " + detail;
  else if (!s.last_attempt) reason += ": the first update is running";
  return reason;
}

std::string ReplicaFollower::status_json() const {
  const ReplicaStatus s = status();
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  const auto opt_int = [&w](const std::optional<std::int64_t>& v) { v ? w.Int64(*v) : w.Null(); };
  const auto opt_time = [&w](const std::optional<std::int64_t>& v) {
    if (v) {
      const std::string t = format_utc(*v);
      w.String(t.c_str());
    } else {
      w.Null();
    }
  };
  const auto opt_text = [&w](const std::string& v) { v.empty() ? w.Null() : w.String(v.c_str()); };
  w.StartObject();
  const std::string indexer = config_.indexer_host + ":" + std::to_string(config_.indexer_port);
  w.Key("indexer");
  w.String(indexer.c_str());
  w.Key("complete");
  w.Bool(s.complete);
  w.Key("revision");
  opt_int(s.revision);
  w.Key("listings");
  opt_int(s.listings);
  w.Key("last_success");
  opt_time(s.last_success);
  w.Key("lag_seconds");
  if (s.last_success) w.Int64(std::max<std::int64_t>(0, now_utc() - *s.last_success));
  else w.Null();
  w.Key("last_attempt");
  opt_time(s.last_attempt);
  w.Key("last_error");
  opt_text(s.last_error);
  w.Key("updates");
  w.Int64(s.updates);
  w.Key("failed_updates");
  w.Int64(s.failed_updates);
  w.Key("full_copies");
  w.Int64(s.full_copies);
  w.Key("changesets");
  w.Int64(s.changesets);
  w.EndObject();
  return buf.GetString();
}

std::string ReplicaFollower::metrics_text() const {
  const ReplicaStatus s = status();
  std::string out =
      "# HELP tarjotin_replica_complete 1 while a complete replica of the indexer's index is served.\n"
      "# TYPE tarjotin_replica_complete gauge\n"
      "tarjotin_replica_complete " + std::string(s.complete ? "1" : "0") + "\n";
  if (s.revision)
    out += "# HELP tarjotin_replica_revision Xapian revision of the replica served.\n"
           "# TYPE tarjotin_replica_revision gauge\n"
           "tarjotin_replica_revision " + std::to_string(*s.revision) + "\n";
  if (s.last_success)
    out += "# HELP tarjotin_replica_lag_seconds Seconds since the last successful update began: the replica "
           "holds everything the indexer had committed then.\n"
           "# TYPE tarjotin_replica_lag_seconds gauge\n"
           "tarjotin_replica_lag_seconds " + std::to_string(std::max<std::int64_t>(0, now_utc() - *s.last_success)) +
           "\n";
  out += "# HELP tarjotin_replica_updates_total Updates from the indexer, by result.\n"
         "# TYPE tarjotin_replica_updates_total counter\n"
         "tarjotin_replica_updates_total{result=\"ok\"} " + std::to_string(s.updates) + "\n"
         "tarjotin_replica_updates_total{result=\"failed\"} " + std::to_string(s.failed_updates) + "\n"
         "# HELP tarjotin_replica_full_copies_total Full copies of the index received.\n"
         "# TYPE tarjotin_replica_full_copies_total counter\n"
         "tarjotin_replica_full_copies_total " + std::to_string(s.full_copies) + "\n"
         "# HELP tarjotin_replica_changesets_total Changesets applied to the replica.\n"
         "# TYPE tarjotin_replica_changesets_total counter\n"
         "tarjotin_replica_changesets_total " + std::to_string(s.changesets) + "\n";
  return out;
}

}  // namespace tarjotin
