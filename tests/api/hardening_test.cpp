// The public API's hardening, as a client sees it, over a real ApiServer on
// 127.0.0.1 and a real index: admin routes behind a bearer token, limits on
// requests and connections with JSON refusals, security headers on HTML, no
// files outside web_dir, and no internal detail in any answer or log line.
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <rapidjson/document.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <regex>

#include "api/admin_token.h"
#include "api/rate_limiter.h"
#include "api/server.h"
#include "app/shortlist_book.h"
#include "temp_dir.h"
#include "test_server.h"

namespace tarjotin {
namespace {

namespace fs = std::filesystem;
const std::string kToken = "s3cret-admin-token-0123456789abcdef";

rapidjson::Document json(const std::string& body) {
  rapidjson::Document doc;
  doc.Parse(body.c_str());
  return doc;
}

// The {"error": {"limit", "maximum", "message"}} body of a refused request.
void expect_limit(const httplib::Result& res, int status, const char* limit, long long maximum) {
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, status) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json; charset=utf-8");
  const auto doc = json(res->body);
  ASSERT_TRUE(doc.IsObject() && doc.HasMember("error")) << res->body;
  ASSERT_TRUE(doc["error"].HasMember("limit")) << res->body;
  EXPECT_STREQ(doc["error"]["limit"].GetString(), limit);
  EXPECT_EQ(doc["error"]["maximum"].GetInt64(), maximum);
  EXPECT_FALSE(std::string(doc["error"]["message"].GetString()).empty());
}

// A raw HTTP/1.1 exchange on a new connection: the whole answer as text.
std::string raw_exchange(int port, const std::string& request) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return "";
  }
  ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  std::string answer;
  char buf[4096];
  for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) answer.append(buf, static_cast<size_t>(n));
  ::close(fd);
  return answer;
}

int open_idle_connection(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  EXPECT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  return fd;
}

class HardeningTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::write_index(dir / "index", testing::sample_listings()); }
  ApiOptions options() {
    ApiOptions o;
    o.index_root = dir / "index";
    return o;
  }
  testing::TempDir dir;
};

// ---- admin routes ----

TEST(AdminToken, ComparesTheWholeTokenAndTheScheme) {
  EXPECT_TRUE(constant_time_equals("abcdef", "abcdef"));
  EXPECT_FALSE(constant_time_equals("abcdeg", "abcdef"));
  EXPECT_FALSE(constant_time_equals("abcde", "abcdef"));
  EXPECT_FALSE(constant_time_equals("abcdefabcdef", "abcdef"));  // a repeated token is not the token
  EXPECT_FALSE(constant_time_equals("", "abcdef"));
  EXPECT_TRUE(bearer_token_matches("Bearer " + kToken, kToken));
  EXPECT_TRUE(bearer_token_matches("bearer " + kToken, kToken));
  EXPECT_FALSE(bearer_token_matches("Basic " + kToken, kToken));
  EXPECT_FALSE(bearer_token_matches("Bearer  " + kToken, kToken));
  EXPECT_FALSE(bearer_token_matches(kToken, kToken));
  EXPECT_FALSE(bearer_token_matches("Bearer ", ""));
}

TEST_F(HardeningTest, AdminRoutesDoNotExistWithoutAToken) {
  ApiOptions o = options();
  o.admin_action = [](const AdminRequest&) { return AdminResult{}; };
  testing::RunningServer server(o);
  for (const char* path : {"/admin/sync", "/admin/reindex"}) {
    auto res = server.client()->Post(path, httplib::Headers{{"Authorization", "Bearer "}}, "", "text/plain");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404) << path;
    EXPECT_EQ(res->body, R"({"error":{"message":"no such resource; see /openapi.json"}})");
  }
}

