// Fetcher against a real local HTTP server and real files.
#include "connectors/http/fetcher.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <memory>
#include <mutex>
#include <thread>

#include "feed_pages.h"
#include "page_server.h"

namespace tarjotin {
namespace {

using testing::PageServer;
using testing::TempDir;

FetchOptions fast_options() {
  FetchOptions options;
  options.backoff_base_ms = 10;
  options.max_backoff_ms = 50;
  options.connect_timeout_ms = 2000;
  options.total_timeout_ms = 5000;
  return options;
}

long elapsed_ms(std::chrono::steady_clock::time_point since) {
  return static_cast<long>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - since).count());
}

TEST(Fetcher, SendsUserAgentNamingTarjotin) {
  PageServer server;
  std::mutex mutex;
  std::string agent;
  server.routes().Get("/ua", [&](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(mutex);
    agent = req.get_header_value("User-Agent");
    res.set_content("hello", "text/plain");
  });
  server.start();
  Fetcher fetcher(fast_options());
  const FetchResult result = fetcher.get(server.url("/ua"));
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(result.body, "hello");
  EXPECT_EQ(result.status, 200);
  std::lock_guard<std::mutex> lock(mutex);
  EXPECT_NE(agent.find("tarjotin/"), std::string::npos) << agent;
  EXPECT_EQ(agent, user_agent());
}

TEST(Fetcher, AcceptsGzipAndDecodesIt) {
  PageServer server;
  std::mutex mutex;
  std::string accept_encoding;
  const std::string big(20000, 'a');
  server.routes().Get("/big", [&](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(mutex);
    accept_encoding = req.get_header_value("Accept-Encoding");
    res.set_content("{\"text\":\"" + big + "\"}", "application/json");
  });
  server.start();
  Fetcher fetcher(fast_options());
  const FetchResult result = fetcher.get(server.url("/big"));
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(result.body, "{\"text\":\"" + big + "\"}");
  std::lock_guard<std::mutex> lock(mutex);
  EXPECT_NE(accept_encoding.find("gzip"), std::string::npos) << accept_encoding;
}

TEST(Fetcher, RetriesAServerErrorThenDelivers) {
  PageServer server;
  std::atomic<int> calls{0};
  server.routes().Get("/flaky", [&](const httplib::Request&, httplib::Response& res) {
    if (calls++ == 0) {
      res.status = 500;
      res.set_content("oops", "text/plain");
    } else {
      res.set_content("fine", "text/plain");
    }
  });
  server.start();
  Fetcher fetcher(fast_options());
  const FetchResult result = fetcher.get(server.url("/flaky"));
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(result.body, "fine");
  EXPECT_EQ(result.attempts, 2);
  EXPECT_EQ(calls.load(), 2);
}

TEST(Fetcher, WaitsAsRetryAfterSaysOn429) {
  PageServer server;
  std::atomic<int> calls{0};
  server.routes().Get("/busy", [&](const httplib::Request&, httplib::Response& res) {
    if (calls++ == 0) {
      res.status = 429;
      res.set_header("Retry-After", "1");
    } else {
      res.set_content("served", "text/plain");
    }
  });
  server.start();
  Fetcher fetcher(fast_options());
  const auto start = std::chrono::steady_clock::now();
  const FetchResult result = fetcher.get(server.url("/busy"));
  const long waited = elapsed_ms(start);
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(result.body, "served");
  EXPECT_EQ(result.attempts, 2);
  EXPECT_GE(waited, 950);
  EXPECT_LT(waited, 5000);
}

TEST(Fetcher, CapsRetryAfterAtTheConfiguredMaximum) {
  PageServer server;
  std::atomic<int> calls{0};
  server.routes().Get("/slowdown", [&](const httplib::Request&, httplib::Response& res) {
    if (calls++ == 0) {
      res.status = 503;
      res.set_header("Retry-After", "3600");
    } else {
      res.set_content("ok", "text/plain");
    }
  });
  server.start();
  FetchOptions options = fast_options();
  options.max_retry_after_seconds = 0;
  Fetcher fetcher(options);
  const auto start = std::chrono::steady_clock::now();
  const FetchResult result = fetcher.get(server.url("/slowdown"));
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_LT(elapsed_ms(start), 2000);
}

