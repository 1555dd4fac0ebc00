// The command line end to end: the real binary, a real config, SQLite file and
// Xapian index in a temp dir, the demo's Linked Events pages read with file://.
#include <gtest/gtest.h>
#include <httplib.h>
#include <rapidjson/document.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <thread>

#include "process_helpers.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

using Result = testing::CommandResult;

Result run(const std::string& args) { return testing::run_command(std::string(TARJOTIN_BINARY) + " " + args); }

using testing::free_port;

// Kills and reaps the child process when the test ends, however it ends.
class ChildProcess {
 public:
  explicit ChildProcess(pid_t pid) : pid_(pid) {}
  ~ChildProcess() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }
  // Sends SIGTERM and waits; returns the wait status.
  int terminate() {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return status;
  }

 private:
  pid_t pid_;
};

int number_before(const std::string& text, const std::string& word) {
  std::smatch m;
  if (!std::regex_search(text, m, std::regex("(\\d+) " + word))) return -1;
  return std::stoi(m[1]);
}

class CliTest : public ::testing::Test {
 protected:
  void write_config(const std::string& url, const std::string& listen = "127.0.0.1:0") {
    std::ofstream(config) << R"({"data_dir": "data", "listen": ")" << listen
                          << R"(", "sources": [{"name": "le", "type": "linkedevents", "url": ")" << url
                          << R"(", "interval_minutes": 60}]})";
  }
  std::string cli(const std::string& args) { return "--config " + config + " " + args; }

  testing::TempDir dir;
  std::string config = dir / "tarjotin.json";
  std::string pages = TARJOTIN_DEMO_PAGES;
};

TEST_F(CliTest, SyncSearchAndResyncOfTheDemoFeed) {
  write_config("file://" + pages + "/page-1.json");
  Result first = run(cli("sync"));
  ASSERT_EQ(first.exit_code, 0) << first.output;
  EXPECT_NE(first.output.find("le: ok"), std::string::npos) << first.output;
  const int added = number_before(first.output, "added");
  EXPECT_GE(added, 30) << first.output;
  EXPECT_TRUE(std::filesystem::exists(dir / "data/tarjotin.sqlite"));

  Result again = run(cli("sync"));
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_EQ(number_before(again.output, "added"), 0) << again.output;
  EXPECT_EQ(number_before(again.output, "unchanged"), added) << again.output;

  Result search = run(cli("search kirjasto --json"));
  ASSERT_EQ(search.exit_code, 0) << search.output;
  rapidjson::Document doc;
  doc.Parse(search.output.c_str());
  ASSERT_TRUE(doc.IsObject()) << search.output;
  EXPECT_GT(doc["total"].GetInt(), 0);
  EXPECT_LT(doc["total"].GetInt(), added);  // a text query narrows the catalogue

  Result text = run(cli("search språkcafé --lang sv"));
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_NE(text.output.find("Språkcafé"), std::string::npos) << text.output;
}

TEST_F(CliTest, AFailingSourceExitsOneAndKeepsWhatWasStored) {
  write_config("file://" + pages + "/page-1.json");
  ASSERT_EQ(run(cli("sync")).exit_code, 0);
  const Result before = run(cli("search kirjasto --json"));
  write_config("file://" + dir.path() + "/missing-page.json");
  Result failed = run(cli("sync"));
  EXPECT_EQ(failed.exit_code, 1) << failed.output;
  EXPECT_NE(failed.output.find("missing-page.json"), std::string::npos) << failed.output;
  EXPECT_NE(failed.output.find("le: failed"), std::string::npos) << failed.output;
  EXPECT_EQ(run(cli("search kirjasto --json")).output, before.output);
  Result runs = run(cli("runs"));
  EXPECT_NE(runs.output.find("failed"), std::string::npos) << runs.output;
}

