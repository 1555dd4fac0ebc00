#include "vocabulary/fixture_catalogue.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "connectors/connector.h"
#include "connectors/page_server.h"
#include "connectors/recording_sink.h"
#include "temp_dir.h"

namespace tarjotin::catalogue {
namespace {

std::string fixture(const std::string& path) {
  std::ifstream in(std::string(TARJOTIN_FIXTURES) + "/" + path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

ConnectorOptions quick() {
  ConnectorOptions options;
  options.fetch.max_retries = 1;
  options.fetch.backoff_base_ms = 10;
  options.fetch.max_backoff_ms = 20;
  return options;
}

std::vector<Listing> pull(const SourceConfig& source) {
  std::string error;
  auto connector = make_connector(source, quick(), &error);
  EXPECT_TRUE(connector) << error;
  if (!connector) return {};
  testing::RecordingSink sink;
  const PullOutcome outcome = connector->pull(sink, PullOptions{});
  EXPECT_TRUE(outcome.complete) << source.name << ": " << sink.error_text();
  std::vector<Listing> out;
  for (FeedItem& item : sink.items) out.push_back(std::move(item.listing));
  return out;
}

SourceConfig source(const std::string& name, const std::string& type, const std::string& url) {
  SourceConfig s;
  s.name = name;
  s.type = type;
  s.url = url;
  return s;
}

// TPR units written for the tests with real ontology word ids: a youth centre,
// a library, a senior service centre, a food aid point, a nature trail and a
// substance-use day centre (names as TPR gives them).
const char* const kExtraUnits = R"([
 {"id": 900001, "name_fi": "Nuorisotalo Kipinä", "name_sv": "Ungdomsgården Kipinä", "name_en": "Youth centre Kipinä",
  "ontologyword_ids": [468, 289, 387, 455], "latitude": 60.2, "longitude": 24.9, "address_city_fi": "Helsinki"},
 {"id": 900002, "name_fi": "Vallilan kirjasto", "name_sv": "Vallgårds bibliotek", "name_en": "Vallila Library",
  "ontologyword_ids": [813, 483], "latitude": 60.19, "longitude": 24.95, "address_city_fi": "Helsinki"},
 {"id": 900003, "name_fi": "Kinaporin seniorikeskus", "name_sv": "Kinaporis seniorcenter", "name_en": "Kinapori Senior Centre",
  "ontologyword_ids": [761, 898, 896], "latitude": 60.18, "longitude": 24.95, "address_city_fi": "Helsinki"},
 {"id": 900004, "name_fi": "Ruoka-apupiste Myllypuro", "name_sv": "Mathjälpspunkt Kvarnbäcken",
  "ontologyword_ids": [588], "latitude": 60.22, "longitude": 25.07, "address_city_fi": "Helsinki"},
 {"id": 900005, "name_fi": "Keskuspuiston luontopolku", "name_sv": "Centralparkens naturstig", "name_en": "Central Park nature trail",
  "ontologyword_ids": [413, 364], "latitude": 60.21, "longitude": 24.92, "address_city_fi": "Helsinki"},
 {"id": 900006, "name_fi": "Päihdepalvelujen päiväkeskus", "name_sv": "Dagcenter för missbrukarvård",
  "ontologyword_ids": [547], "latitude": 60.17, "longitude": 24.93, "address_city_fi": "Helsinki"}
])";

}  // namespace

std::vector<Listing> linkedevents_demo() {
  return pull(source("linkedevents", "linkedevents", "file://" + std::string(TARJOTIN_SOURCE_DIR) + "/data/demo/linkedevents/"));
}

std::vector<Listing> tpr_units() {
  testing::TempDir dir;
  std::string units = fixture("tpr/tpr_v4_unifiedsearch_unit_41102.json");
  std::string extra = kExtraUnits;
  extra.erase(0, extra.find('[') + 1);
  std::ofstream(dir / "unit.json") << "[" << units << "," << extra;
  std::ofstream(dir / "ontologyword.json") << fixture("tpr/tpr_v4_unifiedsearch_ontology_words.json");
  return pull(source("tpr", "tpr", "file://" + dir.path() + "/"));
}

std::vector<Listing> lahella_activities() {
  testing::PageServer server;
  server.routes().Get("/activities", [](const httplib::Request& req, httplib::Response& res) {
    const std::string skip = req.has_param("skip") ? req.get_param_value("skip") : "0";
    const int page = skip == "0" ? 1 : skip == "2" ? 2 : 3;
    res.set_content(fixture("lahella/activities-page-" + std::to_string(page) + ".json"), "application/json");
  });
  server.start();
  SourceConfig s = source("lahella", "lahella", server.url("/activities"));
  s.settings["page_size"] = "2";
  return pull(s);
}

const std::vector<Listing>& all_sources() {
  static const std::vector<Listing> all = [] {
    std::vector<Listing> out;
    for (auto part : {linkedevents_demo(), tpr_units(), ptv_services(), lahella_activities(), ngo_activities()})
      out.insert(out.end(), part.begin(), part.end());
    return out;
  }();
  return all;
}

std::shared_ptr<const VocabularySet> repository_vocabulary() {
  static const std::shared_ptr<const VocabularySet> set = [] {
    VocabularyError error;
    auto loaded = load_vocabulary(TARJOTIN_VOCABULARY_DIR, &error);
    EXPECT_TRUE(loaded) << error.to_string();
    return loaded;
  }();
  return set;
}

std::vector<Listing> classified(std::vector<Listing> listings) {
  const auto set = repository_vocabulary();
  if (!set) return listings;
  const Classifier classifier = set->classifier();
  for (Listing& l : listings) classifier.apply(l);
  return listings;
}

const Listing* find(const std::vector<Listing>& listings, const std::string& id) {
  for (const Listing& l : listings)
    if (l.id == id) return &l;
  return nullptr;
}

}  // namespace tarjotin::catalogue
