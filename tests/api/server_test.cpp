#include <gtest/gtest.h>
#include <httplib.h>

#include <rapidjson/document.h>

#include "api/server.h"
#include "temp_dir.h"
#include "test_server.h"

namespace tarjotin {
namespace {

class ApiServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::write_index(dir / "index", testing::sample_listings());
    ApiOptions options;
    options.index_root = dir / "index";
    options.sources_json = [] { return std::string(R"({"sources":[{"name":"le","listings":3}]})"); };
    options.extra_metrics = [] {
      return std::string("# HELP tarjotin_source_sync_errors_total Sync errors.\n"
                         "# TYPE tarjotin_source_sync_errors_total counter\n"
                         "tarjotin_source_sync_errors_total{source=\"le\"} 2\n");
    };
    running = std::make_unique<testing::RunningServer>(options);
    client = running->client();
  }

  rapidjson::Document get_json(const std::string& path, int expected_status) {
    auto res = client->Get(path.c_str());
    rapidjson::Document doc;
    EXPECT_TRUE(res) << path;
    if (!res) return doc;
    EXPECT_EQ(res->status, expected_status) << path << " -> " << res->body;
    EXPECT_NE(res->get_header_value("Content-Type").find("application/json"), std::string::npos);
    doc.Parse(res->body.c_str());
    EXPECT_FALSE(doc.HasParseError()) << res->body;
    return doc;
  }

  testing::TempDir dir;
  std::unique_ptr<testing::RunningServer> running;
  std::unique_ptr<httplib::Client> client;
};

TEST_F(ApiServerTest, SearchReturnsListingsAndExactFacets) {
  auto doc = get_json("/v1/search?q=kirjasto&lang=fi", 200);
  ASSERT_TRUE(doc.IsObject());
  EXPECT_EQ(doc["total"].GetInt(), 3);  // every listing is at a "...n kirjasto"
  EXPECT_EQ(doc["results"].Size(), 3u);
  const auto& free = doc["facets"]["free"];
  ASSERT_TRUE(free.IsArray());
  int total = 0;
  for (const auto& v : free.GetArray()) total += v["count"].GetInt();
  EXPECT_EQ(total, 3);
  EXPECT_TRUE(doc["facets"].HasMember("municipality"));
  EXPECT_TRUE(doc["facets"].HasMember("language"));
}

TEST_F(ApiServerTest, FiltersAndLanguageOfTexts) {
  auto doc = get_json("/v1/search?language=sv&lang=sv", 200);
  ASSERT_EQ(doc["total"].GetInt(), 1);
  const auto& hit = doc["results"][0];
  EXPECT_STREQ(hit["name"].GetString(), "Språkcafé på biblioteket");
  EXPECT_STREQ(hit["lang"].GetString(), "sv");
  EXPECT_FALSE(hit["lang_fallback"].GetBool());
  EXPECT_STREQ(hit["location"]["municipality"].GetString(), "Helsingfors");

  auto fallback = get_json("/v1/search?q=tuolijumppa&lang=sv", 200);
  ASSERT_EQ(fallback["total"].GetInt(), 1);
  EXPECT_STREQ(fallback["results"][0]["lang"].GetString(), "fi");
  EXPECT_TRUE(fallback["results"][0]["lang_fallback"].GetBool());

  EXPECT_EQ(get_json("/v1/search?free=true", 200)["total"].GetInt(), 1);
  EXPECT_EQ(get_json("/v1/search?is_free=false", 200)["total"].GetInt(), 1);
  EXPECT_EQ(get_json("/v1/search?municipality=espoo", 200)["total"].GetInt(), 1);
  EXPECT_EQ(get_json("/v1/search?start=2027-01-01&end=2027-01-31", 200)["total"].GetInt(), 1);
}

TEST_F(ApiServerTest, BadParameterIsA400NamingIt) {
  auto doc = get_json("/v1/search?page_size=abc", 400);
  ASSERT_TRUE(doc.HasMember("error"));
  EXPECT_STREQ(doc["error"]["parameter"].GetString(), "page_size");
  EXPECT_TRUE(doc["error"]["message"].IsString());
  EXPECT_TRUE(doc["error"]["allowed"].IsArray());
  EXPECT_STREQ(get_json("/v1/search?lang=de", 400)["error"]["parameter"].GetString(), "lang");
  EXPECT_STREQ(get_json("/v1/search?q=%FF%FE", 400)["error"]["parameter"].GetString(), "q");
}

