// Replication end to end on loopback: an indexer and search nodes as separate
// `tarjotin serve` processes (roles "indexer" and "search"), the indexer's
// feed a Linked Events page read with file://, the replicas kept by
// xapian-replicate-server / xapian-replicate (xapian-tools).
#include <gtest/gtest.h>
#include <httplib.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <regex>
#include <sstream>
#include <thread>

#include "process_helpers.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// Long enough for a loaded CI machine; the replication interval is 0.1-0.2 s.
constexpr auto kPatience = 60s;

using Result = testing::CommandResult;

Result run(const std::string& args) { return testing::run_command(std::string(TARJOTIN_BINARY) + " " + args); }

using testing::free_port;

// True when nothing listens on 127.0.0.1:port (a connection is refused).
bool nothing_listens(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<uint16_t>(port));
  const bool refused = fd >= 0 && connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0;
  if (fd >= 0) close(fd);
  return refused;
}

bool eventually(const std::function<bool()>& condition) {
  const auto deadline = std::chrono::steady_clock::now() + kPatience;
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(50ms);
  }
  return condition();
}

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// `tarjotin --config CONFIG serve` in the background, output to LOG; killed
// (SIGKILL) and reaped when the object goes, however the test ends.
class Serve {
 public:
  Serve(const std::string& config, const std::string& log) : log_(log) {
    pid_ = fork();
    if (pid_ == 0) {
      FILE* out = freopen(log.c_str(), "a", stdout);
      (void)out;
      dup2(STDOUT_FILENO, STDERR_FILENO);
      execl(TARJOTIN_BINARY, TARJOTIN_BINARY, "--config", config.c_str(), "serve", static_cast<char*>(nullptr));
      _exit(127);
    }
  }
  ~Serve() { kill_now(); }
  void kill_now() {
    if (pid_ <= 0) return;
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
  int terminate() {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return status;
  }
  pid_t pid() const { return pid_; }
  std::string log() const { return read_text(log_); }

 private:
  pid_t pid_ = -1;
  std::string log_;
};

struct Reply {
  int status = 0;  // 0: no answer
  std::string body;
};

Reply get(int port, const std::string& path) {
  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(5);
  client.set_read_timeout(30);
  auto res = client.Get(path.c_str());
  if (!res) return {};
  return {res->status, res->body};
}

rapidjson::Document parse(const std::string& body) {
  rapidjson::Document doc;
  doc.Parse(body.c_str());
  return doc;
}

std::int64_t search_total(int port, const std::string& query) {
  const Reply r = get(port, "/v1/search?" + query);
  if (r.status != 200) return -1;
  const auto doc = parse(r.body);
  return doc.IsObject() && doc.HasMember("total") ? doc["total"].GetInt64() : -1;
}

// A Prometheus sample's value, or -1.
double metric(int port, const std::string& name) {
  const Reply r = get(port, "/metrics");
  std::smatch m;
  if (r.status != 200 || !std::regex_search(r.body, m, std::regex("\n" + name + " ([0-9.e+-]+)\n"))) return -1;
  return std::stod(m[1]);
}

class ReplicationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GT(replication_port, 0);
    ASSERT_GT(indexer_port, 0);
    // The demo's first Linked Events page, alone (no next page), is the indexer's feed.
    page.Parse(read_text(std::string(TARJOTIN_DEMO_PAGES) + "/page-1.json").c_str());
    ASSERT_TRUE(page.IsObject());
    page["meta"]["next"].SetNull();
    demo_listings = static_cast<int>(page["data"].Size());
    write_feed();
    std::ofstream(indexer_config) << R"({"data_dir": "indexer", "listen": "127.0.0.1:)" << indexer_port
                                  << R"(", "role": "indexer", "replication": {"listen": "127.0.0.1:)"
                                  << replication_port << R"("}, "sources": [{"name": "le", "type": "linkedevents", "url": "file://)"
                                  << feed << R"(", "interval_minutes": 60}]})";
  }

  void write_feed() {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buf);
    page.Accept(writer);
    const std::string tmp = feed + ".tmp";
    std::ofstream(tmp) << buf.GetString();
    fs::rename(tmp, feed);
  }

  // Adds an event named `word` to the feed (a copy of the first one); its
  // listing id is "le:demo:<word>".
  std::string add_event(const std::string& word) {
    auto& a = page.GetAllocator();
    rapidjson::Value event;
    event.CopyFrom(page["data"][0], a);
    const std::string id = "demo:" + word;
    event["id"].SetString(id.c_str(), a);
    rapidjson::Value name(rapidjson::kObjectType);
    name.AddMember("fi", rapidjson::Value(("Replikointitesti " + word).c_str(), a), a);
    event["name"] = name;
    page["data"].PushBack(event, a);
    write_feed();
    return "le:" + id;
  }

  // Syncs the feed on the indexer by hand (`tarjotin sync`, role indexer).
  void sync_indexer() {
    const Result r = run("--config " + indexer_config + " sync");
    ASSERT_EQ(r.exit_code, 0) << r.output;
  }

  // A search node's config; its data under `name`.
  std::string node_config(const std::string& name, int port, double interval = 0.2) {
    const std::string path = dir / (name + ".json");
    std::ofstream(path) << R"({"data_dir": ")" << name << R"(", "listen": "127.0.0.1:)" << port
                        << R"(", "role": "search", "replication": {"indexer": "127.0.0.1:)" << replication_port
                        << R"(", "interval_seconds": )" << interval << R"(, "timeout_seconds": 10}, "sources": [],)"
                        // The search load comes from one address: no per-address rate limit.
                        << R"( "limits": {"requests_per_second": 0}})";
    return path;
  }

  std::unique_ptr<Serve> start_indexer() {
    auto indexer = std::make_unique<Serve>(indexer_config, dir / "indexer.log");
    const bool up = eventually([&] { return search_total(indexer_port, "") >= demo_listings; });
    EXPECT_TRUE(up) << indexer->log();
    // The scheduler's first sync has finished when /v1/sources reports it.
    EXPECT_TRUE(eventually([&] { return get(indexer_port, "/v1/sources").body.find("\"status\":\"ok\"") != std::string::npos; }))
        << get(indexer_port, "/v1/sources").body;
    return indexer;
  }

  bool listing_found(int port, const std::string& id, const std::string& word) {
    return get(port, "/v1/listings/" + id).status == 200 && search_total(port, "q=" + word) == 1;
  }

  testing::TempDir dir;
  std::string feed = dir / "feed.json";
  std::string indexer_config = dir / "indexer.json";
  int replication_port = free_port();
  int indexer_port = free_port();
  rapidjson::Document page;
  int demo_listings = 0;
};