TEST_F(HardeningTest, AdminActionsNeedTheBearerTokenAndSayWhatStarted) {
  std::mutex mutex;
  std::vector<AdminRequest> asked;
  ApiOptions o = options();
  o.admin_token = kToken;
  o.admin_action = [&](const AdminRequest& r) {
    std::lock_guard<std::mutex> lock(mutex);
    asked.push_back(r);
    if (r.source == "busy") return AdminResult{409, "an admin action is already running", {}};
    if (r.source == "nope") return AdminResult{400, "no source with this name", {"le", "tpr"}};
    if (r.source == "boom") throw std::runtime_error("SELECT * FROM sync_runs failed at /var/tarjotin/x.sqlite");
    return AdminResult{202, "sync started", {"le"}};
  };
  testing::RunningServer server(o);
  auto client = server.client();

  auto missing = client->Post("/admin/sync", "", "text/plain");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 401);
  EXPECT_EQ(missing->get_header_value("WWW-Authenticate").rfind("Bearer", 0), 0u);
  for (const std::string& wrong : std::vector<std::string>{"Bearer " + kToken.substr(0, kToken.size() - 1) + "X", "Bearer " + kToken + "X",
                                   "Basic " + kToken, "Bearer x"}) {
    auto res = client->Post("/admin/reindex", httplib::Headers{{"Authorization", wrong}}, "", "text/plain");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 401) << wrong;
    EXPECT_NE(res->get_header_value("WWW-Authenticate").find("invalid_token"), std::string::npos);
    EXPECT_EQ(res->body.find(kToken.substr(0, 8)), std::string::npos);
  }
  EXPECT_TRUE(asked.empty());

  const httplib::Headers auth = {{"Authorization", "Bearer " + kToken}};
  auto sync = client->Post("/admin/sync?source=le", auth, "", "text/plain");
  ASSERT_TRUE(sync);
  EXPECT_EQ(sync->status, 202);
  EXPECT_EQ(json(sync->body)["started"].GetString(), std::string("sync"));
  EXPECT_EQ(json(sync->body)["sources"][0].GetString(), std::string("le"));
  auto reindex = client->Post("/admin/reindex", auth, "", "text/plain");
  ASSERT_TRUE(reindex);
  EXPECT_EQ(reindex->status, 202);
  EXPECT_EQ(json(reindex->body)["started"].GetString(), std::string("reindex"));
  ASSERT_EQ(asked.size(), 2u);
  EXPECT_EQ(asked[0].action, "sync");
  EXPECT_EQ(asked[0].source, "le");
  EXPECT_EQ(asked[1].action, "reindex");

  auto busy = client->Post("/admin/sync?source=busy", auth, "", "text/plain");
  ASSERT_TRUE(busy);
  EXPECT_EQ(busy->status, 409);
  auto unknown = client->Post("/admin/sync?source=nope", auth, "", "text/plain");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 400);
  EXPECT_EQ(json(unknown->body)["error"]["parameter"].GetString(), std::string("source"));
  EXPECT_EQ(json(unknown->body)["error"]["allowed"].Size(), 2u);
  auto typo = client->Post("/admin/reindex?source=le", auth, "", "text/plain");
  ASSERT_TRUE(typo);
  EXPECT_EQ(typo->status, 400);
  auto boom = client->Post("/admin/sync?source=boom", auth, "", "text/plain");
  ASSERT_TRUE(boom);
  EXPECT_EQ(boom->status, 503);
  EXPECT_EQ(boom->body.find("SELECT"), std::string::npos);
  EXPECT_EQ(boom->body.find("/var/"), std::string::npos);
  // GET does not act.
  auto get = client->Get("/admin/sync", auth);
  ASSERT_TRUE(get);
  EXPECT_EQ(get->status, 404);
}

