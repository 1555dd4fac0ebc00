// What every route of ApiServer shares: ETag / If-None-Match, CORS, gzip and
// the access log, over a real server and index.
#include <gtest/gtest.h>
#include <httplib.h>
#include <zlib.h>

#include <algorithm>
#include <optional>

#include "api/server.h"
#include "temp_dir.h"
#include "test_server.h"

namespace tarjotin {
namespace {

std::optional<std::string> gunzip(const std::string& data) {
  z_stream z{};
  if (inflateInit2(&z, 15 + 16) != Z_OK) return std::nullopt;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buf[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END) return std::nullopt;
  return out;
}

class ApiHttpTest : public ::testing::Test {
 protected:
  void start(ApiOptions options) {
    options.index_root = dir / "index";
    running = std::make_unique<testing::RunningServer>(options);
    client = running->client();
  }
  void SetUp() override { testing::write_index(dir / "index", testing::sample_listings()); }

  testing::TempDir dir;
  std::unique_ptr<testing::RunningServer> running;
  std::unique_ptr<httplib::Client> client;
};

TEST_F(ApiHttpTest, EveryGetHasAnETagAndAMatchIsA304WithoutBody) {
  start({});
  for (const char* path : {"/v1/search?q=kirjasto", "/v1/listings/le:1", "/v1/sources", "/health", "/ready",
                           "/openapi.json"}) {
    auto first = client->Get(path);
    ASSERT_TRUE(first) << path;
    ASSERT_EQ(first->status, 200) << path;
    const std::string etag = first->get_header_value("ETag");
    EXPECT_EQ(etag.rfind("W/\"", 0), 0u) << path << ": " << etag;
    EXPECT_EQ(first->get_header_value("Cache-Control"), "no-cache");

    auto cached = client->Get(path, {{"If-None-Match", etag}});
    ASSERT_TRUE(cached) << path;
    EXPECT_EQ(cached->status, 304) << path;
    EXPECT_TRUE(cached->body.empty()) << path;
    EXPECT_EQ(cached->get_header_value("ETag"), etag);
    EXPECT_FALSE(cached->has_header("Content-Type")) << path;

    auto listed = client->Get(path, {{"If-None-Match", "W/\"0000000000000000-0\", " + etag}});
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->status, 304) << path;
    auto any = client->Get(path, {{"If-None-Match", "*"}});
    ASSERT_TRUE(any);
    EXPECT_EQ(any->status, 304) << path;
    auto stale = client->Get(path, {{"If-None-Match", "W/\"0000000000000000-0\""}});
    ASSERT_TRUE(stale);
    EXPECT_EQ(stale->status, 200) << path;
    EXPECT_EQ(stale->body, first->body) << path;
  }
}

TEST_F(ApiHttpTest, TheETagFollowsTheBody) {
  start({});
  auto fi = client->Get("/v1/search?lang=fi");
  auto sv = client->Get("/v1/search?lang=sv");
  auto fi_again = client->Get("/v1/search?lang=fi");
  ASSERT_TRUE(fi && sv && fi_again);
  EXPECT_NE(fi->get_header_value("ETag"), sv->get_header_value("ETag"));
  EXPECT_EQ(fi->get_header_value("ETag"), fi_again->get_header_value("ETag"));
  // Errors are not validated: an If-None-Match never turns a 4xx into a 304.
  auto bad = client->Get("/v1/search?page=0", {{"If-None-Match", "*"}});
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_FALSE(bad->has_header("ETag"));
}

TEST_F(ApiHttpTest, CorsOriginOnEveryResponseAndPreflightOnEveryRoute) {
  start({});
  for (const char* path : {"/v1/search", "/v1/search?page=0", "/no/such/route", "/metrics"}) {
    auto res = client->Get(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->get_header_value("Access-Control-Allow-Origin"), "*") << path;
  }
  const httplib::Headers preflight = {{"Origin", "https://kaupunki.example"},
                                      {"Access-Control-Request-Method", "GET"},
                                      {"Access-Control-Request-Headers", "if-none-match"}};
  for (const ApiRoute& route : running->server().routes()) {
    if (route.method != "OPTIONS") continue;
    std::string path = route.path;
    const auto brace = path.find("{id}");
    if (brace != std::string::npos) path.replace(brace, 4, "le:1");
    auto res = client->Options(path.c_str(), preflight);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 204) << path;
    EXPECT_TRUE(res->body.empty());
    EXPECT_EQ(res->get_header_value("Access-Control-Allow-Origin"), "*");
    const bool post = route.path == "/v1/shortlists";  // the one route that takes a (JSON) body
    EXPECT_EQ(res->get_header_value("Access-Control-Allow-Methods"), post ? "POST, OPTIONS" : "GET, HEAD, OPTIONS");
    EXPECT_NE(res->get_header_value("Access-Control-Allow-Headers").find(post ? "Content-Type" : "If-None-Match"),
              std::string::npos);
    EXPECT_EQ(res->get_header_value("Access-Control-Max-Age"), "86400");
  }
  auto unknown = client->Options("/no/such/route", preflight);
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 404);
}

