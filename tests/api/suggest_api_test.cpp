// GET /v1/suggest on a real server over a real index: matching, languages,
// limits, the vocabulary hook, and every refusal.
#include <gtest/gtest.h>
#include <httplib.h>
#include <rapidjson/document.h>

#include "api/server.h"
#include "temp_dir.h"
#include "test_server.h"

namespace tarjotin {
namespace {

class SuggestApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<Listing> listings = testing::sample_listings();  // Kielikahvila kirjastossa, Tuolijumppa, Lautapelit kirjastossa
    listings.push_back(testing::sample_listing("4", "Kielikurssi aikuisille", "Språkkurs för vuxna", Tri::no, {"fi"},
                                               "Espoo", "Esbo", nullptr));
    Listing english = testing::sample_listing("5", "", "", Tri::yes, {"en"}, "Helsinki", "Helsingfors", nullptr);
    english.name["en"] = "Kite flying";
    english.kind = Kind::place;
    listings.push_back(english);
    testing::write_index(dir / "index", listings);
    start({});
  }

  void start(std::function<std::vector<Suggestion>(const SuggestRequest&)> labels) {
    running.reset();
    ApiOptions options;
    options.index_root = dir / "index";
    options.label_suggestions = std::move(labels);
    running = std::make_unique<testing::RunningServer>(options);
    client = running->client();
  }

  rapidjson::Document get(const std::string& target, int status) {
    auto res = client->Get(target.c_str());
    rapidjson::Document doc;
    EXPECT_TRUE(res) << target;
    if (!res) return doc;
    EXPECT_EQ(res->status, status) << target << " -> " << res->body;
    doc.Parse(res->body.c_str());
    EXPECT_FALSE(doc.HasParseError()) << res->body;
    return doc;
  }

  std::vector<std::string> texts(const std::string& target) {
    std::vector<std::string> out;
    auto doc = get(target, 200);
    if (!doc.IsObject()) return out;
    for (const auto& s : doc["suggestions"].GetArray()) out.push_back(s["text"].GetString());
    return out;
  }

  std::string refused(const std::string& target) {
    auto doc = get(target, 400);
    if (!doc.IsObject() || !doc.HasMember("error")) return "";
    return doc["error"]["parameter"].GetString();
  }

  testing::TempDir dir;
  std::unique_ptr<testing::RunningServer> running;
  std::unique_ptr<httplib::Client> client;
};

TEST_F(SuggestApiTest, CompletesTheLastWordAndNeedsEveryEarlierOne) {
  auto doc = get("/v1/suggest?q=kiel&lang=fi", 200);
  EXPECT_STREQ(doc["q"].GetString(), "kiel");
  EXPECT_STREQ(doc["lang"].GetString(), "fi");
  ASSERT_EQ(doc["suggestions"].Size(), 2u);
  const auto& first = doc["suggestions"][0];
  EXPECT_STREQ(first["text"].GetString(), "Kielikahvila kirjastossa");
  EXPECT_STREQ(first["id"].GetString(), "le:1");
  EXPECT_STREQ(first["kind"].GetString(), "event");
  EXPECT_STREQ(first["lang"].GetString(), "fi");
  EXPECT_EQ(texts("/v1/suggest?q=kielikurssi%20aik"), (std::vector<std::string>{"Kielikurssi aikuisille"}));
  EXPECT_EQ(texts("/v1/suggest?q=kir"), (std::vector<std::string>{"Kielikahvila kirjastossa", "Lautapelit kirjastossa"}));
  EXPECT_EQ(texts("/v1/suggest?q=lautapelit%20kir"), (std::vector<std::string>{"Lautapelit kirjastossa"}));
  EXPECT_TRUE(texts("/v1/suggest?q=lautapelit%20zz").empty());
  EXPECT_EQ(texts("/v1/suggest?q=TUOLI"), (std::vector<std::string>{"Tuolijumppa"}));
}

