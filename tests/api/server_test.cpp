#include <gtest/gtest.h>
#include <httplib.h>

#include <rapidjson/document.h>

#include <thread>

#include "api/server.h"
#include "index/index_writer.h"
#include "model/time.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

Listing make(const std::string& id, const std::string& fi_name, const std::string& sv_name, Tri free,
             const std::vector<std::string>& languages, const std::string& municipality_fi,
             const std::string& municipality_sv, const char* start) {
  Listing l;
  l.id = "le:" + id;
  l.source = "le";
  l.source_id = id;
  if (!fi_name.empty()) l.name["fi"] = fi_name;
  if (!sv_name.empty()) l.name["sv"] = sv_name;
  l.price.free = free;
  l.languages = languages;
  l.location.name["fi"] = municipality_fi + "n kirjasto";
  l.location.municipality = {{"fi", municipality_fi}, {"sv", municipality_sv}};
  if (start) l.occurrences.push_back({parse_iso8601(start)->utc, parse_iso8601(start)->utc + 3600, false});
  l.source_url = "https://api.hel.fi/linkedevents/v1/event/" + id + "/";
  return l;
}

class ApiServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    {
      IndexWriter writer(dir / "index");
      writer.upsert(make("1", "Kielikahvila kirjastossa", "Språkcafé på biblioteket", Tri::yes, {"fi", "sv"},
                         "Helsinki", "Helsingfors", "2026-12-02T15:00:00Z"));
      writer.upsert(make("2", "Tuolijumppa", "", Tri::no, {"fi"}, "Espoo", "Esbo", "2026-12-03T08:00:00Z"));
      writer.upsert(make("3", "Lautapelit kirjastossa", "", Tri::unknown, {"fi", "en"}, "Vantaa", "Vanda",
                         "2027-01-10T10:00:00Z"));
      writer.commit();
    }
    ApiOptions options;
    options.index_root = dir / "index";
    options.port = 0;
    options.sources_json = [] { return std::string(R"({"sources":[{"name":"le","listings":3}]})"); };
    server = std::make_unique<ApiServer>(options);
    std::string error;
    ASSERT_TRUE(server->bind(&error)) << error;
    thread = std::thread([this] { server->serve(); });
    for (int i = 0; i < 200 && !server->running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    client = std::make_unique<httplib::Client>("127.0.0.1", server->bound_port());
  }
  void TearDown() override {
    server->stop();
    thread.join();
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
  std::unique_ptr<ApiServer> server;
  std::thread thread;
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

}  // namespace
}  // namespace tarjotin
