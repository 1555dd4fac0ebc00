// Crash safety: `tarjotin sync` and `tarjotin reindex` killed with SIGKILL at
// random points, many times, on a real data dir. After every kill: the store
// passes PRAGMA integrity_check, the index opens, `tarjotin check` finds the
// index agreeing with the store or repairs it (exit 0 or 1, never 3), and no
// listing is lost; at the end a sync completes and store and index agree.
#include <gtest/gtest.h>

#include <signal.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <thread>

#include "app/integrity_check.h"
#include "index/index_writer.h"
#include "index/searcher.h"
#include "store/store.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

constexpr int kEvents = 2000;
constexpr int kPerPage = 50;

// The feed as Linked Events pages in a directory; `version` changes every name.
void write_feed(const std::string& dir, int version) {
  std::filesystem::create_directories(dir);
  for (int page = 0; page < kEvents / kPerPage; ++page) {
    std::string data;
    for (int i = page * kPerPage; i < (page + 1) * kPerPage; ++i) {
      const std::string id = std::to_string(10000 + i);
      data += (data.empty() ? "" : ",") + (R"({"id":")" + id + R"(","name":{"fi":"Kielikahvila )" + id + " v" +
                                           std::to_string(version) +
                                           R"("},"description":{"fi":"Keskustellaan."},"publication_status":"public",)"
                                           R"("start_time":"2030-12-01T10:00:00Z","end_time":"2030-12-01T12:00:00Z"})");
    }
    char name[32];
    std::snprintf(name, sizeof name, "/page-%04d.json", page);
    std::ofstream(dir + name) << R"({"meta":{"count":)" << kEvents << R"(,"next":null},"data":[)" << data << "]}";
  }
}