TEST(Fetcher, DoesNotRetryNotFound) {
  PageServer server;
  std::atomic<int> calls{0};
  server.routes().Get("/missing", [&](const httplib::Request&, httplib::Response& res) {
    ++calls;
    res.status = 404;
    res.set_content("no such page", "text/plain");
  });
  server.start();
  Fetcher fetcher(fast_options());
  const std::string url = server.url("/missing");
  const FetchResult result = fetcher.get(url);
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.status, 404);
  EXPECT_EQ(result.attempts, 1);
  EXPECT_EQ(calls.load(), 1);
  EXPECT_NE(result.error.find(url), std::string::npos) << result.error;
  EXPECT_NE(result.error.find("404"), std::string::npos) << result.error;
}

TEST(Fetcher, GivesUpAfterMaxRetriesNamingTheStatus) {
  PageServer server;
  std::atomic<int> calls{0};
  server.routes().Get("/down", [&](const httplib::Request&, httplib::Response& res) {
    ++calls;
    res.status = 502;
  });
  server.start();
  FetchOptions options = fast_options();
  options.max_retries = 2;
  Fetcher fetcher(options);
  const FetchResult result = fetcher.get(server.url("/down"));
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.attempts, 3);
  EXPECT_EQ(calls.load(), 3);
  EXPECT_NE(result.error.find("HTTP 502"), std::string::npos) << result.error;
  EXPECT_NE(result.error.find("after 3 attempts"), std::string::npos) << result.error;
}

TEST(Fetcher, ReportsConnectionFailureAfterRetrying) {
  // Bind a port, then close the server, so nothing listens there.
  int port = 0;
  {
    PageServer server;
    server.start();
    port = server.port();
  }
  FetchOptions options = fast_options();
  options.max_retries = 1;
  Fetcher fetcher(options);
  const std::string url = "http://127.0.0.1:" + std::to_string(port) + "/gone";
  const FetchResult result = fetcher.get(url);
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.status, 0);
  EXPECT_EQ(result.attempts, 2);
  EXPECT_NE(result.error.find(url), std::string::npos) << result.error;
  EXPECT_NE(result.error.find("curl error"), std::string::npos) << result.error;
}

TEST(Fetcher, TimesOutASlowServer) {
  PageServer server;
  server.routes().Get("/slow", [&](const httplib::Request&, httplib::Response& res) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    res.set_content("late", "text/plain");
  });
  server.start();
  FetchOptions options = fast_options();
  options.total_timeout_ms = 200;
  options.max_retries = 0;
  Fetcher fetcher(options);
  const auto start = std::chrono::steady_clock::now();
  const FetchResult result = fetcher.get(server.url("/slow"));
  EXPECT_FALSE(result.ok);
  EXPECT_LT(elapsed_ms(start), 1400);
  EXPECT_NE(result.error.find("curl error 28"), std::string::npos) << result.error;
}

// A stopping serve must not wait for a feed that hangs: cancelling from another
// thread ends the transfer, which would otherwise run into its 30 s timeout.
TEST(Fetcher, CancelEndsATransferInProgress) {
  PageServer server;
  std::atomic<bool> release{false};
  std::atomic<int> calls{0};
  server.routes().Get("/hang", [&](const httplib::Request&, httplib::Response& res) {
    ++calls;
    for (int i = 0; i < 300 && !release; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    res.set_content("late", "text/plain");
  });
  server.start();
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  FetchOptions options = fast_options();
  options.total_timeout_ms = 30'000;
  options.max_retries = 3;
  options.cancel = cancel;
  Fetcher fetcher(options);
  std::thread stopper([&] {
    while (calls == 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    cancel->store(true);
  });
  const FetchResult result = fetcher.get(server.url("/hang"));
  stopper.join();
  release = true;
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.error, cancelled_message(server.url("/hang")));
  EXPECT_EQ(calls.load(), 1);  // not retried
}

TEST(Fetcher, CancelCutsARetryAfterWaitShortAndLaterFetchesFailAtOnce) {
  PageServer server;
  std::atomic<int> calls{0};
  server.routes().Get("/later", [&](const httplib::Request&, httplib::Response& res) {
    ++calls;
    res.status = 503;
    res.set_header("Retry-After", "120");
  });
  server.start();
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  FetchOptions options = fast_options();
  options.max_retry_after_seconds = 120;
  options.cancel = cancel;
  Fetcher fetcher(options);
  std::thread stopper([&] {
    while (calls == 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    cancel->store(true);
  });
  const FetchResult result = fetcher.get(server.url("/later"));
  stopper.join();
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.error, cancelled_message(server.url("/later")));
  EXPECT_EQ(calls.load(), 1);  // the wait for the second attempt was cut short

  TempDir dir;
  dir.write("page.json", "{}");
  const FetchResult file = fetcher.get("file://" + dir.path() + "/page.json");
  EXPECT_FALSE(file.ok);
  EXPECT_NE(file.error.find("cancelled"), std::string::npos) << file.error;
  EXPECT_EQ(calls.load(), 1);
}

TEST(Fetcher, FollowsRedirects) {
  PageServer server;
  server.routes().Get("/old", [&](const httplib::Request&, httplib::Response& res) { res.set_redirect("/new"); });
  server.routes().Get("/new", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content("moved here", "text/plain");
  });
  server.start();
  Fetcher fetcher(fast_options());
  const FetchResult result = fetcher.get(server.url("/old"));
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(result.body, "moved here");
}

