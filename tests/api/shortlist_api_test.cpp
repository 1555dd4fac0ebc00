// Counsellors' shortlists through a real server, a real index and a real
// SQLite file (the application's book, src/app/shortlist_book.h): create,
// read as JSON and as the printable page, expiry, limits, 400s naming the
// field, 404s, the rate limit per address and HTML escaping.
#include <gtest/gtest.h>
#include <httplib.h>
#include <rapidjson/document.h>
#include <sqlite3.h>

#include <regex>
#include <set>

#include "api/server.h"
#include "app/shortlist_book.h"
#include "model/time.h"
#include "store/shortlist_store.h"
#include "temp_dir.h"
#include "test_server.h"

namespace tarjotin {
namespace {

// The sample listings plus one whose texts try to inject markup.
std::vector<Listing> catalogue() {
  std::vector<Listing> all = testing::sample_listings();
  Listing evil = testing::sample_listing("evil", "<img src=x onerror=alert(1)>Tanssi", "", Tri::yes, {"fi"},
                                         "Helsinki", "Helsingfors", "2026-12-05T10:00:00Z");
  evil.summary = {{"fi", "</dd><script>alert('summary')</script>"}};
  evil.registration = {Tri::yes, "javascript:alert(1)"};
  evil.contact.url = "https://example.fi/?a=1&b=\"2\"";
  evil.contact.phone = "+358 9 \"123\"";
  all.push_back(evil);
  return all;
}

class ShortlistApiTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::write_index(dir / "index", catalogue()); }

  void start(int per_hour = 1000) {
    running.reset();
    ApiOptions options;
    options.index_root = dir / "index";
    options.shortlists = store_shortlist_book(dir / "store.sqlite");
    options.shortlist_creates_per_hour = per_hour;
    running = std::make_unique<testing::RunningServer>(options);
    client = running->client();
  }

  httplib::Result post(const std::string& body) {
    return client->Post("/v1/shortlists", body, "application/json");
  }

  // POSTs and returns the new id (asserting 201).
  std::string create(const std::string& body) {
    auto res = post(body);
    EXPECT_TRUE(res);
    if (!res) return "";
    EXPECT_EQ(res->status, 201) << res->body;
    rapidjson::Document doc;
    doc.Parse(res->body.c_str());
    return doc.IsObject() && doc.HasMember("id") ? doc["id"].GetString() : "";
  }

  // The parameter a 400 names.
  std::string rejected_field(const std::string& body, int status = 400) {
    auto res = post(body);
    if (!res) return "no response";
    EXPECT_EQ(res->status, status) << body << " -> " << res->body;
    rapidjson::Document doc;
    doc.Parse(res->body.c_str());
    if (!doc.IsObject() || !doc.HasMember("error") || !doc["error"].HasMember("parameter")) return "no field: " + res->body;
    return doc["error"]["parameter"].GetString();
  }

  testing::TempDir dir;
  std::unique_ptr<testing::RunningServer> running;
  std::unique_ptr<httplib::Client> client;
};

TEST_F(ShortlistApiTest, ACreatedListReadsBackAsJsonAndAsAPrintablePageInItsLanguage) {
  start();
  auto res = post(R"({"listing_ids":["le:2","le:1"],"lang":"sv","note":"Ring först"})");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 201) << res->body;
  rapidjson::Document created;
  created.Parse(res->body.c_str());
  const std::string id = created["id"].GetString();
  EXPECT_TRUE(std::regex_match(id, std::regex("[A-Za-z0-9_-]{22}"))) << id;
  EXPECT_EQ(std::string(created["url"].GetString()), "/s/" + id);
  EXPECT_EQ(res->get_header_value("Location"), "/s/" + id);
  const auto expires = parse_iso8601(created["expires"].GetString());
  ASSERT_TRUE(expires);
  EXPECT_NEAR(static_cast<double>(expires->utc - now_utc()), 90.0 * 86400, 120);

  auto json = client->Get(("/v1/shortlists/" + id).c_str());
  ASSERT_TRUE(json);
  ASSERT_EQ(json->status, 200);
  EXPECT_EQ(json->get_header_value("Referrer-Policy"), "no-referrer");
  rapidjson::Document doc;
  doc.Parse(json->body.c_str());
  EXPECT_STREQ(doc["lang"].GetString(), "sv");
  EXPECT_STREQ(doc["note"].GetString(), "Ring först");
  ASSERT_EQ(doc["items"].Size(), 2u);
  EXPECT_STREQ(doc["items"][0]["id"].GetString(), "le:2");  // the counsellor's order
  EXPECT_TRUE(doc["items"][0]["available"].GetBool());
  EXPECT_STREQ(doc["items"][1]["listing"]["name"].GetString(), "Språkcafé på biblioteket");

  auto page = client->Get(("/s/" + id).c_str());
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(page->get_header_value("Referrer-Policy"), "no-referrer");
  EXPECT_NE(page->get_header_value("Content-Security-Policy").find("default-src 'none'"), std::string::npos);
  const std::string& html = page->body;
  EXPECT_NE(html.find("<html lang=\"sv\">"), std::string::npos);
  EXPECT_NE(html.find("<h1>Din lista</h1>"), std::string::npos);
  EXPECT_NE(html.find("Språkcafé på biblioteket"), std::string::npos);
  EXPECT_NE(html.find("Gratis"), std::string::npos);             // le:1 is free
  EXPECT_NE(html.find("ons 2.12.2026 kl. 17.00"), std::string::npos);  // 15:00 UTC in Helsinki, in Swedish
  EXPECT_LT(html.find("Tuolijumppa"), html.find("Språkcafé"));   // in order
  EXPECT_NE(html.find("@page{size:A4"), std::string::npos);
}

