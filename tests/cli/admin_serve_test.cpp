// POST /admin/sync and /admin/reindex through a real `tarjotin serve`: the
// token from the config file or TARJOTIN_ADMIN_TOKEN (which wins), 401
// without it, 404 when none is configured, and a sync that really runs and
// shows in /v1/sources. The token never appears in what serve writes.
#include <gtest/gtest.h>
#include <httplib.h>
#include <rapidjson/document.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <thread>

#include "process_helpers.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

const std::string kFileToken = "file-token-0123456789abcdef0123";
const std::string kEnvToken = "env-token-fedcba9876543210fedcba";

using testing::free_port;

// `tarjotin serve --no-sync` in a child process, its output in a file; killed at the end.
class Serve {
 public:
  Serve(const std::string& config, const std::string& log, const char* env_token) {
    port_ = -1;
    pid_ = fork();
    if (pid_ == 0) {
      const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(fd, 1);
      dup2(fd, 2);
      if (env_token) setenv("TARJOTIN_ADMIN_TOKEN", env_token, 1);
      else unsetenv("TARJOTIN_ADMIN_TOKEN");
      execl(TARJOTIN_BINARY, TARJOTIN_BINARY, "--config", config.c_str(), "serve", "--no-sync",
            static_cast<char*>(nullptr));
      _exit(127);
    }
  }
  ~Serve() { stop(); }
  void stop() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
  // A client once the server answers.
  std::unique_ptr<httplib::Client> client(int port) {
    auto c = std::make_unique<httplib::Client>("127.0.0.1", port);
    for (int i = 0; i < 200; ++i) {
      if (c->Get("/health")) return c;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return c;
  }

 private:
  pid_t pid_;
  int port_;
};

class AdminServeTest : public ::testing::Test {
 protected:
  int write_config(const std::string& token_line) {
    const int port = free_port();
    std::ofstream(config) << R"({"data_dir": "data", "listen": "127.0.0.1:)" << port << "\", " << token_line
                          << R"("sources": [{"name": "le", "type": "linkedevents", "url": "file://)" << pages
                          << R"(/page-1.json", "interval_minutes": 60}]})";
    return port;
  }
  std::string log_text() {
    std::ifstream in(log);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  testing::TempDir dir;
  std::string config = dir / "tarjotin.json";
  std::string log = dir / "serve.log";
  std::string pages = TARJOTIN_DEMO_PAGES;
};

TEST_F(AdminServeTest, SyncNeedsTheTokenAndThenRunsAndShowsInSources) {
  const int port = write_config(R"("admin_token": ")" + kFileToken + "\", ");
  Serve serve(config, log, nullptr);
  auto client = serve.client(port);
  auto none = client->Post("/admin/sync", "", "text/plain");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 401);
  EXPECT_EQ(none->get_header_value("WWW-Authenticate").rfind("Bearer", 0), 0u);
  auto wrong = client->Post("/admin/sync", httplib::Headers{{"Authorization", "Bearer " + kEnvToken}}, "", "text/plain");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);
  auto before = client->Get("/v1/sources");
  ASSERT_TRUE(before);
  EXPECT_NE(before->body.find(R"("last_run":null)"), std::string::npos) << before->body;

  const httplib::Headers auth = {{"Authorization", "Bearer " + kFileToken}};
  auto unknown = client->Post("/admin/sync?source=nope", auth, "", "text/plain");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 400);
  EXPECT_NE(unknown->body.find(R"("allowed":["le"])"), std::string::npos) << unknown->body;
  auto sync = client->Post("/admin/sync?source=le", auth, "", "text/plain");
  ASSERT_TRUE(sync);
  EXPECT_EQ(sync->status, 202) << sync->body;
  EXPECT_NE(sync->body.find(R"("started":"sync","sources":["le"])"), std::string::npos) << sync->body;

  // The run appears in /v1/sources and its listings can be found.
  std::string sources;
  for (int i = 0; i < 400 && sources.find(R"("status":"ok")") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    auto res = client->Get("/v1/sources");
    if (res) sources = res->body;
  }
  EXPECT_NE(sources.find(R"("status":"ok")"), std::string::npos) << sources;
  auto search = client->Get("/v1/search?q=kirjasto");
  ASSERT_TRUE(search);
  EXPECT_EQ(search->status, 200);
  EXPECT_EQ(search->body.find(R"("total":0)"), std::string::npos) << search->body.substr(0, 200);

  // A reindex is started too, once the sync is done (one admin action at a time).
  std::shared_ptr<httplib::Response> reindex;
  for (int i = 0; i < 200; ++i) {
    auto res = client->Post("/admin/reindex", auth, "", "text/plain");
    ASSERT_TRUE(res);
    if (res->status != 409) {
      reindex = std::make_shared<httplib::Response>(*res);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_TRUE(reindex);
  EXPECT_EQ(reindex->status, 202) << reindex->body;
  serve.stop();
  const std::string text = log_text();
  EXPECT_NE(text.find("admin sync"), std::string::npos) << text;
  EXPECT_EQ(text.find(kFileToken.substr(0, 10)), std::string::npos) << text;
}

TEST_F(AdminServeTest, WithoutATokenTheAdminRoutesDoNotExist) {
  const int port = write_config("");
  Serve serve(config, log, nullptr);
  auto client = serve.client(port);
  for (const char* path : {"/admin/sync", "/admin/reindex"}) {
    auto res = client->Post(path, httplib::Headers{{"Authorization", "Bearer " + kFileToken}}, "", "text/plain");
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path;
  }
}

TEST_F(AdminServeTest, TheEnvironmentTokenWinsOverTheFile) {
  const int port = write_config(R"("admin_token": ")" + kFileToken + "\", ");
  Serve serve(config, log, kEnvToken.c_str());
  auto client = serve.client(port);
  auto file = client->Post("/admin/reindex", httplib::Headers{{"Authorization", "Bearer " + kFileToken}}, "",
                           "text/plain");
  ASSERT_TRUE(file);
  EXPECT_EQ(file->status, 401);
  auto env = client->Post("/admin/reindex", httplib::Headers{{"Authorization", "Bearer " + kEnvToken}}, "",
                          "text/plain");
  ASSERT_TRUE(env);
  EXPECT_EQ(env->status, 202) << env->body;
  serve.stop();
  const std::string text = log_text();
  EXPECT_EQ(text.find(kEnvToken.substr(0, 10)), std::string::npos) << text;
  EXPECT_EQ(text.find(kFileToken.substr(0, 10)), std::string::npos) << text;
}

TEST_F(AdminServeTest, AShortTokenIsAConfigErrorThatDoesNotRepeatIt) {
  write_config(R"("admin_token": "short-secret", )");
  const auto [exit_code, output] =
      testing::run_command(std::string(TARJOTIN_BINARY) + " --config " + config + " serve --no-sync");
  EXPECT_EQ(exit_code, 2) << output;
  EXPECT_NE(output.find("admin_token"), std::string::npos) << output;
  EXPECT_EQ(output.find("short-secret"), std::string::npos) << output;
}

}  // namespace
}  // namespace tarjotin
