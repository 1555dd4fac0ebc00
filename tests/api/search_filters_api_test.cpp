// GET /v1/search over real HTTP with the location, time, condition and sort
// parameters: what comes back, the distance of each result, the new facets,
// and a 400 naming the parameter for bad input.
#include <gtest/gtest.h>
#include <httplib.h>

#include <rapidjson/document.h>

#include <chrono>
#include <thread>

#include "api/server.h"
#include "index/index_writer.h"
#include "model/time.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

Listing listing(const std::string& id, const std::string& name, const std::string& municipality,
                std::optional<std::pair<double, double>> point, std::vector<std::string> channels) {
  Listing l;
  l.id = "a:" + id;
  l.source = "a";
  l.source_id = id;
  l.name["fi"] = name;
  if (!municipality.empty()) l.location.municipality["fi"] = municipality;
  if (point) {
    l.location.lat = point->first;
    l.location.lon = point->second;
  }
  l.channels = std::move(channels);
  l.price.free = Tri::yes;
  return l;
}

Occurrence at(const char* local_start) {
  const std::int64_t start = parse_iso8601(local_start)->utc;
  return {start, start + 3600, false};
}

std::vector<Listing> listings() {
  Listing oodi = listing("1", "Satutunti", "Helsinki", {{60.1738, 24.9382}}, {"in_person"});
  oodi.occurrences = {at("2031-06-01T11:00")};  // Sunday morning
  oodi.target_groups = {"children"};
  oodi.accessibility = {{"wheelchair", Tri::yes}};
  oodi.min_age = 3;
  oodi.max_age = 7;
  Listing sello = listing("2", "Yökirjasto", "Espoo", {{60.2180, 24.8110}}, {"in_person"});
  sello.occurrences = {{parse_iso8601("2031-06-01T21:30:00Z")->utc, parse_iso8601("2031-06-01T22:30:00Z")->utc}};
  sello.target_groups = {"youth"};
  sello.price.free = Tri::no;
  sello.price.min_eur = 8;
  sello.registration.required = Tri::yes;
  Listing tikkurila = listing("3", "Lounaskonsertti", "Vantaa", {{60.2925, 25.0440}}, {"in_person"});
  tikkurila.occurrences = {at("2031-10-26T16:30")};  // Sunday afternoon, the day DST ends
  tikkurila.target_groups = {"all"};
  tikkurila.source_modified = "2031-09-01T00:00:00Z";
  Listing online = listing("4", "Digitaidot verkossa", "", std::nullopt, {"online"});
  online.categories = {"digital", "theme:digitaidot"};
  Listing turku = listing("5", "Vertaistukiryhmä", "Turku", {{60.4518, 22.2666}}, {"in_person"});
  return {oodi, sello, tikkurila, online, turku};
}

class SearchFiltersApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    {
      IndexWriter writer(dir / "index");
      for (const Listing& l : listings()) writer.upsert(l);
      writer.commit();
    }
    ApiOptions options;
    options.index_root = dir / "index";
    options.port = 0;
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

  rapidjson::Document get(const std::string& path, int expected_status = 200) {
    auto res = client->Get(path.c_str());
    rapidjson::Document doc;
    EXPECT_TRUE(res) << path;
    if (!res) return doc;
    EXPECT_EQ(res->status, expected_status) << path << " -> " << res->body;
    doc.Parse(res->body.c_str());
    EXPECT_FALSE(doc.HasParseError()) << res->body;
    return doc;
  }

  std::vector<std::string> ids(const std::string& path) {
    std::vector<std::string> out;
    const rapidjson::Document doc = get(path);
    if (!doc.IsObject() || !doc.HasMember("results")) return out;
    for (const auto& hit : doc["results"].GetArray()) out.push_back(hit["id"].GetString());
    return out;
  }

  std::string bad_parameter(const std::string& path) {
    const rapidjson::Document doc = get(path, 400);
    if (!doc.IsObject() || !doc.HasMember("error")) return "<no error>";
    return doc["error"]["parameter"].GetString();
  }

  testing::TempDir dir;
  std::unique_ptr<ApiServer> server;
  std::thread thread;
  std::unique_ptr<httplib::Client> client;
};

using Ids = std::vector<std::string>;

TEST_F(SearchFiltersApiTest, NearSortedByDistanceWithDistances) {
  const rapidjson::Document doc = get("/v1/search?near=60.1719,24.9414&radius_km=20&sort=distance");
  ASSERT_EQ(doc["total"].GetInt(), 4);  // Turku is too far; the online listing stays
  const auto& results = doc["results"];
  EXPECT_STREQ(results[0]["id"].GetString(), "a:1");
  EXPECT_DOUBLE_EQ(results[0]["distance_km"].GetDouble(), 0.3);
  EXPECT_STREQ(results[1]["id"].GetString(), "a:2");
  EXPECT_DOUBLE_EQ(results[1]["distance_km"].GetDouble(), 8.8);
  EXPECT_STREQ(results[2]["id"].GetString(), "a:3");
  EXPECT_DOUBLE_EQ(results[2]["distance_km"].GetDouble(), 14.6);
  EXPECT_STREQ(results[3]["id"].GetString(), "a:4");
  EXPECT_FALSE(results[3].HasMember("distance_km"));  // no coordinates
  // Without a point there is no distance.
  EXPECT_FALSE(get("/v1/search?sort=name")["results"][0].HasMember("distance_km"));
}