TEST_F(ApiServerTest, HostileQueriesNeverCauseA500) {
  for (const char* q : {"%22AND%20OR%20(", "title%3A", "*", "NOT", "%00", "a%20-b%20%2Bc%20%22d"}) {
    auto res = client->Get((std::string("/v1/search?q=") + q).c_str());
    ASSERT_TRUE(res) << q;
    EXPECT_EQ(res->status, 200) << q << " -> " << res->body;
  }
}

TEST_F(ApiServerTest, ListingByIdAndUnknownIdIs404Json) {
  auto doc = get_json("/v1/listings/le:2", 200);
  EXPECT_STREQ(doc["id"].GetString(), "le:2");
  EXPECT_STREQ(doc["source_url"].GetString(), "https://api.hel.fi/linkedevents/v1/event/2/");
  EXPECT_STREQ(doc["name"]["fi"].GetString(), "Tuolijumppa");
  auto missing = get_json("/v1/listings/le:nope", 404);
  EXPECT_TRUE(missing["error"]["message"].IsString());
  get_json("/no/such/route", 404);
}

// A listing merged into another as a duplicate (app/duplicates/): a saved
// link to it answers with the merged listing, which names both sources.
TEST(ApiMergedListingTest, MergedAwayIdAnswersWithTheMergedListing) {
  testing::TempDir dir;
  std::vector<Listing> listings = testing::sample_listings();
  Listing& merged = listings.front();
  merged.sources = {{merged.source, merged.id, merged.source_url, "self", "this listing"},
                    {"ptv", "ptv:abc", "https://ptv.example/Service/abc", "duplicate", "same name and address (Oodi), 5 m apart"}};
  testing::write_index(dir / "index", listings);
  ApiOptions options;
  options.index_root = dir / "index";
  testing::RunningServer running(options);
  auto client = running.client();
  auto res = client->Get("/v1/listings/ptv:abc");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  rapidjson::Document doc;
  doc.Parse(res->body.c_str());
  EXPECT_EQ(std::string(doc["id"].GetString()), merged.id);
  ASSERT_EQ(doc["sources"].Size(), 2u);
  EXPECT_STREQ(doc["sources"][1]["id"].GetString(), "ptv:abc");
  EXPECT_STREQ(doc["sources"][1]["relation"].GetString(), "duplicate");
  // Another listing alone names just itself.
  res = client->Get(("/v1/listings/" + listings.back().id).c_str());
  ASSERT_TRUE(res);
  doc.Parse(res->body.c_str());
  ASSERT_EQ(doc["sources"].Size(), 1u);
  EXPECT_STREQ(doc["sources"][0]["relation"].GetString(), "self");
  EXPECT_EQ(client->Get("/v1/listings/ptv:nope")->status, 404);
}

TEST_F(ApiServerTest, HealthReportsListingCount) {
  auto doc = get_json("/health", 200);
  EXPECT_STREQ(doc["status"].GetString(), "ok");
  EXPECT_EQ(doc["listings"].GetInt(), 3);
}

TEST_F(ApiServerTest, SourcesRouteServesTheStatusItIsGiven) {
  auto doc = get_json("/v1/sources", 200);
  EXPECT_STREQ(doc["sources"][0]["name"].GetString(), "le");
  EXPECT_EQ(doc["sources"][0]["listings"].GetInt(), 3);
}

TEST_F(ApiServerTest, CompressedRequestBodiesAreRefused) {
  httplib::Headers headers = {{"Content-Encoding", "gzip"}};
  auto res = client->Get("/v1/search", headers);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 415);
}