TEST_F(HardeningTest, TheAdminTokenNeverReachesTheAccessLog) {
  ApiOptions o = options();
  o.admin_token = kToken;
  o.access_log = true;
  o.admin_action = [](const AdminRequest&) { return AdminResult{202, "started", {}}; };
  ::testing::internal::CaptureStderr();
  std::string responses;
  {
    testing::RunningServer server(o);
    auto client = server.client();
    for (const std::string& auth : std::vector<std::string>{"Bearer " + kToken, "Bearer " + kToken + "-wrong", "Bearer wrong"}) {
      auto res = client->Post("/admin/sync", httplib::Headers{{"Authorization", auth}}, "", "text/plain");
      ASSERT_TRUE(res);
      responses += res->body;
    }
    auto in_query = client->Get(("/v1/search?q=kirjasto&token=" + kToken).c_str());
    ASSERT_TRUE(in_query);
    responses += in_query->body;
  }
  const std::string log = ::testing::internal::GetCapturedStderr();
  EXPECT_NE(log.find("\"path\":\"/admin/sync\""), std::string::npos) << log;
  EXPECT_NE(log.find("\"status\":401"), std::string::npos) << log;
  EXPECT_EQ(log.find(kToken.substr(0, 12)), std::string::npos) << log;
  // The 400 for the unknown parameter names it but does not echo its value.
  EXPECT_EQ(responses.find(kToken.substr(0, 12)), std::string::npos) << responses;
}

// ---- limits ----

TEST_F(HardeningTest, AClientAddressPastItsBurstGets429WithRetryAfterButProbesGetThrough) {
  ApiOptions o = options();
  o.requests_per_second = 0.5;
  o.rate_limit_burst = 3;
  testing::RunningServer server(o);
  auto client = server.client();
  for (int i = 0; i < 3; ++i) {
    auto res = client->Get("/v1/search?q=kirjasto");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << i;
  }
  auto refused = client->Get("/v1/listings/le:1");
  expect_limit(refused, 429, "requests_per_second", 1);
  EXPECT_GE(std::stoi("0" + refused->get_header_value("Retry-After")), 1);
  for (const char* path : {"/health", "/ready", "/metrics"}) {
    auto res = client->Get(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << path;
  }
}

TEST(RateLimiterMemory, ManyAddressesDoNotGrowItPastItsBound) {
  RateLimiter limiter(10.0, 20.0);
  for (std::size_t i = 0; i < RateLimiter::kMaxKeys + 500; ++i)
    EXPECT_EQ(limiter.acquire("10.0." + std::to_string(i), 1000.0 + i * 0.001), 0);
  EXPECT_LE(limiter.keys(), RateLimiter::kMaxKeys);
}

TEST_F(HardeningTest, OversizedRequestsAreRefusedWithJsonNamingTheLimit) {
  testing::RunningServer server(options());
  auto client = server.client();
  expect_limit(client->Get(("/v1/search?q=" + std::string(5000, 'a')).c_str()), 414, "uri_bytes", 4096);
  // Past what httplib itself reads (8192 bytes of request line): still JSON.
  const std::string huge = raw_exchange(server.server().bound_port(),
                                        "GET /v1/search?q=" + std::string(9000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(huge.rfind("HTTP/1.1 414", 0), 0u) << huge.substr(0, 200);
  EXPECT_NE(huge.find(R"("limit":"uri_bytes")"), std::string::npos) << huge;

  httplib::Headers many;
  for (int i = 0; i < 70; ++i) many.emplace("X-Filler-" + std::to_string(i), "1");
  expect_limit(client->Get("/health", many), 431, "header_count", 64);
  httplib::Headers big;
  for (int i = 0; i < 4; ++i) big.emplace("X-Big-" + std::to_string(i), std::string(5000, 'b'));
  expect_limit(client->Get("/health", big), 431, "header_bytes", 16384);

  auto body = client->Post("/v1/shortlists", std::string(70 * 1024, ' '), "application/json");
  expect_limit(body, 413, "body_bytes", 65536);
}

TEST_F(HardeningTest, SearchParametersHaveLimitsAndSayThem) {
  testing::RunningServer server(options());
  auto client = server.client();
  std::string many_values;
  for (int i = 0; i < 51; ++i) many_values += (i ? "," : "") + std::string("v") + std::to_string(i);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"/v1/search?q=" + std::string(501, 'a'), "q"},
      {"/v1/search?municipality=" + many_values, "municipality"},
      {"/v1/search?page_size=101", "page_size"},
      {"/v1/search?page=101&page_size=100", "page"},
      {"/v1/suggest?q=" + std::string(101, 'a'), "q"},
      {"/hsds/services?per_page=101", "per_page"}};
  for (const auto& [path, parameter] : cases) {
    auto res = client->Get(path.c_str());
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 400) << path;
    EXPECT_EQ(json(res->body)["error"]["parameter"].GetString(), parameter) << res->body;
  }
}