TEST_F(ReplicationTest, AListingSyncedOnTheIndexerBecomesSearchableOnBothSearchNodes) {
  auto indexer = start_indexer();
  const int port_a = free_port(), port_b = free_port();
  Serve a(node_config("node-a", port_a), dir / "node-a.log");
  Serve b(node_config("node-b", port_b), dir / "node-b.log");
  // The scheduler's sync on the indexer reaches both nodes.
  for (int port : {port_a, port_b}) {
    ASSERT_TRUE(eventually([&] { return get(port, "/ready").status == 200; }))
        << get(port, "/ready").body << a.log() << b.log();
    EXPECT_EQ(search_total(port, ""), demo_listings);
  }

  const std::string id = add_event("zyxwvutsa");
  EXPECT_EQ(get(port_a, "/v1/listings/" + id).status, 404);
  sync_indexer();
  for (int port : {port_a, port_b}) {
    EXPECT_TRUE(eventually([&] { return listing_found(port, id, "zyxwvutsa"); })) << a.log() << b.log();
    EXPECT_EQ(search_total(port, ""), demo_listings + 1);
  }
  // The update came as a changeset, not a copy: one full copy per node, at start.
  EXPECT_EQ(metric(port_a, "tarjotin_replica_full_copies_total"), 1);
  EXPECT_GE(metric(port_a, "tarjotin_replica_changesets_total"), 1);

  // /v1/sources and /metrics say which revision is served and how far behind it is.
  const auto sources = parse(get(port_b, "/v1/sources").body);
  ASSERT_TRUE(sources.IsObject() && sources.HasMember("replica"));
  const auto& replica = sources["replica"];
  EXPECT_TRUE(replica["complete"].GetBool());
  EXPECT_GT(replica["revision"].GetInt64(), 0);
  EXPECT_EQ(replica["listings"].GetInt64(), demo_listings + 1);
  EXPECT_TRUE(replica["lag_seconds"].IsInt64());
  EXPECT_EQ(metric(port_b, "tarjotin_replica_revision"), replica["revision"].GetInt64());
  EXPECT_GE(metric(port_b, "tarjotin_replica_lag_seconds"), 0);

  // A search node never writes.
  const Result refused = run("--config " + dir / "node-a.json" + " sync");
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.output.find("role \"search\""), std::string::npos) << refused.output;

  // The indexer stops cleanly and takes its replication server with it.
  EXPECT_FALSE(nothing_listens(replication_port));
  const int status = indexer->terminate();
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_TRUE(eventually([&] { return nothing_listens(replication_port); }));
}