TEST_F(ApiHttpTest, CorsOriginIsConfigurableAndCanBeOff) {
  ApiOptions options;
  options.cors_origin = "https://palvelut.example";
  start(options);
  auto res = client->Get("/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("Access-Control-Allow-Origin"), "https://palvelut.example");

  ApiOptions off;
  off.cors_origin = "";
  start(off);
  auto plain = client->Get("/health");
  ASSERT_TRUE(plain);
  EXPECT_FALSE(plain->has_header("Access-Control-Allow-Origin"));
  auto pre = client->Options("/v1/search");
  ASSERT_TRUE(pre);
  EXPECT_EQ(pre->status, 204);
  EXPECT_FALSE(pre->has_header("Access-Control-Allow-Methods"));
}

TEST_F(ApiHttpTest, LargeBodiesAreGzippedWhenAskedAndOnlyOnce) {
  start({});
  auto raw_client = running->client();
  raw_client->set_decompress(false);
  for (const char* path : {"/v1/search?q=kirjasto", "/openapi.json"}) {
    auto plain = raw_client->Get(path);
    ASSERT_TRUE(plain);
    ASSERT_GT(plain->body.size(), 1024u) << path;
    EXPECT_FALSE(plain->has_header("Content-Encoding")) << path;
    EXPECT_EQ(plain->get_header_value("Vary"), "Accept-Encoding");

    auto gz = raw_client->Get(path, {{"Accept-Encoding", "gzip, deflate"}});
    ASSERT_TRUE(gz);
    EXPECT_EQ(gz->status, 200);
    EXPECT_EQ(gz->get_header_value_count("Content-Encoding"), 1u) << path;
    EXPECT_EQ(gz->get_header_value("Content-Encoding"), "gzip") << path;
    EXPECT_EQ(gz->get_header_value("Content-Length"), std::to_string(gz->body.size()));
    EXPECT_LT(gz->body.size(), plain->body.size());
    EXPECT_EQ(gunzip(gz->body), plain->body) << path;
    EXPECT_EQ(gz->get_header_value("ETag"), plain->get_header_value("ETag")) << "weak: same for every coding";

    // httplib's client inflates it by itself to the same JSON.
    auto inflated = client->Get(path, {{"Accept-Encoding", "gzip"}});
    ASSERT_TRUE(inflated);
    EXPECT_EQ(inflated->body, plain->body);

    auto refused = raw_client->Get(path, {{"Accept-Encoding", "gzip;q=0, identity"}});
    ASSERT_TRUE(refused);
    EXPECT_FALSE(refused->has_header("Content-Encoding"));
  }
  auto small = raw_client->Get("/health", {{"Accept-Encoding", "gzip"}});
  ASSERT_TRUE(small);
  EXPECT_LE(small->body.size(), 1024u);
  EXPECT_FALSE(small->has_header("Content-Encoding")) << "small bodies are sent as they are";

  // text/* is compressed by httplib itself (at any size): never twice.
  auto metrics = raw_client->Get("/metrics", {{"Accept-Encoding", "gzip"}});
  ASSERT_TRUE(metrics);
  EXPECT_EQ(metrics->get_header_value_count("Content-Encoding"), 1u);
  ASSERT_EQ(metrics->get_header_value("Content-Encoding"), "gzip");
  const auto text = gunzip(metrics->body);
  ASSERT_TRUE(text);
  EXPECT_EQ(text->rfind("# HELP", 0), 0u);
}

TEST_F(ApiHttpTest, AccessLogIsOneJsonLinePerRequestWithoutTheQueryString) {
  ApiOptions options;
  options.access_log = true;
  start(options);
  ::testing::internal::CaptureStderr();
  auto search = client->Get("/v1/search?q=kirjasto&municipality=espoo&lang=fi");
  auto listing = client->Get("/v1/listings/le:nope");
  const std::string log = ::testing::internal::GetCapturedStderr();
  ASSERT_TRUE(search && listing);

  const size_t first_end = log.find('\n');
  ASSERT_NE(first_end, std::string::npos) << log;
  const std::string first = log.substr(0, first_end);
  const std::string second = log.substr(first_end + 1);
  EXPECT_EQ(first.front(), '{');
  EXPECT_NE(first.find(R"("method":"GET","path":"/v1/search","q":"kirjasto","status":200,"ms":)"), std::string::npos)
      << first;
  EXPECT_NE(first.find(R"("results":1,"total":1})"), std::string::npos) << first;
  EXPECT_EQ(first.find("espoo"), std::string::npos) << "only q of the query is logged";
  EXPECT_NE(second.find(R"("path":"/v1/listings/le:nope","status":404,"ms":)"), std::string::npos) << second;
  EXPECT_EQ(second.find("results"), std::string::npos);
  EXPECT_EQ(std::count(log.begin(), log.end(), '\n'), 2) << log;
}

}  // namespace
}  // namespace tarjotin