TEST_F(CliTest, ReindexRebuildsTheSameResultsFromTheStore) {
  write_config("file://" + pages + "/page-1.json");
  ASSERT_EQ(run(cli("sync")).exit_code, 0);
  const Result before = run(cli("search kirjasto --json"));
  std::filesystem::remove_all(dir / "data/index");
  EXPECT_NE(run(cli("search kirjasto --json")).output, before.output);  // index gone: nothing found
  Result reindex = run(cli("reindex"));
  ASSERT_EQ(reindex.exit_code, 0) << reindex.output;
  EXPECT_NE(reindex.output.find("reindexed"), std::string::npos);
  EXPECT_EQ(run(cli("search kirjasto --json")).output, before.output);
}

TEST_F(CliTest, UsageAndConfigErrorsExitTwoNamingTheProblem) {
  EXPECT_EQ(run("").exit_code, 2);
  EXPECT_EQ(run("frobnicate").exit_code, 2);
  Result missing = run("--config " + dir.path() + "/nope.json sync");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.output.find("nope.json"), std::string::npos);

  std::ofstream(config) << R"({"data_dir": "d", "listen": "127.0.0.1:8080", "sources": [{"name": "x", "type": "rss", "url": "u"}]})";
  Result bad_type = run(cli("sync"));
  EXPECT_EQ(bad_type.exit_code, 2);
  EXPECT_NE(bad_type.output.find("sources[0].type"), std::string::npos) << bad_type.output;

  std::ofstream(config) << R"({"data_dir": "d", "listen": "127.0.0.1:8080", "sources": [], "extra": 1})";
  Result extra = run(cli("sync"));
  EXPECT_EQ(extra.exit_code, 2);
  EXPECT_NE(extra.output.find("extra"), std::string::npos) << extra.output;

  std::ofstream(config) << R"({"data_dir": "d", "listen": "localhost", "sources": []})";
  Result listen = run(cli("serve"));
  EXPECT_EQ(listen.exit_code, 2);
  EXPECT_NE(listen.output.find("listen"), std::string::npos) << listen.output;

  write_config("file://" + pages + "/page-1.json");
  EXPECT_EQ(run(cli("sync --source other")).exit_code, 2);
  EXPECT_EQ(run(cli("search")).exit_code, 2);
}

TEST_F(CliTest, ServeAnswersSearchesAndStopsOnSigterm) {
  const int port = free_port();
  ASSERT_GT(port, 0);
  write_config("file://" + pages + "/page-1.json", "127.0.0.1:" + std::to_string(port));
  ASSERT_EQ(run(cli("sync")).exit_code, 0);
  const pid_t pid = fork();
  if (pid == 0) {
    const std::string vocabulary = std::string(TARJOTIN_SOURCE_DIR) + "/config/vocabulary";
    execl(TARJOTIN_BINARY, TARJOTIN_BINARY, "--config", config.c_str(), "--vocabulary", vocabulary.c_str(), "serve",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  ChildProcess server(pid);
  httplib::Client client("127.0.0.1", port);
  auto res = client.Get("/health");
  for (int i = 0; i < 100 && !res; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    res = client.Get("/health");
  }
  ASSERT_TRUE(res);
  res = client.Get("/v1/search?q=kirjasto&lang=fi");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("\"total\":"), std::string::npos);
  auto bad = client.Get("/v1/search?page_size=abc");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  // The vocabulary it was started with: served whole, and offered by type-ahead.
  auto vocabulary = client.Get("/v1/vocabulary");
  ASSERT_TRUE(vocabulary);
  EXPECT_EQ(vocabulary->status, 200);
  EXPECT_NE(vocabulary->body.find(R"("code":"peer_support")"), std::string::npos);
  auto suggest = client.Get("/v1/suggest?q=vertais&lang=fi");
  ASSERT_TRUE(suggest);
  EXPECT_EQ(suggest->status, 200);
  EXPECT_NE(suggest->body.find(R"({"text":"Vertaistuki","lang":"fi","id":"peer_support","kind":"category"})"),
            std::string::npos)
      << suggest->body;
  const int status = server.terminate();
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

}  // namespace
}  // namespace tarjotin