TEST_F(ApiServerTest, ReadyOnceAnIndexExistsAndOpens) {
  testing::TempDir empty;
  ApiOptions options;
  options.index_root = empty / "index";
  testing::RunningServer fresh(options);
  auto c = fresh.client();
  auto not_ready = c->Get("/ready");
  ASSERT_TRUE(not_ready);
  EXPECT_EQ(not_ready->status, 503);
  EXPECT_EQ(not_ready->body, R"({"status":"not ready"})");
  auto alive = c->Get("/health");  // liveness does not wait for an index
  ASSERT_TRUE(alive);
  EXPECT_EQ(alive->status, 200);

  testing::write_index(empty / "index", testing::sample_listings());
  auto ready = c->Get("/ready");
  ASSERT_TRUE(ready);
  EXPECT_EQ(ready->status, 200);
  EXPECT_EQ(ready->body, R"({"status":"ready","listings":3})");
  EXPECT_EQ(get_json("/ready", 200)["listings"].GetInt(), 3);
}

TEST_F(ApiServerTest, MetricsCountRequestsPerRouteTemplateAndStatus) {
  get_json("/v1/search?q=kirjasto", 200);
  get_json("/v1/search?q=kirjasto", 200);
  get_json("/v1/search?page=0", 400);
  get_json("/v1/listings/le:1", 200);
  get_json("/v1/listings/le:nope", 404);
  get_json("/no/such/route", 404);
  auto res = client->Get("/metrics");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type").rfind("text/plain; version=0.0.4", 0), 0u);
  const std::string& m = res->body;
  for (const char* line : {
           "# TYPE tarjotin_http_requests_total counter\n",
           "tarjotin_http_requests_total{route=\"/v1/search\",method=\"GET\",status=\"200\"} 2\n",
           "tarjotin_http_requests_total{route=\"/v1/search\",method=\"GET\",status=\"400\"} 1\n",
           "tarjotin_http_requests_total{route=\"/v1/listings/{id}\",method=\"GET\",status=\"200\"} 1\n",
           "tarjotin_http_requests_total{route=\"/v1/listings/{id}\",method=\"GET\",status=\"404\"} 1\n",
           "tarjotin_http_requests_total{route=\"other\",method=\"GET\",status=\"404\"} 1\n",
           "# TYPE tarjotin_http_request_duration_seconds histogram\n",
           "tarjotin_http_request_duration_seconds_bucket{route=\"/v1/search\",method=\"GET\",status=\"200\",le=\"+Inf\"} 2\n",
           "tarjotin_http_request_duration_seconds_count{route=\"/v1/search\",method=\"GET\",status=\"200\"} 2\n",
           "tarjotin_index_ready 1\n",
           "tarjotin_index_listings 3\n",
           "# TYPE tarjotin_index_revision gauge\n",
           "tarjotin_extra_metrics_up 1\n",
           "tarjotin_source_sync_errors_total{source=\"le\"} 2\n",
       }) {
    EXPECT_NE(m.find(line), std::string::npos) << line << "\nnot in:\n" << m;
  }
  // The index's revision, for telling which state a node serves.
  const std::string revision_line = "tarjotin_index_revision{generation=\"gen-1\"} ";
  const auto at = m.find(revision_line);
  ASSERT_NE(at, std::string::npos) << m;
  EXPECT_GT(std::stoll(m.substr(at + revision_line.size())), 0);
  // The scrape itself is counted by the next one.
  auto again = client->Get("/metrics");
  ASSERT_TRUE(again);
  EXPECT_NE(again->body.find("tarjotin_http_requests_total{route=\"/metrics\",method=\"GET\",status=\"200\"} 1\n"),
            std::string::npos);
}

TEST(ApiServerMetrics, AFailingHookDoesNotFailTheScrape) {
  testing::TempDir dir;
  ApiOptions options;
  options.index_root = dir / "index";
  options.extra_metrics = []() -> std::string { throw std::runtime_error("store locked"); };
  testing::RunningServer running(options);
  auto res = running.client()->Get("/metrics");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("tarjotin_extra_metrics_up 0\n"), std::string::npos);
  EXPECT_NE(res->body.find("tarjotin_index_ready 0\n"), std::string::npos);
  EXPECT_EQ(res->body.find("store locked"), std::string::npos);
}

}  // namespace
}  // namespace tarjotin