TEST_F(ReplicationTest, ASearchLoadDuringUpdatesAndAFullCopySeesNoFailedRequest) {
  auto indexer = start_indexer();
  const int port = free_port();
  Serve node(node_config("node", port, 0.1), dir / "node.log");
  ASSERT_TRUE(eventually([&] { return get(port, "/ready").status == 200; })) << get(port, "/ready").body << node.log();

  std::atomic<bool> stop{false};
  std::atomic<int> requests{0}, failures{0};
  std::string first_failure;
  std::mutex failure_mutex;
  std::vector<std::thread> load;
  for (int t = 0; t < 3; ++t) {
    load.emplace_back([&, t] {
      const std::vector<std::string> paths = {"/v1/search?q=kirjasto", "/v1/search?page_size=50",
                                              "/v1/listings/le:demo:kielikahvila-oodi"};
      httplib::Client client("127.0.0.1", port);
      client.set_read_timeout(30);
      for (int i = t; !stop; ++i) {
        const std::string& path = paths[static_cast<size_t>(i) % paths.size()];
        auto res = client.Get(path.c_str());
        ++requests;
        if (!res || res->status != 200) {
          ++failures;
          std::lock_guard<std::mutex> lock(failure_mutex);
          if (first_failure.empty())
            first_failure = path + " -> " + (res ? std::to_string(res->status) + " " + res->body : "no answer");
        }
      }
    });
  }
  // Changesets, then a rebuild into a new generation (a full copy on the node), then changesets again.
  const std::string first = add_event("ensimmainenlisays");
  sync_indexer();
  EXPECT_TRUE(eventually([&] { return listing_found(port, first, "ensimmainenlisays"); }));
  const Result reindex = run("--config " + indexer_config + " reindex");
  EXPECT_EQ(reindex.exit_code, 0) << reindex.output;
  EXPECT_TRUE(eventually([&] { return metric(port, "tarjotin_replica_full_copies_total") >= 2; })) << node.log();
  const std::string second = add_event("toinenlisays");
  sync_indexer();
  EXPECT_TRUE(eventually([&] { return listing_found(port, second, "toinenlisays"); }));
  EXPECT_TRUE(listing_found(port, first, "ensimmainenlisays"));
  stop = true;
  for (auto& t : load) t.join();

  EXPECT_GT(requests.load(), 0);
  EXPECT_EQ(failures.load(), 0) << first_failure;
}

// The pids of the children of every thread of `pid`.
std::vector<pid_t> children_of(pid_t pid) {
  std::vector<pid_t> out;
  std::error_code ec;
  for (fs::directory_iterator it("/proc/" + std::to_string(pid) + "/task", ec), end; !ec && it != end;
       it.increment(ec)) {
    std::ifstream in(it->path() / "children");
    pid_t child;
    while (in >> child) out.push_back(child);
  }
  return out;
}