TEST_F(ShortlistApiTest, TheFinnishAndEnglishPagesUseTheirOwnWords) {
  start();
  const std::string fi = create(R"({"listing_ids":["le:1"]})");
  const std::string en = create(R"({"listing_ids":["le:1"],"lang":"en"})");
  auto fi_page = client->Get(("/s/" + fi).c_str());
  auto en_page = client->Get(("/s/" + en).c_str());
  ASSERT_TRUE(fi_page && en_page);
  EXPECT_NE(fi_page->body.find("<h1>Sinun listasi</h1>"), std::string::npos);
  EXPECT_NE(fi_page->body.find("Kielikahvila kirjastossa"), std::string::npos);
  EXPECT_NE(en_page->body.find("<h1>Your list</h1>"), std::string::npos);
  EXPECT_NE(en_page->body.find("Wed 2.12.2026 at 17:00"), std::string::npos);
}

TEST_F(ShortlistApiTest, IdsAreDistinctAndUrlSafe) {
  start();
  std::set<std::string> ids;
  for (int i = 0; i < 40; ++i) ids.insert(create(R"({"listing_ids":["le:1"]})"));
  EXPECT_EQ(ids.size(), 40u);
  for (const auto& id : ids) EXPECT_TRUE(std::regex_match(id, std::regex("[A-Za-z0-9_-]{22}"))) << id;
}

TEST_F(ShortlistApiTest, ListsAreKeptInSqliteAcrossARestartWithNothingButIdsLanguageNoteAndTimes) {
  start();
  const std::string id = create(R"({"listing_ids":["le:3"],"note":"torstaisin"})");
  start();  // a new server and book over the same file
  auto res = client->Get(("/v1/shortlists/" + id).c_str());
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("torstaisin"), std::string::npos);

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir / "store.sqlite").c_str(), &db), SQLITE_OK);
  std::set<std::string> columns;
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA table_info(shortlists)", -1, &stmt, nullptr);
  while (sqlite3_step(stmt) == SQLITE_ROW) columns.insert(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)));
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  EXPECT_EQ(columns, (std::set<std::string>{"id", "lang", "note", "listing_ids", "created", "expires"}));
}

TEST_F(ShortlistApiTest, AnExpiredListIsGoneAndDeleted) {
  start();
  ShortlistStore store(dir / "store.sqlite");
  const std::int64_t now = now_utc();
  // (Adding a list deletes those expired by its creation time: the living one goes first.)
  store.add({"livingAAAAAAAAAAAAAAAA", "fi", "", {"le:1"}, now, now + 86400});
  store.add({"expiredAAAAAAAAAAAAAAA", "fi", "", {"le:1"}, now - 100 * 86400, now - 10});
  EXPECT_EQ(store.count(), 2);
  auto json = client->Get("/v1/shortlists/expiredAAAAAAAAAAAAAAA");
  ASSERT_TRUE(json);
  EXPECT_EQ(json->status, 404);
  auto page = client->Get("/s/expiredAAAAAAAAAAAAAAA");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 404);
  EXPECT_NE(page->body.find("Listaa ei löydy"), std::string::npos);
  EXPECT_EQ(store.count(), 1);  // deleted on the way

  store.add({"expiredBBBBBBBBBBBBBBB", "fi", "", {"le:1"}, now - 100 * 86400, now - 10});
  start();  // a starting server deletes what has expired
  EXPECT_EQ(store.count(), 1);
  EXPECT_EQ(client->Get("/v1/shortlists/livingAAAAAAAAAAAAAAAA")->status, 200);
}

TEST_F(ShortlistApiTest, AListingThatLeftTheCatalogueShowsAsNoLongerAvailable) {
  start();
  const std::string id = create(R"({"listing_ids":["le:1","le:2"],"lang":"en"})");
  {
    IndexWriter writer(dir / "index");
    writer.remove("le:2");
    writer.commit();
  }
  auto json = client->Get(("/v1/shortlists/" + id).c_str());
  ASSERT_TRUE(json);
  ASSERT_EQ(json->status, 200);
  rapidjson::Document doc;
  doc.Parse(json->body.c_str());
  EXPECT_TRUE(doc["items"][0]["available"].GetBool());
  EXPECT_FALSE(doc["items"][1]["available"].GetBool());
  EXPECT_TRUE(doc["items"][1]["listing"].IsNull());
  auto page = client->Get(("/s/" + id).c_str());
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("This service is no longer available."), std::string::npos);
  EXPECT_EQ(page->body.find("Tuolijumppa"), std::string::npos);
}