TEST(Fetcher, RefusesABodyOverTheLimit) {
  PageServer server;
  server.routes().Get("/sized", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(5000, 'x'), "application/octet-stream");
  });
  server.routes().Get("/streamed", [&](const httplib::Request&, httplib::Response& res) {
    res.set_chunked_content_provider("application/octet-stream", [](size_t, httplib::DataSink& sink) {
      const std::string chunk(1000, 'y');
      for (int i = 0; i < 5; ++i) sink.write(chunk.data(), chunk.size());
      sink.done();
      return true;
    });
  });
  server.start();
  FetchOptions options = fast_options();
  options.max_body_bytes = 1000;
  Fetcher fetcher(options);
  for (const std::string& path : std::vector<std::string>{"/sized", "/streamed"}) {
    const FetchResult result = fetcher.get(server.url(path));
    EXPECT_FALSE(result.ok) << path;
    EXPECT_EQ(result.attempts, 1) << path;
    EXPECT_NE(result.error.find("response larger than 1000 bytes"), std::string::npos) << result.error;
    EXPECT_NE(result.error.find(server.url(path)), std::string::npos) << result.error;
  }
}

TEST(Fetcher, ReadsLocalFilesByUrlAndPath) {
  TempDir dir;
  const std::string path = dir.write("feeds/page.json", "{\"data\":[]}");
  FetchOptions options = fast_options();
  options.base_dir = dir.path();
  Fetcher fetcher(options);
  for (const std::string& url : std::vector<std::string>{"file://" + path, std::string("file://feeds/page.json"), path,
                                std::string("feeds/page.json")}) {
    const FetchResult result = fetcher.get(url);
    ASSERT_TRUE(result.ok) << url << ": " << result.error;
    EXPECT_EQ(result.body, "{\"data\":[]}") << url;
    EXPECT_EQ(result.status, 0);
  }
}

TEST(Fetcher, ExplainsUnreadableLocalFiles) {
  TempDir dir;
  dir.write("big.json", std::string(2000, ' '));
  FetchOptions options = fast_options();
  options.base_dir = dir.path();
  options.max_body_bytes = 1000;
  Fetcher fetcher(options);

  FetchResult missing = fetcher.get("file://nothing-here.json");
  EXPECT_FALSE(missing.ok);
  EXPECT_NE(missing.error.find("nothing-here.json"), std::string::npos) << missing.error;

  FetchResult directory = fetcher.get(dir.path());
  EXPECT_FALSE(directory.ok);
  EXPECT_NE(directory.error.find("directory"), std::string::npos) << directory.error;

  FetchResult big = fetcher.get("big.json");
  EXPECT_FALSE(big.ok);
  EXPECT_NE(big.error.find("larger than 1000 bytes"), std::string::npos) << big.error;

  FetchResult ftp = fetcher.get("ftp://example.org/feed.json");
  EXPECT_FALSE(ftp.ok);
  EXPECT_NE(ftp.error.find("unsupported"), std::string::npos) << ftp.error;
}

}  // namespace
}  // namespace tarjotin
