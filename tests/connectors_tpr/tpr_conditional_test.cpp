// Conditional requests: a TPR register that has not changed answers 304 and
// the pull delivers nothing, without touching what is stored.
#include <gtest/gtest.h>

#include <atomic>
#include <map>

#include "connectors/recording_sink.h"
#include "connectors/tpr/tpr_connector.h"
#include "connectors_tpr/tpr_api.h"

namespace tarjotin {
namespace {

class MemoryValidators : public ValidatorCache {
 public:
  Validators get(const std::string& url) override {
    auto it = entries.find(url);
    return it == entries.end() ? Validators{} : it->second;
  }
  void put(const std::string& url, const Validators& v) override { entries[url] = v; }
  std::map<std::string, Validators> entries;
};

class TprConditionalTest : public ::testing::Test {
 protected:
  TprConditionalTest() {
    server.routes().Get("/rest/v4/unit/", [this](const httplib::Request& req, httplib::Response& res) {
      if (req.get_header_value("If-None-Match") == "\"units-v1\"") {
        ++not_modified;
        res.status = 304;
        return;
      }
      res.set_header("ETag", "\"units-v1\"");
      res.set_content(testing::real_unit_array(), "application/json");
    });
    server.routes().Get("/rest/v4/ontologyword/", [this](const httplib::Request&, httplib::Response& res) {
      res.status = ontology_status;
      res.set_content(testing::real_ontology_words(), "application/json");
    });
    server.start();
    source.name = "tpr";
    source.type = "tpr";
    source.url = server.url("/rest/v4/");
    options.fetch.backoff_base_ms = 1;
    options.fetch.max_retries = 0;
  }

  PullOutcome pull(testing::RecordingSink& sink) {
    PullOptions pull_options;
    pull_options.validators = &cache;
    return make_tpr_connector(source, options)->pull(sink, pull_options);
  }

  testing::PageServer server;
  SourceConfig source;
  ConnectorOptions options;
  MemoryValidators cache;
  std::atomic<int> not_modified{0};
  std::atomic<int> ontology_status{200};
};

TEST_F(TprConditionalTest, AnUnchangedRegisterIsNotFetchedAgain) {
  testing::RecordingSink first;
  const PullOutcome full = pull(first);
  EXPECT_TRUE(full.complete);
  EXPECT_FALSE(full.not_modified);
  EXPECT_EQ(first.items.size(), 1u);
  ASSERT_EQ(cache.entries.size(), 1u);
  EXPECT_EQ(cache.entries.begin()->second.etag, "\"units-v1\"");

  testing::RecordingSink second;
  const PullOutcome again = pull(second);
  EXPECT_EQ(not_modified.load(), 1);
  EXPECT_TRUE(again.complete);
  EXPECT_TRUE(again.not_modified);
  EXPECT_TRUE(second.items.empty());
  EXPECT_TRUE(second.errors.empty());
}

TEST_F(TprConditionalTest, APullWithProblemsDoesNotRememberTheValidators) {
  ontology_status = 500;  // units delivered, but without their keyword labels
  testing::RecordingSink sink;
  EXPECT_TRUE(pull(sink).complete);
  EXPECT_FALSE(sink.errors.empty());
  EXPECT_TRUE(cache.entries.empty());  // so the next pull fetches everything again
}

}  // namespace
}  // namespace tarjotin