TEST_F(SearchFiltersApiTest, LinkedEventsFormIsLongitudeFirstAndMetres) {
  EXPECT_EQ(ids("/v1/search?dwithin_origin=24.9414,60.1719&dwithin_metres=9000&sort=distance"),
            (Ids{"a:1", "a:2", "a:4"}));
  EXPECT_EQ(ids("/v1/search?near=60.1719,24.9414&radius_km=9&sort=distance"), (Ids{"a:1", "a:2", "a:4"}));
}

TEST_F(SearchFiltersApiTest, ChannelInPersonDropsTheOnlineListing) {
  EXPECT_EQ(ids("/v1/search?near=60.1719,24.9414&radius_km=9&channel=in_person&sort=distance"), (Ids{"a:1", "a:2"}));
  EXPECT_EQ(ids("/v1/search?municipality=turku&sort=name"), (Ids{"a:4", "a:5"}));  // Digitaidot, Vertaistukiryhmä
  EXPECT_EQ(ids("/v1/search?bbox=24.6,60.1,24.9,60.25&channel=in_person"), (Ids{"a:2"}));
}

TEST_F(SearchFiltersApiTest, WeekdayAndTimeOfDayInHelsinkiTime) {
  // a:2 is Monday 00:30 in Helsinki (Sunday 21:30 UTC); undated a:4 and a:5 always pass.
  EXPECT_EQ(ids("/v1/search?weekday=sun&kind=event&sort=name&channel=in_person"), (Ids{"a:3", "a:1", "a:5"}));
  EXPECT_EQ(ids("/v1/search?weekday=1&sort=name&channel=in_person"), (Ids{"a:5", "a:2"}));
  EXPECT_EQ(ids("/v1/search?weekday=sun&time_of_day=afternoon&sort=name&channel=in_person"), (Ids{"a:3", "a:5"}));
}

TEST_F(SearchFiltersApiTest, ConditionsAndThemes) {
  EXPECT_EQ(ids("/v1/search?target_group=children&sort=name"), (Ids{"a:3", "a:1"}));  // a:3 is open to all
  EXPECT_EQ(ids("/v1/search?target_group=children&target_group_only=true"), (Ids{"a:1"}));
  EXPECT_EQ(ids("/v1/search?accessibility=wheelchair"), (Ids{"a:1"}));
  EXPECT_EQ(ids("/v1/search?max_price=5&registration=required"), Ids{});
  EXPECT_EQ(ids("/v1/search?max_price=8&registration=required"), (Ids{"a:2"}));
  EXPECT_EQ(ids("/v1/search?age=10&kind=event&channel=in_person&sort=name"), (Ids{"a:3", "a:5", "a:2"}));
  EXPECT_EQ(ids("/v1/search?updated_since=2031-01-01"), (Ids{"a:3"}));
  EXPECT_EQ(ids("/v1/search?theme=digitaidot"), (Ids{"a:4"}));
  EXPECT_EQ(ids("/v1/search?sort=updated").front(), "a:3");
}

TEST_F(SearchFiltersApiTest, EveryFacetWithLabels) {
  const rapidjson::Document doc = get("/v1/search?lang=sv");
  const auto& facets = doc["facets"];
  for (const char* facet : {"category", "theme", "target_group", "language", "free", "accessibility", "municipality",
                            "kind", "channel", "weekday", "time_of_day"})
    EXPECT_TRUE(facets.HasMember(facet)) << facet;
  bool saw_monday = false;
  for (const auto& v : facets["weekday"].GetArray())
    if (std::string(v["value"].GetString()) == "mon") {
      saw_monday = true;
      EXPECT_STREQ(v["label"].GetString(), "må");
      EXPECT_EQ(v["count"].GetInt(), 3);  // a:2 and the two undated listings
    }
  EXPECT_TRUE(saw_monday);
  EXPECT_STREQ(facets["channel"][0]["label"].GetString(), "På plats");
}

TEST_F(SearchFiltersApiTest, BadInputIsA400NamingTheParameter) {
  EXPECT_EQ(bad_parameter("/v1/search?sort=distance"), "sort");
  EXPECT_EQ(bad_parameter("/v1/search?near=91,24"), "near");
  EXPECT_EQ(bad_parameter("/v1/search?near=60.17"), "near");
  EXPECT_EQ(bad_parameter("/v1/search?near=60,24&radius_km=501"), "radius_km");
  EXPECT_EQ(bad_parameter("/v1/search?dwithin_origin=24.9,95"), "dwithin_origin");
  EXPECT_EQ(bad_parameter("/v1/search?bbox=25,60,24,61"), "bbox");
  EXPECT_EQ(bad_parameter("/v1/search?weekday=funday"), "weekday");
  EXPECT_EQ(bad_parameter("/v1/search?time_of_day=night"), "time_of_day");
  EXPECT_EQ(bad_parameter("/v1/search?channel=pigeon"), "channel");
  EXPECT_EQ(bad_parameter("/v1/search?age=abc"), "age");
  EXPECT_EQ(bad_parameter("/v1/search?max_price=-1"), "max_price");
  EXPECT_EQ(bad_parameter("/v1/search?facets=colour"), "facets");
}

}  // namespace
}  // namespace tarjotin