TEST_F(SuggestApiTest, ShowsTheNameInTheLanguageAskedOrTheOneThatMatches) {
  EXPECT_EQ(texts("/v1/suggest?q=kiel&lang=sv"),
            (std::vector<std::string>{"Kielikahvila kirjastossa", "Kielikurssi aikuisille"}));  // only the fi names match
  EXPECT_EQ(texts("/v1/suggest?q=spr&lang=sv"),
            (std::vector<std::string>{"Språkcafé på biblioteket", "Språkkurs för vuxna"}));
  auto fallback = get("/v1/suggest?q=spr%C3%A5kkurs&lang=fi", 200);
  ASSERT_EQ(fallback["suggestions"].Size(), 1u);
  EXPECT_STREQ(fallback["suggestions"][0]["lang"].GetString(), "sv");
  auto english = get("/v1/suggest?q=kite&lang=sv", 200);
  ASSERT_EQ(english["suggestions"].Size(), 1u);
  EXPECT_STREQ(english["suggestions"][0]["text"].GetString(), "Kite flying");
  EXPECT_STREQ(english["suggestions"][0]["lang"].GetString(), "en");
  EXPECT_STREQ(english["suggestions"][0]["kind"].GetString(), "place");
}

TEST_F(SuggestApiTest, Limits) {
  EXPECT_EQ(texts("/v1/suggest?q=k&limit=1").size(), 1u);
  EXPECT_EQ(texts("/v1/suggest?q=k&limit=10").size(), 4u);  // listings 1, 3, 4 and 5 have a word starting with k
  EXPECT_EQ(texts("/v1/suggest?q=k").size(), 4u);
}

TEST_F(SuggestApiTest, RefusesWhatIsNotAQuery) {
  EXPECT_EQ(refused("/v1/suggest"), "q");
  EXPECT_EQ(refused("/v1/suggest?q="), "q");
  EXPECT_EQ(refused("/v1/suggest?q=%20%20"), "q");
  EXPECT_EQ(refused("/v1/suggest?q=" + std::string(101, 'a')), "q");
  EXPECT_EQ(texts("/v1/suggest?q=" + std::string(100, 'a')).size(), 0u);  // 100 is fine
  std::string hundred_umlauts;
  for (int i = 0; i < 100; ++i) hundred_umlauts += "%C3%A4";  // 200 bytes, 100 characters
  EXPECT_EQ(texts("/v1/suggest?q=" + hundred_umlauts).size(), 0u);
  EXPECT_EQ(refused("/v1/suggest?q=a&q=b"), "q");
  EXPECT_EQ(refused("/v1/suggest?q=kiel&lang=de"), "lang");
  EXPECT_EQ(refused("/v1/suggest?q=kiel&limit=0"), "limit");
  EXPECT_EQ(refused("/v1/suggest?q=kiel&limit=11"), "limit");
  EXPECT_EQ(refused("/v1/suggest?q=kiel&limit=x"), "limit");
  EXPECT_EQ(refused("/v1/suggest?q=kiel&page=2"), "page");
  EXPECT_EQ(refused("/v1/suggest?q=%FF"), "q");  // not UTF-8
  auto res = client->Get("/v1/suggest?q=kiel&nope=1");
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("\"allowed\":[\"q\",\"lang\",\"limit\"]"), std::string::npos) << res->body;
}

TEST_F(SuggestApiTest, VocabularyLabelsComeFirstThroughTheHook) {
  start([](const SuggestRequest& r) {
    std::vector<Suggestion> labels;
    if (std::string("kielet").rfind(r.q, 0) == 0)
      labels.push_back({r.lang == "sv" ? "Språk" : "Kielet", r.lang, "theme:languages", "theme"});
    return labels;
  });
  auto doc = get("/v1/suggest?q=kiel&lang=sv", 200);
  ASSERT_EQ(doc["suggestions"].Size(), 3u);
  EXPECT_STREQ(doc["suggestions"][0]["text"].GetString(), "Språk");
  EXPECT_STREQ(doc["suggestions"][0]["kind"].GetString(), "theme");
  EXPECT_STREQ(doc["suggestions"][1]["id"].GetString(), "le:1");
  EXPECT_EQ(texts("/v1/suggest?q=kiel&limit=1"), (std::vector<std::string>{"Kielet"}));

  start([](const SuggestRequest&) -> std::vector<Suggestion> { throw std::runtime_error("vocabulary down"); });
  EXPECT_EQ(texts("/v1/suggest?q=kiel").size(), 2u);  // names still answer
}

}  // namespace
}  // namespace tarjotin