TEST_F(ShortlistApiTest, BadInputIsA400NamingTheField) {
  start();
  std::string twenty_one = R"({"listing_ids":[)";
  for (int i = 0; i < 21; ++i) twenty_one += std::string(i ? "," : "") + "\"le:" + std::to_string(i) + "\"";
  twenty_one += "]}";
  EXPECT_EQ(rejected_field(twenty_one), "listing_ids");
  EXPECT_EQ(rejected_field(R"({"listing_ids":[]})"), "listing_ids");
  EXPECT_EQ(rejected_field(R"({"lang":"fi"})"), "listing_ids");
  EXPECT_EQ(rejected_field(R"({"listing_ids":"le:1"})"), "listing_ids");
  EXPECT_EQ(rejected_field(R"({"listing_ids":["le:1",7]})"), "listing_ids[1]");
  EXPECT_EQ(rejected_field(R"({"listing_ids":["le:1","le:1"]})"), "listing_ids[1]");
  EXPECT_EQ(rejected_field(R"({"listing_ids":["le:1","le:nope"]})"), "listing_ids[1]");
  EXPECT_EQ(rejected_field(R"({"listing_ids":[""]})"), "listing_ids[0]");
  EXPECT_EQ(rejected_field(R"({"listing_ids":["le:1"],"lang":"de"})"), "lang");
  EXPECT_EQ(rejected_field(R"({"listing_ids":["le:1"],"note":5})"), "note");
  EXPECT_EQ(rejected_field(R"({"listing_ids":["le:1"],"client_name":"Matti"})"), "client_name");
  EXPECT_EQ(rejected_field("not json"), "body");
  EXPECT_EQ(rejected_field("[1,2]"), "body");
  EXPECT_EQ(rejected_field(R"({"listing_ids":)" + std::string(16'000, '[')), "body");  // not a crash of serve

  std::string note;
  for (int i = 0; i < 500; ++i) note += "ä";  // 500 characters, 1000 bytes
  EXPECT_FALSE(create(R"({"listing_ids":["le:1"],"note":")" + note + "\"}").empty());
  EXPECT_EQ(rejected_field(R"({"listing_ids":["le:1"],"note":")" + note + "ä\"}"), "note");

  const std::string padding(17 * 1024, ' ');
  EXPECT_EQ(rejected_field(R"({"listing_ids":["le:1"]})" + padding, 413), "body");
}

TEST_F(ShortlistApiTest, UnknownIdsAre404) {
  start();
  for (const char* path : {"/v1/shortlists/AAAAAAAAAAAAAAAAAAAAAA", "/v1/shortlists/short", "/v1/shortlists/..%2F..",
                           "/s/AAAAAAAAAAAAAAAAAAAAAA", "/s/x"}) {
    auto res = client->Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path;
  }
}

TEST_F(ShortlistApiTest, OneAddressCanMakeOnlySoManyListsAnHour) {
  start(3);
  for (int i = 0; i < 3; ++i) EXPECT_FALSE(create(R"({"listing_ids":["le:1"]})").empty());
  auto res = post(R"({"listing_ids":["le:1"]})");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 429);
  EXPECT_GE(std::stoi(res->get_header_value("Retry-After")), 1);
  EXPECT_EQ(client->Get("/v1/search")->status, 200);  // reading is not limited
}

TEST_F(ShortlistApiTest, TextFromFeedsAndTheNoteIsEscapedOnThePage) {
  start();
  const std::string id =
      create(R"({"listing_ids":["le:evil"],"note":"<script>alert(\"note\")</script> & <b>bold</b>"})");
  auto page = client->Get(("/s/" + id).c_str());
  ASSERT_TRUE(page);
  const std::string& html = page->body;
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_EQ(html.find("javascript:"), std::string::npos);  // not a link, not even text
  EXPECT_NE(html.find("&lt;script&gt;alert(&quot;note&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"),
            std::string::npos);
  EXPECT_NE(html.find("&lt;img src=x onerror=alert(1)&gt;Tanssi"), std::string::npos);
  EXPECT_NE(html.find("href=\"https://example.fi/?a=1&amp;b=&quot;2&quot;\""), std::string::npos);
  EXPECT_NE(html.find("href=\"tel:+358 9 &quot;123&quot;\""), std::string::npos);
  // The only script is the page's own print button.
  EXPECT_EQ(html.find("<script"), html.rfind("<script src=\"/web/print.js\">"));
}

TEST_F(ShortlistApiTest, WithoutABookTheRoutesSayShortlistsAreOff) {
  ApiOptions options;
  options.index_root = dir / "index";
  testing::RunningServer bare(options);
  auto c = bare.client();
  auto res = c->Post("/v1/shortlists", R"({"listing_ids":["le:1"]})", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 503);
  EXPECT_EQ(c->Get("/v1/shortlists/AAAAAAAAAAAAAAAAAAAAAA")->status, 503);
}

}  // namespace
}  // namespace tarjotin
