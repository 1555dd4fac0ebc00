// Every source type at once through the real binary: one loopback server
// serves the recorded fixtures of Linked Events, TPR, PTV, Lähellä and the
// example mapped feed; `tarjotin sync` stores and indexes them all and the
// search finds listings from each. A sync killed halfway loses nothing.
#include <gtest/gtest.h>
#include <httplib.h>
#include <rapidjson/document.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <iterator>
#include <set>
#include <thread>

#include "connectors/page_server.h"
#include "connectors_ptv/ptv_pull_setup.h"
#include "index/searcher.h"
#include "store/store.h"
#include "process_helpers.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

std::string file(const std::string& path) {
  std::ifstream in(std::string(TARJOTIN_FIXTURES) + "/" + path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Two Linked Events pages from the fixtures: the event list (its `next`
// pointed at the real API; here at page 2) and the event with its place and
// keywords included.
std::string linkedevents_page(const std::string& next) {
  rapidjson::Document doc;
  doc.Parse(file("linkedevents/palvelutarjotin_mock_events_data.json").c_str());
  doc["meta"]["next"].SetString(next.c_str(), doc.GetAllocator());
  return testing::to_json(doc);
}

std::string linkedevents_last_page() {
  return R"({"meta":{"count":1,"next":null,"previous":null},"data":[)" +
         file("linkedevents/palvelutarjotin_mock_event_data_with_locations_and_keywords.json") + "]}";
}

int run(const std::string& args, std::string* output = nullptr) {
  testing::CommandResult result = testing::run_command(std::string(TARJOTIN_BINARY) + " " + args);
  if (output) *output = std::move(result.output);
  return result.exit_code;
}

class AllSourcesTest : public ::testing::Test {
 protected:
  AllSourcesTest() {
    testing::serve_fixtures(ptv);
    ptv.start();
    auto& routes = feeds.routes();
    // TPR: the real unit 41102 and the real ontology word dump.
    routes.Get("/tpr/unit/", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("[" + file("tpr/tpr_v4_unifiedsearch_unit_41102.json") + "]", "application/json");
    });
    routes.Get("/tpr/ontologyword/", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(file("tpr/tpr_v4_unifiedsearch_ontology_words.json"), "application/json");
    });
    routes.Get("/le/event/", [this](const httplib::Request& req, httplib::Response& res) {
      if (!req.has_param("page")) {
        res.set_content(linkedevents_page(feeds.url("/le/event/?page=2")), "application/json");
        return;
      }
      // Hold page 2 while the test wants a sync caught in the middle: page 1
      // is then in the store but not yet in the index.
      waiting_on_page_2 = true;
      for (int i = 0; i < 400 && hold_linkedevents; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
      res.set_content(linkedevents_last_page(), "application/json");
    });
    routes.Get("/lahella/activities", [](const httplib::Request& req, httplib::Response& res) {
      const std::string skip = req.has_param("skip") ? req.get_param_value("skip") : "0";
      const int page = skip == "0" ? 1 : skip == "2" ? 2 : 3;
      res.set_content(file("lahella/activities-page-" + std::to_string(page) + ".json"), "application/json");
    });
    routes.Get("/ngo/toiminnot", [](const httplib::Request& req, httplib::Response& res) {
      const std::string page = req.has_param("page") ? req.get_param_value("page") : "1";
      res.set_content(file("mapped/example-ngo/page-" + page + ".json"), "application/json");
    });
    feeds.start();
    std::filesystem::create_directories(dir / "mappings");
    std::filesystem::copy_file(std::string(TARJOTIN_SOURCE_DIR) + "/config/mappings/example-ngo.json",
                               dir / "mappings/example-ngo.json");
    // Linked Events comes last, so that holding its page leaves the others stored.
    std::ofstream(config) << R"({"data_dir": "data", "listen": "127.0.0.1:0", "sources": [)"
                          << R"({"name": "tpr", "type": "tpr", "url": ")" << feeds.url("/tpr/") << R"("},)"
                          << R"({"name": "ptv", "type": "ptv", "url": ")" << ptv.root() << R"("},)"
                          << R"({"name": "lahella", "type": "lahella", "url": ")" << feeds.url("/lahella/activities")
                          << R"(", "page_size": 2},)"
                          << R"({"name": "ngo", "type": "mapped", "url": ")" << feeds.url("/ngo/toiminnot")
                          << R"(", "mapping": "mappings/example-ngo.json"},)"
                          << R"({"name": "le", "type": "linkedevents", "url": ")" << feeds.url("/le/event/")
                          << R"("}]})";
  }

  std::string cli(const std::string& args) { return "--config " + config + " " + args; }

  testing::TempDir dir;
  std::string config = dir / "tarjotin.json";
  testing::PtvApi ptv;
  testing::PageServer feeds;
  std::atomic<bool> hold_linkedevents{false};
  std::atomic<bool> waiting_on_page_2{false};
};

TEST_F(AllSourcesTest, OneSyncStoresAndIndexesEverySourceType) {
  std::string output;
  ASSERT_EQ(run(cli("sync"), &output), 0) << output;
  for (const char* source : {"tpr: ok", "ptv: ok", "lahella: ok", "ngo: ok", "le: ok"})
    EXPECT_NE(output.find(source), std::string::npos) << source << "\n" << output;

  Store store(dir / "data/tarjotin.sqlite");
  Searcher searcher(dir / "data/index");
  EXPECT_EQ(searcher.size(), store.count_active());
  for (const char* source : {"tpr", "ptv", "lahella", "ngo", "le"}) {
    EXPECT_GT(store.count_active(source), 0) << source;
  }
  // A browse of the whole catalogue finds listings of every source.
  SearchRequest all;
  all.page_size = 100;
  std::set<std::string> sources_found;
  for (const SearchHit& hit : searcher.search(all).hits) sources_found.insert(hit.listing.source);
  EXPECT_EQ(sources_found, (std::set<std::string>{"tpr", "ptv", "lahella", "ngo", "le"}));
}

TEST_F(AllSourcesTest, ASyncKilledHalfwayLosesNothingAndTheNextOneCompletes) {
  std::string output;
  ASSERT_EQ(run(cli("sync"), &output), 0) << output;
  const std::int64_t complete = Store(dir / "data/tarjotin.sqlite").count_active();

  // Start again from an empty data dir, and kill the sync while it waits for Linked Events.
  std::filesystem::remove_all(dir / "data");
  hold_linkedevents = true;
  waiting_on_page_2 = false;
  const pid_t pid = fork();
  if (pid == 0) {
    execl(TARJOTIN_BINARY, TARJOTIN_BINARY, "--config", config.c_str(), "sync", static_cast<char*>(nullptr));
    _exit(127);
  }
  for (int i = 0; i < 400 && !waiting_on_page_2; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
  ASSERT_TRUE(waiting_on_page_2);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));  // page 1's transaction is written
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  hold_linkedevents = false;
  {
    Store killed(dir / "data/tarjotin.sqlite");
    EXPECT_GT(killed.count_active("le"), 0);                // page 1 was stored...
    EXPECT_FALSE(killed.pending_index_changes(10).empty());  // ...but never reached the index
  }

  ASSERT_EQ(run(cli("sync"), &output), 0) << output;
  Store store(dir / "data/tarjotin.sqlite");
  EXPECT_EQ(store.count_active(), complete);
  EXPECT_EQ(Searcher(dir / "data/index").size(), complete);
  EXPECT_TRUE(store.pending_index_changes(10).empty());
}

}  // namespace
}  // namespace tarjotin