TEST_F(ReplicationTest, ASearchNodeKilledDuringAnUpdateRecoversWithAFullCopy) {
  auto indexer = start_indexer();
  const int port = free_port();
  const std::string config = node_config("node", port, 0.1);
  const std::string marker = dir / "node/replica/update-in-progress";
  // Kill the node while its xapian-replicate runs (it dies with the node). An
  // update can end between seeing the child and the kill, so try a few times.
  bool killed_mid_update = false;
  for (int attempt = 1; attempt <= 10 && !killed_mid_update; ++attempt) {
    Serve node(config, dir / ("node-1-" + std::to_string(attempt) + ".log"));
    ASSERT_TRUE(eventually([&] { return get(port, "/ready").status == 200; })) << get(port, "/ready").body << node.log();
    const bool caught = eventually([&] {
      if (children_of(node.pid()).empty()) return false;
      node.kill_now();
      return true;
    });
    ASSERT_TRUE(caught);
    killed_mid_update = fs::exists(marker);
  }
  ASSERT_TRUE(killed_mid_update) << "the node was never killed during an update";
  const std::string id = add_event("kaatumisenjalkeen");
  sync_indexer();

  Serve node(config, dir / "node-2.log");
  EXPECT_TRUE(eventually([&] { return listing_found(port, id, "kaatumisenjalkeen"); })) << node.log();
  EXPECT_GE(metric(port, "tarjotin_replica_full_copies_total"), 1) << node.log();
  EXPECT_NE(node.log().find("interrupted"), std::string::npos) << node.log();
  // The recovery removed the stale marker. The node updates every 0.1 s and each
  // update writes a fresh marker for its duration, so wait for a gap between updates.
  EXPECT_TRUE(eventually([&] { return !fs::exists(marker); })) << node.log();
  EXPECT_EQ(search_total(port, ""), demo_listings + 1);
}

TEST_F(ReplicationTest, ANodeStartedWhileTheIndexerIsDownSaysWhyThenCatchesUp) {
  const int port = free_port();
  Serve node(node_config("node", port), dir / "node.log");
  // Not ready, and /ready says why; nothing is served.
  ASSERT_TRUE(eventually([&] { return get(port, "/ready").body.find("failed") != std::string::npos; })) << node.log();
  const Reply ready = get(port, "/ready");
  EXPECT_EQ(ready.status, 503);
  const auto why = parse(ready.body);
  ASSERT_TRUE(why.IsObject() && why.HasMember("reason")) << ready.body;
  EXPECT_NE(std::string(why["reason"].GetString()).find("127.0.0.1:" + std::to_string(replication_port)),
            std::string::npos)
      << ready.body;
  const Reply search = get(port, "/v1/search?q=kirjasto");
  EXPECT_EQ(search.status, 503);
  EXPECT_NE(search.body.find("not ready"), std::string::npos) << search.body;
  EXPECT_EQ(get(port, "/v1/listings/le:demo:kielikahvila-oodi").status, 503);
  const auto sources = parse(get(port, "/v1/sources").body);
  ASSERT_TRUE(sources.IsObject() && sources.HasMember("replica"));
  EXPECT_FALSE(sources["replica"]["complete"].GetBool());
  EXPECT_GE(sources["replica"]["failed_updates"].GetInt(), 1);
  EXPECT_EQ(metric(port, "tarjotin_replica_complete"), 0);

  // The indexer comes up: the node catches up.
  auto indexer = start_indexer();
  EXPECT_TRUE(eventually([&] { return get(port, "/ready").status == 200; })) << node.log();
  EXPECT_EQ(search_total(port, ""), demo_listings);

  // The indexer goes down again: the node keeps serving its last revision and says what it met.
  indexer->terminate();
  EXPECT_TRUE(eventually([&] {
    const auto s = parse(get(port, "/v1/sources").body);
    return s.IsObject() && s["replica"]["last_error"].IsString();
  }));
  EXPECT_EQ(get(port, "/ready").status, 200);
  EXPECT_EQ(search_total(port, ""), demo_listings);
}

}  // namespace
}  // namespace tarjotin