TEST_F(HardeningTest, ConnectionsBeyondTheCapAreAnswered503AtOnce) {
  ApiOptions o = options();
  o.worker_threads = 1;
  o.max_connections = 2;
  testing::RunningServer server(o);
  const int port = server.server().bound_port();
  // Two connections that send nothing: one holds the worker, one waits for it.
  const int a = open_idle_connection(port);
  const int b = open_idle_connection(port);
  const std::string answer = raw_exchange(port, "GET /v1/search?q=kirjasto HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 503", 0), 0u) << answer;
  EXPECT_NE(answer.find(R"("limit":"connections","maximum":2)"), std::string::npos) << answer;
  EXPECT_NE(answer.find("Retry-After: 1"), std::string::npos) << answer;
  ::close(a);
  ::close(b);
  // Once they are gone, the server answers again.
  std::string later;
  for (int i = 0; i < 200 && later.rfind("HTTP/1.1 200", 0) != 0; ++i) {
    later = raw_exchange(port, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    if (later.rfind("HTTP/1.1 200", 0) != 0) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_EQ(later.rfind("HTTP/1.1 200", 0), 0u) << later;
}

// ---- headers and files ----

TEST_F(HardeningTest, HtmlPagesForbidInlineScriptAndFramingAndSendNoReferrer) {
  ApiOptions o = options();
  o.web_dir = TARJOTIN_WEB_DIR;
  testing::RunningServer server(o);
  auto page = server.client()->Get("/");
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200);
  const std::string csp = page->get_header_value("Content-Security-Policy");
  EXPECT_NE(csp.find("script-src 'self';"), std::string::npos) << csp;
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << csp;
  EXPECT_EQ(csp.find("unsafe-eval"), std::string::npos) << csp;
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << csp;
  EXPECT_EQ(page->get_header_value("Referrer-Policy"), "no-referrer");
  EXPECT_EQ(page->get_header_value("X-Content-Type-Options"), "nosniff");
  // A script loaded by other sites carries no document policy.
  auto widget = server.client()->Get("/embed.js");
  ASSERT_TRUE(widget);
  EXPECT_EQ(widget->status, 200);
  EXPECT_FALSE(widget->has_header("Content-Security-Policy"));
  EXPECT_EQ(widget->get_header_value("X-Content-Type-Options"), "nosniff");

  o.frame_ancestors = "https://www.example.fi";
  testing::RunningServer framed(o);
  auto framed_page = framed.client()->Get("/");
  ASSERT_TRUE(framed_page);
  EXPECT_NE(framed_page->get_header_value("Content-Security-Policy").find("frame-ancestors https://www.example.fi"),
            std::string::npos);
}

TEST(WebFiles, NoPageHasInlineScriptOrEventHandlers) {
  // The page's policy has no 'unsafe-inline': any inline script would not run.
  const std::regex inline_script(R"(<script(?![^>]*\bsrc=)[^>]*>)", std::regex::icase);
  const std::regex handler(R"(\son[a-z]+\s*=)", std::regex::icase);
  int pages = 0;
  for (const auto& entry : fs::directory_iterator(TARJOTIN_WEB_DIR)) {
    if (entry.path().extension() != ".html") continue;
    ++pages;
    std::ifstream in(entry.path());
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_FALSE(std::regex_search(text, inline_script)) << entry.path();
    EXPECT_FALSE(std::regex_search(text, handler)) << entry.path();
  }
  EXPECT_GT(pages, 0);
}