// Runs `tarjotin --config config args...`; kills it with SIGKILL after `kill_after_ms`
// (-1: never). Returns the exit code, or -SIGKILL when it was killed.
int run_tarjotin(const std::string& config, const std::vector<std::string>& args, int kill_after_ms) {
  const pid_t pid = fork();
  if (pid == 0) {
    std::vector<std::string> all{TARJOTIN_BINARY, "--config", config};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    execv(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  if (kill_after_ms >= 0) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kill_after_ms);
    while (std::chrono::steady_clock::now() < deadline) {
      if (waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    kill(pid, SIGKILL);
  }
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

TEST(CrashSafety, SyncAndReindexKilledAtRandomPointsLoseNothing) {
  testing::TempDir dir;
  const std::string feed = dir / "feed";
  write_feed(feed, 0);
  const std::string config = dir / "tarjotin.json";
  std::ofstream(config) << R"({"data_dir": "data", "listen": "127.0.0.1:0", "sources": [)"
                        << R"({"name": "le", "type": "linkedevents", "url": "file://)" << feed << R"("}]})";
  ASSERT_EQ(run_tarjotin(config, {"sync"}, -1), 0);

  // How long a whole sync takes here, to spread the kills over it (not asserted).
  write_feed(feed, 1);
  const auto start = std::chrono::steady_clock::now();
  ASSERT_EQ(run_tarjotin(config, {"sync"}, -1), 0);
  const int sync_ms = static_cast<int>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count());

  const unsigned seed = std::random_device{}();
  std::cout << "seed " << seed << ", a whole sync takes " << sync_ms << " ms" << std::endl;
  std::mt19937 random(seed);
  int killed = 0, repaired = 0;
  for (int round = 0; round < 24; ++round) {
    const bool reindex = round % 3 == 2;
    if (!reindex) write_feed(feed, 2 + round);  // every sync has changes to write
    const int after = std::uniform_int_distribution<int>(0, std::max(1, sync_ms * 5 / 4))(random);
    const int code = run_tarjotin(config, {reindex ? "reindex" : "sync"}, after);
    killed += code == -SIGKILL;
    SCOPED_TRACE("round " + std::to_string(round) + (reindex ? " reindex" : " sync") + " killed after " +
                 std::to_string(after) + " ms, seed " + std::to_string(seed));
    {
      Store store(dir / "data/tarjotin.sqlite");
      const IntegrityReport report = check_integrity(store, dir / "data/tarjotin.sqlite", dir / "data/index");
      EXPECT_TRUE(report.store_ok()) << report.describe();
      EXPECT_EQ(report.index_problem, "") << report.describe();
      EXPECT_EQ(report.stored, kEvents) << "listings lost";
    }
    // check: agrees (0) or repaired (1); never a damaged store (3).
    const int check = run_tarjotin(config, {"check"}, -1);
    EXPECT_TRUE(check == 0 || check == 1) << "tarjotin check exited " << check;
    repaired += check == 1;
    Store store(dir / "data/tarjotin.sqlite");
    const IntegrityReport after_check = check_integrity(store, dir / "data/tarjotin.sqlite", dir / "data/index");
    EXPECT_TRUE(after_check.index_agrees()) << after_check.describe();
  }
  std::cout << killed << " of 24 runs were killed before they finished; check repaired the index " << repaired
            << " times" << std::endl;

  // The next sync completes, and store and index hold the whole feed.
  write_feed(feed, 99);
  ASSERT_EQ(run_tarjotin(config, {"sync"}, -1), 0);
  Store store(dir / "data/tarjotin.sqlite");
  const IntegrityReport report = check_integrity(store, dir / "data/tarjotin.sqlite", dir / "data/index");
  EXPECT_TRUE(report.store_ok() && report.index_agrees()) << report.describe();
  EXPECT_EQ(store.get("le:10007")->name.at("fi"), "Kielikahvila 10007 v99");
  Searcher searcher(dir / "data/index");
  EXPECT_EQ(searcher.size(), kEvents);
}


// A data dir with the feed synced once, for the check and serve tests.
class DataDir {
 public:
  DataDir() {
    write_feed(dir / "feed", 0);
    config = dir / "tarjotin.json";
    std::ofstream(config) << R"({"data_dir": "data", "listen": "127.0.0.1:0", "sources": [)"
                          << R"({"name": "le", "type": "linkedevents", "url": "file://)" << (dir / "feed") << R"("}]})";
  }
  std::string store_path() const { return dir / "data/tarjotin.sqlite"; }
  std::string index_root() const { return dir / "data/index"; }
  IntegrityReport report() {
    Store store(store_path());
    return check_integrity(store, store_path(), index_root());
  }
  // What a crash between store and index can leave: one listing the index lost.
  void lose_one_from_index() {
    IndexWriter index(index_root());
    index.remove("le:10003");
    index.commit();
  }

  testing::TempDir dir;
  std::string config;
};

TEST(CheckCommand, AgreesRepairsAnIndexThatDisagreesAndRefusesADamagedStore) {
  DataDir data;
  ASSERT_EQ(run_tarjotin(data.config, {"sync"}, -1), 0);
  EXPECT_EQ(run_tarjotin(data.config, {"check"}, -1), 0);

  data.lose_one_from_index();
  EXPECT_FALSE(data.report().index_agrees());
  EXPECT_EQ(run_tarjotin(data.config, {"check"}, -1), 1);  // repaired
  EXPECT_TRUE(data.report().index_agrees()) << data.report().describe();
  EXPECT_EQ(run_tarjotin(data.config, {"check"}, -1), 0);

  // Garbage over the middle of the database file: reported, nothing touched.
  {
    std::fstream file(data.store_path(), std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(8192);
    const std::string garbage(16384, '\xA5');
    file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
  }
  EXPECT_NE(store_integrity_problem(data.store_path()), "");
  EXPECT_EQ(run_tarjotin(data.config, {"check"}, -1), 3);
}

TEST(CheckCommand, ServeChecksAndRepairsAfterAnUncleanShutdownAndStopsCleanlyOnSigterm) {
  DataDir data;
  ASSERT_EQ(run_tarjotin(data.config, {"sync"}, -1), 0);
  data.lose_one_from_index();
  std::ofstream(data.dir / "data/serve.running") << "12345\n";  // what a killed serve leaves behind

  const pid_t pid = fork();
  if (pid == 0) {
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    execl(TARJOTIN_BINARY, TARJOTIN_BINARY, "--config", data.config.c_str(), "serve", "--no-sync", nullptr);
    _exit(127);
  }
  // serve repairs before it listens; wait for the repair (at most a minute), then stop it.
  bool agrees = false;
  for (int i = 0; i < 600 && !agrees; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    agrees = data.report().index_agrees();
  }
  EXPECT_TRUE(agrees) << data.report().describe();
  kill(pid, SIGTERM);  // serve must stop even if this comes before it listens
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "serve ended with status " << status;
  EXPECT_FALSE(std::filesystem::exists(data.dir / "data/serve.running")) << "a clean stop removes the marker";
}

}  // namespace
}  // namespace tarjotin
