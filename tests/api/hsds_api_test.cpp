// The /hsds routes on a real server over a real index: every route answers
// bodies valid against the HSDS 3.0 JSON schemas (tests/fixtures/hsds3_schema,
// see hsds_schemas.h for what is checked), page envelopes, search and
// filters, 404s and 400s.
#include <gtest/gtest.h>
#include <httplib.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <regex>
#include <set>

#include "api/server.h"
#include "hsds_catalogue.h"
#include "hsds_schemas.h"
#include "temp_dir.h"
#include "test_server.h"

namespace tarjotin {
namespace {

using rapidjson::Value;

std::string as_json(const Value& v) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buf);
  v.Accept(writer);
  return std::string(buf.GetString(), buf.GetSize());
}

class HsdsApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir = new testing::TempDir();
    testing::write_index(*dir / "index", testing::hsds_catalogue());
    ApiOptions options;
    options.index_root = *dir / "index";
    running = new testing::RunningServer(options);
  }
  static void TearDownTestSuite() {
    delete running;
    delete dir;
  }
  void SetUp() override { client = running->client(); }

  // The body of a GET answered with `status`, parsed.
  rapidjson::Document get(const std::string& target, int status = 200) {
    last_body.clear();
    auto res = client->Get(target.c_str());
    rapidjson::Document doc;
    EXPECT_TRUE(res) << target;
    if (!res) return doc;
    EXPECT_EQ(res->status, status) << target << " -> " << res->body.substr(0, 2000);
    EXPECT_NE(res->get_header_value("Content-Type").find("application/json"), std::string::npos) << target;
    last_body = res->body;
    doc.Parse(res->body.c_str());
    EXPECT_FALSE(doc.HasParseError()) << target << ": " << res->body.substr(0, 300);
    return doc;
  }

  // A page, valid against the HSDS schemas with `entity` contents.
  rapidjson::Document page(const std::string& target, const std::string& entity) {
    rapidjson::Document doc = get(target);
    EXPECT_EQ(schemas.page_violation(entity, last_body), "") << target;
    return doc;
  }

  std::set<std::string> ids(const rapidjson::Document& page) {
    std::set<std::string> out;
    for (const auto& item : page["contents"].GetArray()) out.insert(item["id"].GetString());
    return out;
  }

  std::string refused(const std::string& target) {
    auto doc = get(target, 400);
    if (!doc.IsObject() || !doc.HasMember("error") || !doc["error"].HasMember("parameter")) return "";
    return doc["error"]["parameter"].GetString();
  }

  void expect_not_found(const std::string& target) {
    auto doc = get(target, 404);
    EXPECT_TRUE(doc.IsObject() && doc.HasMember("error") && doc["error"].HasMember("message")) << target;
  }

  static testing::TempDir* dir;
  static testing::RunningServer* running;
  std::unique_ptr<httplib::Client> client;
  std::string last_body;
  testing::HsdsSchemas schemas{TARJOTIN_FIXTURES "/hsds3_schema"};
};

testing::TempDir* HsdsApiTest::dir = nullptr;
testing::RunningServer* HsdsApiTest::running = nullptr;

const std::vector<std::string> kLangs = {"fi", "sv", "en"};

TEST_F(HsdsApiTest, TheValidatorSeesTheSchemasRules) {
  // Guards the guard: the inlined schemas reject what HSDS forbids.
  EXPECT_EQ(schemas.violation("service", R"({"id":"a","name":"n","status":"active"})"), "");
  EXPECT_NE(schemas.violation("service", R"({"id":"a","name":"n"})"), "");                      // status required
  EXPECT_NE(schemas.violation("service", R"({"id":"a","name":"n","status":"open"})"), "");       // enum
  EXPECT_NE(schemas.violation("service", R"({"id":"a","name":"n","status":"active","minimum_age":"6"})"), "");
  EXPECT_NE(schemas.violation("service", R"({"id":"a","name":"n","status":"active",)"
                                         R"("service_at_locations":[{"id":"x","location":{"id":"l"}}]})"),
            "");  // location_type required two files away
  EXPECT_NE(schemas.violation("service", R"({"id":"a","name":"n","status":"active","attributes":[{"id":"x",)"
                                         R"("taxonomy_term":{"id":"t","name":"n"}}]})"),
            "");  // taxonomy_term.description
  EXPECT_NE(schemas.violation("service", R"({"id":"a","name":"n","status":"active","schedules":[{"id":"s","freq":"DAILY"}]})"),
            "");
  EXPECT_NE(schemas.page_violation("taxonomy", R"({"total_items":1,"contents":[]})"), "");  // envelope fields
  EXPECT_NE(schemas.page_violation("taxonomy", R"({"total_items":1,"total_pages":1,"page_number":1,"size":1,)"
                                               R"("first_page":true,"last_page":true,"empty":false,"contents":[{"id":"x"}]})"),
            "");
  EXPECT_NE(schemas.root_violation(R"({"version":3})"), "");
}