TEST_F(HardeningTest, StaticFilesNeverLeaveTheWebDirectory) {
  const fs::path web = dir / "web";
  fs::create_directories(web);
  std::ofstream(web / "index.html") << "<!doctype html><title>t</title>";
  std::ofstream(dir / "secret.js") << "const secret = 'outside';";
  fs::create_symlink(dir / "secret.js", web / "leak.js");
  fs::create_directory(web / "sub.js");
  ApiOptions o = options();
  o.web_dir = web;
  testing::RunningServer server(o);
  auto client = server.client();
  for (const char* path : {"/web/leak.js", "/web/sub.js", "/web/%2Fetc%2Fpasswd", "/web//etc/passwd",
                           "/web/..%2f..%2fsecret.js", "/web/%2e%2e%2fsecret.js", "/web/..%5csecret.js",
                           "/web/../CMakeLists.txt", "/../../etc/passwd"}) {
    auto res = client->Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path;
    EXPECT_EQ(res->body.find("outside"), std::string::npos) << path;
    EXPECT_EQ(res->body.find("root:"), std::string::npos) << path;
    EXPECT_EQ(res->body.find(dir.path()), std::string::npos) << path;
  }
  const std::string raw = raw_exchange(server.server().bound_port(),
                                       "GET /web/../../secret.js HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(raw.find("outside"), std::string::npos) << raw;
}

// ---- nothing internal in any answer ----

TEST_F(HardeningTest, FailuresBehindTheApiShowNoPathsSqlOrExceptionText) {
  const std::string store_path = dir / "store.sqlite";
  auto book = store_shortlist_book(store_path);  // a real SQLite file ...
  ApiOptions o = options();
  o.index_root = dir / "gone";  // ... an index that is not there
  o.shortlists = book;
  o.sources_json = []() -> std::string {
    throw std::runtime_error("SELECT * FROM sync_runs: database disk image is malformed (/srv/tarjotin/x.sqlite)");
  };
  o.extra_metrics = []() -> std::string { throw std::runtime_error("sqlite3 failed at /srv/tarjotin"); };
  o.label_suggestions = [](const SuggestRequest&) -> std::vector<Suggestion> {
    throw std::runtime_error("vocabulary at /srv/tarjotin/config broke");
  };
  // ... which is then overwritten with garbage: every new connection to it fails.
  std::ofstream(store_path, std::ios::trunc) << std::string(8192, 'x');
  testing::RunningServer server(o);
  auto client = server.client();
  int failures = 0;
  for (const char* path : {"/v1/search?q=kirjasto", "/v1/suggest?q=kie", "/v1/listings/le:1", "/v1/sources",
                           "/metrics", "/ready", "/health", "/hsds/services", "/v1/shortlists/AAAAAAAAAAAAAAAAAAAAAA",
                           "/s/AAAAAAAAAAAAAAAAAAAAAA"}) {
    auto res = client->Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_NE(res->status, 500) << path;
    if (res->status >= 500) ++failures;
    for (const char* secret : {"/srv/", "SELECT", "sqlite", "malformed", "/gone", "Xapian", "what()"})
      EXPECT_EQ(res->body.find(secret), std::string::npos) << path << " shows " << secret << ": " << res->body;
    EXPECT_EQ(res->body.find(dir.path()), std::string::npos) << path << ": " << res->body;
  }
  EXPECT_GE(failures, 4);  // search, listing, sources and the shortlist really failed
  auto created = client->Post("/v1/shortlists", R"({"listing_ids": ["le:1"], "lang": "fi"})", "application/json");
  ASSERT_TRUE(created);
  EXPECT_GE(created->status, 400);
  EXPECT_EQ(created->body.find("sqlite"), std::string::npos) << created->body;
  EXPECT_EQ(created->body.find(dir.path()), std::string::npos) << created->body;
}

}  // namespace
}  // namespace tarjotin