TEST_F(HsdsApiTest, TheRootSaysVersionProfileAndDocument) {
  auto doc = get("/hsds/");
  EXPECT_EQ(schemas.root_violation(last_body), "");
  EXPECT_STREQ(doc["version"].GetString(), "3.0");
  const std::string openapi = doc["openapi_url"].GetString();
  EXPECT_TRUE(std::regex_match(openapi, std::regex("^http://127\\.0\\.0\\.1:[0-9]+/openapi\\.json$"))) << openapi;
  EXPECT_EQ(std::string(doc["profile"].GetString()), openapi + "#/x-hsds-profile");
  EXPECT_EQ(refused("/hsds/?lang=fi"), "lang");  // the root takes no parameters
}

TEST_F(HsdsApiTest, EveryServiceIsValidInEveryLanguage) {
  for (const Listing& l : testing::hsds_catalogue()) {
    for (const std::string& lang : kLangs) {
      const std::string target = "/hsds/services/" + l.id + "?lang=" + lang;
      auto doc = get(target);
      EXPECT_EQ(schemas.violation("service", last_body), "") << target;
      EXPECT_EQ(std::string(doc["id"].GetString()), l.id);
      const std::regex utc("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$");
      if (doc.HasMember("last_modified")) {
        EXPECT_TRUE(std::regex_match(std::string(doc["last_modified"].GetString()), utc));
      }
      for (const auto& s : doc["schedules"].GetArray()) {
        for (const char* date : {"dtstart", "valid_from", "valid_to", "until"}) {
          if (s.HasMember(date)) {
            EXPECT_TRUE(std::regex_match(std::string(s[date].GetString()), std::regex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")));
          }
        }
        for (const char* time : {"opens_at", "closes_at"}) {
          if (s.HasMember(time)) {
            EXPECT_TRUE(std::regex_match(std::string(s[time].GetString()),
                                         std::regex("^[0-2][0-9]:[0-5][0-9]([+]0[23]:00)?$")));
          }
        }
      }
    }
  }
}

TEST_F(HsdsApiTest, AFullServiceCarriesTheMapping) {
  auto s = get("/hsds/services/hsds:full?lang=sv");
  EXPECT_STREQ(s["name"].GetString(), "Seniordans");
  EXPECT_STREQ(s["description"].GetString(), "Kom och dansa!");
  EXPECT_STREQ(s["status"].GetString(), "active");
  EXPECT_STREQ(s["url"].GetString(), "https://example.fi");
  EXPECT_STREQ(s["email"].GetString(), "info@example.fi");
  EXPECT_STREQ(s["fees_description"].GetString(), "5-7,50 €");  // fi text: no sv one
  EXPECT_STREQ(s["application_process"].GetString(), "Anmälan krävs: https://example.fi/ilmoittaudu");
  EXPECT_EQ(s["minimum_age"].GetInt(), 60);
  EXPECT_EQ(s["maximum_age"].GetInt(), 99);
  EXPECT_STREQ(s["last_modified"].GetString(), "2026-11-20T12:00:00Z");
  EXPECT_STREQ(s["organization_id"].GetString(), "ahjo:u1");
  EXPECT_STREQ(s["organization"]["name"].GetString(), "Kulturtjänster");

  ASSERT_EQ(s["phones"].Size(), 1u);
  EXPECT_STREQ(s["phones"][0]["number"].GetString(), "+358 9 123");
  ASSERT_EQ(s["languages"].Size(), 2u);
  EXPECT_STREQ(s["languages"][0]["code"].GetString(), "fi");
  EXPECT_STREQ(s["languages"][0]["name"].GetString(), "finska");

  ASSERT_EQ(s["cost_options"].Size(), 2u);
  EXPECT_EQ(s["cost_options"][0]["amount"].GetDouble(), 5);
  EXPECT_EQ(s["cost_options"][1]["amount"].GetDouble(), 7.5);
  EXPECT_STREQ(s["cost_options"][1]["currency"].GetString(), "EUR");

  ASSERT_EQ(s["schedules"].Size(), 1u);  // five Tuesdays: one weekly schedule
  const Value& weekly = s["schedules"][0];
  EXPECT_STREQ(weekly["freq"].GetString(), "WEEKLY");
  EXPECT_STREQ(weekly["byday"].GetString(), "TU");
  EXPECT_STREQ(weekly["dtstart"].GetString(), "2026-11-03");
  EXPECT_STREQ(weekly["until"].GetString(), "2026-12-01");
  EXPECT_EQ(weekly["count"].GetInt(), 5);
  EXPECT_STREQ(weekly["opens_at"].GetString(), "17:00+02:00");
  EXPECT_STREQ(weekly["closes_at"].GetString(), "18:30+02:00");
  EXPECT_STREQ(weekly["service_at_location_id"].GetString(), "hsds:full/service_at_location");

  ASSERT_EQ(s["service_at_locations"].Size(), 1u);
  const Value& location = s["service_at_locations"][0]["location"];
  EXPECT_STREQ(location["name"].GetString(), "Tanssisali");
  EXPECT_EQ(location["latitude"].GetDouble(), 60.17);
  EXPECT_STREQ(location["external_identifier"].GetString(), "tprek:1");
  ASSERT_EQ(location["addresses"].Size(), 1u);
  EXPECT_STREQ(location["addresses"][0]["address_1"].GetString(), "Dansgatan 1");
  EXPECT_STREQ(location["addresses"][0]["city"].GetString(), "Helsingfors");
  EXPECT_STREQ(location["addresses"][0]["state_province"].GetString(), "Nyland");
  EXPECT_STREQ(location["addresses"][0]["country"].GetString(), "FI");
  ASSERT_EQ(location["accessibility"].Size(), 1u);  // only the yes
  EXPECT_STREQ(location["accessibility"][0]["description"].GetString(), "Med rullstol");

  std::set<std::string> terms;
  for (const auto& a : s["attributes"].GetArray()) terms.insert(a["taxonomy_term_id"].GetString());
  EXPECT_EQ(terms, (std::set<std::string>{"tarjotin-category:liikunta", "tarjotin-category:theme:kulttuuri",
                                          "tarjotin-target-group:seniors", "yso:yso:p1278", "lahella:lahella:theme:sport",
                                          "keyword:helsinki:abc"}));
  for (const auto& a : s["attributes"].GetArray()) {
    if (std::string(a["taxonomy_term_id"].GetString()) != "yso:yso:p1278") continue;
    EXPECT_STREQ(a["taxonomy_term"]["name"].GetString(), "dans");
    EXPECT_STREQ(a["taxonomy_term"]["term_uri"].GetString(), "http://www.yso.fi/onto/yso/p1278");
    EXPECT_STREQ(a["taxonomy_term"]["taxonomy_id"].GetString(), "yso");
  }

  auto fi = get("/hsds/services/hsds:full");
  EXPECT_STREQ(fi["description"].GetString(), "Tule tanssimaan!");  // HTML as plain text
  EXPECT_STREQ(fi["service_at_locations"][0]["location"]["addresses"][0]["state_province"].GetString(), "Uusimaa");
}

TEST_F(HsdsApiTest, SchedulesOfOtherPatterns) {
  auto autumn = get("/hsds/services/hsds:autumn?lang=en");
  ASSERT_EQ(autumn["schedules"].Size(), 1u);
  EXPECT_STREQ(autumn["schedules"][0]["byday"].GetString(), "MO,WE");
  EXPECT_STREQ(autumn["schedules"][0]["opens_at"].GetString(), "18:00");  // across the change to winter time
  EXPECT_TRUE(autumn["schedules"][0].HasMember("notes"));
  EXPECT_FALSE(autumn["schedules"][0].HasMember("closes_at"));
  EXPECT_STREQ(autumn["service_at_locations"][0]["location"]["addresses"][0]["state_province"].GetString(), "");

  auto irregular = get("/hsds/services/hsds:irregular");
  EXPECT_STREQ(irregular["status"].GetString(), "inactive");
  EXPECT_EQ(irregular["schedules"].Size(), 50u);  // capped
  EXPECT_STREQ(irregular["fees_description"].GetString(), "Maksuton");
  ASSERT_EQ(irregular["cost_options"].Size(), 1u);
  EXPECT_EQ(irregular["cost_options"][0]["amount"].GetDouble(), 0);

  auto days = get("/hsds/services/hsds:days");
  EXPECT_STREQ(days["organization"]["name"].GetString(), "Kulttuuripalvelut");  // its feed gave only the id
  ASSERT_EQ(days["schedules"].Size(), 2u);
  EXPECT_STREQ(days["schedules"][0]["valid_from"].GetString(), "2026-12-01");
  EXPECT_STREQ(days["schedules"][0]["valid_to"].GetString(), "2026-12-03");
  EXPECT_FALSE(days["schedules"][0].HasMember("closes_at"));
  EXPECT_TRUE(days["schedules"][0].HasMember("description"));
  EXPECT_STREQ(days["schedules"][1]["valid_from"].GetString(), "2026-12-24");
  EXPECT_STREQ(days["schedules"][1]["valid_to"].GetString(), "2026-12-24");
  EXPECT_FALSE(days["schedules"][1].HasMember("opens_at"));

  auto online = get("/hsds/services/hsds:online?lang=fi");
  EXPECT_STREQ(online["name"].GetString(), "Helpline");
  EXPECT_EQ(online["service_at_locations"].Size(), 0u);
  EXPECT_FALSE(online.HasMember("organization"));
}

TEST_F(HsdsApiTest, ServicePagesAndTheirEnvelope) {
  auto all = page("/hsds/services", "service");
  EXPECT_EQ(all["total_items"].GetInt(), 8);
  EXPECT_EQ(all["total_pages"].GetInt(), 1);
  EXPECT_EQ(all["size"].GetInt(), 8);
  EXPECT_TRUE(all["first_page"].GetBool());
  EXPECT_TRUE(all["last_page"].GetBool());
  EXPECT_FALSE(all["empty"].GetBool());
  EXPECT_FALSE(all["contents"][0].HasMember("schedules"));  // one-to-one fields only
  EXPECT_STREQ(all["contents"][0]["id"].GetString(), "le:1");  // the order first indexed

  std::vector<std::string> paged;
  for (int p = 1; p <= 3; ++p) {
    auto doc = page("/hsds/services?per_page=3&page=" + std::to_string(p), "service");
    EXPECT_EQ(doc["total_items"].GetInt(), 8);
    EXPECT_EQ(doc["total_pages"].GetInt(), 3);
    EXPECT_EQ(doc["page_number"].GetInt(), p);
    EXPECT_EQ(doc["size"].GetInt(), p < 3 ? 3 : 2);
    EXPECT_EQ(doc["first_page"].GetBool(), p == 1);
    EXPECT_EQ(doc["last_page"].GetBool(), p == 3);
    for (const auto& item : doc["contents"].GetArray()) paged.push_back(item["id"].GetString());
  }
  EXPECT_EQ(paged.size(), 8u);
  EXPECT_EQ(std::set<std::string>(paged.begin(), paged.end()).size(), 8u);  // no repeats across pages

  auto beyond = page("/hsds/services?per_page=3&page=4", "service");
  EXPECT_TRUE(beyond["empty"].GetBool());
  EXPECT_EQ(beyond["size"].GetInt(), 0);
  EXPECT_TRUE(beyond["last_page"].GetBool());
  EXPECT_FALSE(beyond["first_page"].GetBool());

  auto full = page("/hsds/services?full=true&lang=en", "service");
  EXPECT_TRUE(full["contents"][0].HasMember("schedules"));
  auto none = page("/hsds/services?search=zzzqqq", "service");
  EXPECT_EQ(none["total_items"].GetInt(), 0);
  EXPECT_EQ(none["total_pages"].GetInt(), 0);
  EXPECT_TRUE(none["empty"].GetBool());
}

TEST_F(HsdsApiTest, SearchAndFilters) {
  EXPECT_EQ(ids(page("/hsds/services?search=tanssi", "service")), (std::set<std::string>{"hsds:full"}));
  EXPECT_EQ(ids(page("/hsds/services?search=kirjasto", "service")),
            (std::set<std::string>{"le:1", "le:2", "le:3"}));  // stemmed, as /v1/search
  EXPECT_EQ(ids(page("/hsds/services?taxonomy_term_id=tarjotin-category:liikunta", "service")),
            (std::set<std::string>{"hsds:full"}));
  EXPECT_EQ(ids(page("/hsds/services?taxonomy_term_id=tarjotin-category:theme:kulttuuri", "service")),
            (std::set<std::string>{"hsds:full"}));
  EXPECT_EQ(ids(page("/hsds/services?taxonomy_term_id=tarjotin-target-group:seniors", "service")),
            (std::set<std::string>{"hsds:full"}));
  EXPECT_EQ(ids(page("/hsds/services?taxonomy_term_id=yso:yso:p1278", "service")), (std::set<std::string>{"hsds:full"}));
  EXPECT_EQ(ids(page("/hsds/services?taxonomy_term_id=tpr:yso:p1278", "service")), (std::set<std::string>{}));
  EXPECT_EQ(ids(page("/hsds/services?taxonomy_term_id=tarjotin-category:nothing", "service")), (std::set<std::string>{}));
  EXPECT_EQ(ids(page("/hsds/services?organization_id=ahjo:u1", "service")),
            (std::set<std::string>{"hsds:full", "hsds:days"}));
  // modified_after: source_modified, else last seen; listings with neither are left out.
  EXPECT_EQ(ids(page("/hsds/services?modified_after=2026-09-30", "service")),
            (std::set<std::string>{"hsds:full", "hsds:autumn"}));
  EXPECT_EQ(ids(page("/hsds/services?modified_after=2026-11-20T12:00:00Z", "service")),
            (std::set<std::string>{"hsds:full"}));
  EXPECT_EQ(ids(page("/hsds/services?modified_after=2026-11-20T12:00:01Z", "service")), (std::set<std::string>{}));
  // Filters are cumulative.
  EXPECT_EQ(ids(page("/hsds/services?search=kirjasto&taxonomy_term_id=tarjotin-category:liikunta", "service")),
            (std::set<std::string>{}));
}

TEST_F(HsdsApiTest, ServiceAtLocations) {
  auto all = page("/hsds/service_at_locations", "service_at_location");
  EXPECT_EQ(all["total_items"].GetInt(), 7);  // every listing but the online one
  EXPECT_EQ(ids(all).count("hsds:online/service_at_location"), 0u);
  for (const auto& item : all["contents"].GetArray()) {
    ASSERT_TRUE(item.HasMember("service"));
    EXPECT_EQ(schemas.violation("service", as_json(item["service"])), "");
    EXPECT_EQ(std::string(item["id"].GetString()), std::string(item["service_id"].GetString()) + "/service_at_location");
  }
  EXPECT_EQ(ids(page("/hsds/service_at_locations?search=tanssi&full=true", "service_at_location")),
            (std::set<std::string>{"hsds:full/service_at_location"}));
  EXPECT_EQ(page("/hsds/service_at_locations?per_page=5&page=2", "service_at_location")["size"].GetInt(), 2);

  for (const Listing& l : testing::hsds_catalogue()) {
    if (l.id == "hsds:online") continue;
    auto doc = get("/hsds/service_at_locations/" + l.id + "/service_at_location?lang=sv");
    EXPECT_EQ(schemas.violation("service_at_location", last_body), "") << l.id;
    EXPECT_EQ(schemas.violation("service", as_json(doc["service"])), "") << l.id;
  }
  auto full = get("/hsds/service_at_locations/hsds:full/service_at_location");
  EXPECT_EQ(full["schedules"].Size(), 1u);
  EXPECT_EQ(full["location"]["accessibility"].Size(), 1u);
  expect_not_found("/hsds/service_at_locations/hsds:online/service_at_location");  // no place
  expect_not_found("/hsds/service_at_locations/hsds:full");
  expect_not_found("/hsds/service_at_locations/hsds:nope/service_at_location");
}

TEST_F(HsdsApiTest, Organizations) {
  auto all = page("/hsds/organizations", "organization");
  EXPECT_EQ(all["total_items"].GetInt(), 2);  // ahjo:u1 and the choir, known by name only
  std::string choir;
  for (const auto& o : all["contents"].GetArray())
    if (std::string(o["name"].GetString()) == "Laulun ystävät ry") choir = o["id"].GetString();
  ASSERT_EQ(choir.rfind("name:", 0), 0u);
  EXPECT_EQ(ids(page("/hsds/organizations?search=laulun", "organization")), (std::set<std::string>{choir}));
  EXPECT_EQ(ids(page("/hsds/organizations?search=KULTURTJ%C3%A4NSTER", "organization")),
            (std::set<std::string>{"ahjo:u1"}));  // any language, case and diacritics folded
  EXPECT_EQ(page("/hsds/organizations?per_page=1&page=2", "organization")["size"].GetInt(), 1);

  auto listed = page("/hsds/services?organization_id=ahjo:u1&lang=sv", "service");
  for (const auto& service : listed["contents"].GetArray())
    EXPECT_STREQ(service["organization"]["name"].GetString(), "Kulturtjänster");
  auto org = get("/hsds/organizations/ahjo:u1?lang=sv");
  EXPECT_EQ(schemas.violation("organization", last_body), "");
  EXPECT_STREQ(org["name"].GetString(), "Kulturtjänster");
  get("/hsds/organizations/" + choir);
  EXPECT_EQ(schemas.violation("organization", last_body), "");
  EXPECT_EQ(ids(page("/hsds/services?organization_id=" + choir, "service")), (std::set<std::string>{"hsds:autumn"}));
  expect_not_found("/hsds/organizations/nobody");
}

TEST_F(HsdsApiTest, Taxonomies) {
  auto all = page("/hsds/taxonomies?lang=en", "taxonomy");
  EXPECT_EQ(all["total_items"].GetInt(), 7);
  EXPECT_EQ(ids(all), (std::set<std::string>{"tarjotin-category", "tarjotin-target-group", "yso", "tpr", "ptv", "lahella",
                                             "keyword"}));
  auto second = page("/hsds/taxonomies?per_page=5&page=2", "taxonomy");
  EXPECT_EQ(second["size"].GetInt(), 2);
  EXPECT_EQ(second["total_pages"].GetInt(), 2);
  for (const auto& t : all["contents"].GetArray()) {
    get(std::string("/hsds/taxonomies/") + t["id"].GetString());
    EXPECT_EQ(schemas.violation("taxonomy", last_body), "");
  }
  expect_not_found("/hsds/taxonomies/nope");
}

TEST_F(HsdsApiTest, TaxonomyTerms) {
  auto all = page("/hsds/taxonomy_terms?lang=sv", "taxonomy_term");
  EXPECT_EQ(ids(all), (std::set<std::string>{"tarjotin-category:liikunta", "tarjotin-category:theme:kulttuuri",
                                             "tarjotin-target-group:seniors", "yso:yso:p1278",
                                             "lahella:lahella:theme:sport", "keyword:helsinki:abc"}));
  EXPECT_EQ(all["total_items"].GetInt(), 6);
  EXPECT_STREQ(all["contents"][0]["id"].GetString(), "tarjotin-category:liikunta");  // taxonomy order, then code
  EXPECT_EQ(ids(page("/hsds/taxonomy_terms?taxonomy_id=yso", "taxonomy_term")), (std::set<std::string>{"yso:yso:p1278"}));
  EXPECT_EQ(page("/hsds/taxonomy_terms?taxonomy_id=ptv", "taxonomy_term")["total_items"].GetInt(), 0);
  EXPECT_EQ(ids(page("/hsds/taxonomy_terms?search=dans", "taxonomy_term")), (std::set<std::string>{"yso:yso:p1278"}));
  EXPECT_EQ(ids(page("/hsds/taxonomy_terms?search=liikunta", "taxonomy_term")),
            (std::set<std::string>{"tarjotin-category:liikunta", "keyword:helsinki:abc"}));  // a code and a label
  EXPECT_EQ(page("/hsds/taxonomy_terms?per_page=4&page=2", "taxonomy_term")["size"].GetInt(), 2);

  auto yso = get("/hsds/taxonomy_terms/yso:yso:p1278?lang=en");
  EXPECT_EQ(schemas.violation("taxonomy_term", last_body), "");
  EXPECT_STREQ(yso["name"].GetString(), "dance");
  EXPECT_STREQ(yso["code"].GetString(), "yso:p1278");
  EXPECT_STREQ(yso["language"].GetString(), "en");
  EXPECT_STREQ(yso["taxonomy_detail"]["id"].GetString(), "yso");
  auto category = get("/hsds/taxonomy_terms/tarjotin-category:theme:kulttuuri");
  EXPECT_EQ(schemas.violation("taxonomy_term", last_body), "");
  EXPECT_STREQ(category["code"].GetString(), "theme:kulttuuri");
  EXPECT_STREQ(category["name"].GetString(), "theme:kulttuuri");  // no vocabulary labels yet
  for (const auto& t : all["contents"].GetArray()) get(std::string("/hsds/taxonomy_terms/") + t["id"].GetString());
  expect_not_found("/hsds/taxonomy_terms/tarjotin-category:nothing");
  expect_not_found("/hsds/taxonomy_terms/nope:liikunta");
  expect_not_found("/hsds/taxonomy_terms/liikunta");
}

TEST_F(HsdsApiTest, BadParametersAre400sNamingThem) {
  EXPECT_EQ(refused("/hsds/services?per_page=0"), "per_page");
  EXPECT_EQ(refused("/hsds/services?per_page=101"), "per_page");
  EXPECT_EQ(refused("/hsds/services?page=0"), "page");
  EXPECT_EQ(refused("/hsds/services?page=x"), "page");
  EXPECT_EQ(refused("/hsds/services?page=101&per_page=100"), "page");  // beyond the first 10000
  EXPECT_EQ(refused("/hsds/services?lang=de"), "lang");
  EXPECT_EQ(refused("/hsds/services?full=maybe"), "full");
  EXPECT_EQ(refused("/hsds/services?taxonomy_term_id=liikunta"), "taxonomy_term_id");
  EXPECT_EQ(refused("/hsds/services?taxonomy_term_id=nope:liikunta"), "taxonomy_term_id");
  EXPECT_EQ(refused("/hsds/services?modified_after=yesterday"), "modified_after");
  EXPECT_EQ(refused("/hsds/services?organization_id="), "organization_id");
  EXPECT_EQ(refused("/hsds/services?search=" + std::string(501, 'a')), "search");
  EXPECT_EQ(refused("/hsds/services?format=json"), "format");  // not supported: refused, not ignored
  EXPECT_EQ(refused("/hsds/services?page=1&page=2"), "page");
  EXPECT_EQ(refused("/hsds/service_at_locations?minimal=true"), "minimal");
  EXPECT_EQ(refused("/hsds/organizations?taxonomy_term_id=yso:yso:p1"), "taxonomy_term_id");
  EXPECT_EQ(refused("/hsds/taxonomies?search=x"), "search");
  EXPECT_EQ(refused("/hsds/taxonomy_terms?taxonomy_id=nope"), "taxonomy_id");
  EXPECT_EQ(refused("/hsds/services/le:1?full=true"), "full");
  EXPECT_EQ(refused("/hsds/taxonomies/yso?lang=xx"), "lang");
  EXPECT_EQ(page("/hsds/taxonomy_terms?page=1000000", "taxonomy_term")["size"].GetInt(), 0);  // lists of terms have no window
}

TEST_F(HsdsApiTest, UnknownIdsAre404s) {
  expect_not_found("/hsds/services/le:nope");
  expect_not_found("/hsds/organizations/le:1");
  expect_not_found("/hsds/taxonomies/le:1");
  expect_not_found("/hsds/taxonomy_terms/yso:yso:p9999999");
}

}  // namespace
}  // namespace tarjotin
