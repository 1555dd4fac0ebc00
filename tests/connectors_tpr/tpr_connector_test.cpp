// TprConnector over real HTTP (a local cpp-httplib server) and from a local
// directory: the bodies it accepts, the errors it reports, and how it pages.
#include "connectors/tpr/tpr_connector.h"

#include <gtest/gtest.h>

#include <fstream>

#include "connectors/recording_sink.h"
#include "connectors_tpr/tpr_api.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

using testing::fast_options;
using testing::RecordingSink;
using testing::TempDir;
using testing::TprApi;
using testing::tpr_source;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

void write_file(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

TEST(TprConnector, AcceptsAByteOrderMark) {
  TprApi api({200, "\xEF\xBB\xBF" + testing::real_unit_array()}, {200, "\xEF\xBB\xBF" + testing::real_ontology_words()});
  RecordingSink sink;
  const PullOutcome outcome = TprConnector(tpr_source(api.root()), fast_options()).pull(sink, PullOptions{});
  EXPECT_TRUE(sink.errors.empty()) << sink.error_text();
  EXPECT_TRUE(outcome.complete);
  ASSERT_EQ(sink.items.size(), 1u);
  EXPECT_EQ(sink.items[0].listing.id, "tpr:41102");
  EXPECT_EQ(sink.items[0].listing.keywords.at(1).label.at("fi"), "uimahallit");
}

TEST(TprConnector, IgnoresUnknownExtraFields) {
  TprApi api({200, R"([{"id":1,"name_fi":"A","future_field":{"nested":[1,{"x":null}]},"ontologytree_ids":[1,2],
      "connections":[{"section_type":"SUBGROUP","name_fi":"?","extra":true},"not an object"],
      "accessibility_sentences":[{"sentence_fi":"Esteetön.","new_member":3}]}])"},
             {200, R"([{"id":5,"ontologyword_fi":"sana","brand_new":[]}])"});
  RecordingSink sink;
  const PullOutcome outcome = TprConnector(tpr_source(api.root()), fast_options()).pull(sink, PullOptions{});
  EXPECT_TRUE(sink.errors.empty()) << sink.error_text();
  EXPECT_TRUE(outcome.complete);
  ASSERT_EQ(sink.items.size(), 1u);
  EXPECT_EQ(sink.items[0].listing.name.at("fi"), "A");
  EXPECT_EQ(sink.items[0].listing.description.at("fi"), "Esteettömyys:\n- Esteetön.");
}

TEST(TprConnector, NonArrayBodyIsAnErrorWithOffsetAndIncomplete) {
  TprApi api({200, R"(  {"detail":"Not found"})"}, {200, "[]"});
  RecordingSink sink;
  const PullOutcome outcome = TprConnector(tpr_source(api.root()), fast_options()).pull(sink, PullOptions{});
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(outcome.pages, 0);
  EXPECT_TRUE(sink.items.empty());
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].source, "tpr");
  EXPECT_EQ(sink.errors[0].url, api.root() + "unit/?newfeatures=yes");
  EXPECT_EQ(sink.errors[0].byte_offset, 2);
  EXPECT_TRUE(contains(sink.errors[0].message, "array")) << sink.errors[0].message;
}

TEST(TprConnector, TruncatedJsonIsAnErrorAtItsOffset) {
  const std::string body = "\xEF\xBB\xBF[{\"id\":1,\"name_fi\":\"A\"},{\"id\":2,";
  TprApi api({200, body}, {200, "[]"});
  RecordingSink sink;
  const PullOutcome outcome = TprConnector(tpr_source(api.root()), fast_options()).pull(sink, PullOptions{});
  EXPECT_FALSE(outcome.complete);
  EXPECT_TRUE(sink.items.empty());
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].byte_offset, static_cast<long long>(body.size()));
  EXPECT_TRUE(contains(sink.errors[0].message, "invalid JSON")) << sink.errors[0].message;
}

TEST(TprConnector, DeeplyNestedBodyIsRefusedAtTheTooDeepBracket) {
  // Found by fuzzing: 60k '[' overflowed the stack of RapidJSON's recursive parser.
  TprApi api({200, "[{\"id\":1,\"x\":" + std::string(60'000, '[')}, {200, "[]"});
  RecordingSink sink;
  const PullOutcome outcome = TprConnector(tpr_source(api.root()), fast_options()).pull(sink, PullOptions{});
  EXPECT_FALSE(outcome.complete);
  EXPECT_TRUE(sink.items.empty());
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].byte_offset, 13 + 98);  // `[{"id":1,"x":` opens 2 levels; the 99th `[` opens level 101
  EXPECT_EQ(sink.errors[0].message, "invalid JSON: arrays and objects nested more than 100 levels deep");
}

TEST(TprConnector, BadUnitIsSkippedWithItsIndexOthersDelivered) {
  TprApi api({200, R"([{"id":1,"name_fi":"A"}, 42, {"name_fi":"no id"}, {"id":4.5}, {"id":5,"name_fi":"E"}])"},
             {200, "[]"});
  RecordingSink sink;
  const PullOutcome outcome = TprConnector(tpr_source(api.root()), fast_options()).pull(sink, PullOptions{});
  EXPECT_TRUE(outcome.complete);
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"tpr:1", "tpr:5"}));
  ASSERT_EQ(sink.errors.size(), 3u) << sink.error_text();
  EXPECT_TRUE(contains(sink.errors[0].message, "unit [1]: unit is not a JSON object")) << sink.errors[0].message;
  EXPECT_TRUE(contains(sink.errors[1].message, "unit [2]: unit without")) << sink.errors[1].message;
  EXPECT_TRUE(contains(sink.errors[2].message, "unit [3]")) << sink.errors[2].message;
  for (const FeedError& error : sink.errors) EXPECT_EQ(error.byte_offset, -1);
}

TEST(TprConnector, OntologyServerErrorKeepsKeywordIds) {
  TprApi api({200, testing::real_unit_array()}, {500, "boom"});
  RecordingSink sink;
  const PullOutcome outcome = TprConnector(tpr_source(api.root()), fast_options()).pull(sink, PullOptions{});
  EXPECT_TRUE(outcome.complete);
  EXPECT_TRUE(outcome.full_snapshot);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].url, api.root() + "ontologyword/");
  EXPECT_TRUE(contains(sink.errors[0].message, "ontology words")) << sink.errors[0].message;
  ASSERT_EQ(sink.items.size(), 1u);
  const auto& keywords = sink.items[0].listing.keywords;
  ASSERT_EQ(keywords.size(), 4u);
  EXPECT_EQ(keywords[1].id, "tpr:ontologyword:729");
  for (const SourceKeyword& keyword : keywords) EXPECT_TRUE(keyword.label.empty()) << keyword.id;
}

TEST(TprConnector, BrokenOntologyBodyIsReportedWithOffset) {
  TprApi api({200, R"([{"id":1,"name_fi":"A","ontologyword_ids":[729]}])"}, {200, "[{\"id\":729,"});
  RecordingSink sink;
  EXPECT_TRUE(TprConnector(tpr_source(api.root()), fast_options()).pull(sink, PullOptions{}).complete);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].byte_offset, 11);
  ASSERT_EQ(sink.items.size(), 1u);
  EXPECT_EQ(sink.items[0].listing.keywords.at(0).id, "tpr:ontologyword:729");
}

TEST(TprConnector, UnitEndpointFailureEndsThePullIncomplete) {
  TprApi api({404, "no"}, {200, "[]"});
  RecordingSink sink;
  const PullOutcome outcome = TprConnector(tpr_source(api.root()), fast_options()).pull(sink, PullOptions{});
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(outcome.pages, 0);
  EXPECT_TRUE(sink.items.empty());
  EXPECT_TRUE(sink.page_urls.empty());
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].url, api.root() + "unit/?newfeatures=yes");
}

TEST(TprConnector, DeliversALargeRegisterInPagesOf500ThenProgress) {
  std::string body = "[";
  for (int i = 1; i <= 1201; ++i) body += (i > 1 ? "," : "") + ("{\"id\":" + std::to_string(i) + ",\"name_fi\":\"P\"}");
  body += "]";
  TprApi api({200, body}, {200, "[]"});
  RecordingSink sink;
  const PullOutcome outcome = TprConnector(tpr_source(api.root()), fast_options()).pull(sink, PullOptions{});
  EXPECT_TRUE(outcome.complete);
  EXPECT_EQ(outcome.pages, 1);
  EXPECT_EQ(sink.page_urls.size(), 3u);
  ASSERT_EQ(sink.items.size(), 1201u);
  EXPECT_EQ(sink.items.front().listing.id, "tpr:1");
  EXPECT_EQ(sink.items.back().listing.id, "tpr:1201");
  EXPECT_EQ(sink.progress, (std::vector<std::pair<int, int>>{{1, 1}}));
}

TEST(TprConnector, EmptyRegisterIsACompletePullOfNothing) {
  TprApi api({200, "[]"}, {200, "[]"});
  RecordingSink sink;
  const PullOutcome outcome = TprConnector(tpr_source(api.root()), fast_options()).pull(sink, PullOptions{});
  EXPECT_TRUE(outcome.complete);
  EXPECT_TRUE(sink.items.empty());
  EXPECT_EQ(sink.page_urls.size(), 1u);
}

TEST(TprConnector, AlwaysAFullSnapshotAndNewfeaturesCanBeTurnedOff) {
  TprApi api({200, R"([{"id":1,"name_fi":"A"}])"}, {200, "[]"});
  SourceConfig source = tpr_source(api.url("/rest/v4"));  // no trailing slash
  source.settings["newfeatures"] = "no";
  PullOptions incremental;
  incremental.changed_since = 1'700'000'000;
  RecordingSink sink;
  const PullOutcome outcome = TprConnector(source, fast_options()).pull(sink, incremental);
  EXPECT_TRUE(outcome.complete);
  EXPECT_TRUE(outcome.full_snapshot);
  ASSERT_EQ(api.unit_queries().size(), 1u);
  EXPECT_TRUE(api.unit_queries()[0].empty());
  EXPECT_EQ(sink.page_urls, std::vector<std::string>{api.root() + "unit/"});
  EXPECT_EQ(sink.items.at(0).listing.source_url, api.root() + "unit/1/");
}

TEST(TprConnector, ReadsAnOfflineDirectory) {
  TempDir dir;
  write_file(dir / "unit.json", testing::real_unit_array());
  write_file(dir / "ontologyword.json", testing::real_ontology_words());
  for (const std::string& url : {"file://" + dir.path(), "file://" + dir.path() + "/", dir.path()}) {
    SCOPED_TRACE(url);
    RecordingSink sink;
    TprConnector connector(tpr_source(url), fast_options());
    EXPECT_EQ(connector.endpoints().units, dir.path() + "/unit.json");
    const PullOutcome outcome = connector.pull(sink, PullOptions{});
    EXPECT_TRUE(sink.errors.empty()) << sink.error_text();
    EXPECT_TRUE(outcome.complete);
    EXPECT_TRUE(outcome.full_snapshot);
    ASSERT_EQ(sink.items.size(), 1u);
    const Listing& unit = sink.items[0].listing;
    EXPECT_EQ(unit.id, "tpr:41102");
    EXPECT_EQ(unit.keywords.at(3).label.at("en"), "sports");
    EXPECT_EQ(unit.source_url, (url.back() == '/' ? url : url + "/") + "unit/41102/");
  }
}

TEST(TprConnector, OfflineDirectoryRelativeToTheConfigAndWithoutOntology) {
  TempDir dir;
  std::filesystem::create_directories(dir / "tpr");
  write_file(dir / "tpr/unit.json", R"([{"id":3,"name_fi":"C","ontologyword_ids":[917]}])");
  RecordingSink sink;
  const PullOutcome outcome = TprConnector(tpr_source("file://tpr", dir.path()), fast_options()).pull(sink, PullOptions{});
  EXPECT_TRUE(outcome.complete);  // the missing ontology is reported, not fatal
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].url, dir / "tpr/ontologyword.json");
  ASSERT_EQ(sink.items.size(), 1u);
  EXPECT_EQ(sink.items[0].listing.keywords.at(0).id, "tpr:ontologyword:917");
}

TEST(TprConnector, MissingOfflineUnitFileIsIncomplete) {
  TempDir dir;
  write_file(dir / "ontologyword.json", "[]");
  RecordingSink sink;
  const PullOutcome outcome = TprConnector(tpr_source(dir.path()), fast_options()).pull(sink, PullOptions{});
  EXPECT_FALSE(outcome.complete);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].url, dir / "unit.json");
}

TEST(TprConnector, FactoryAndSettings) {
  EXPECT_NE(make_tpr_connector(tpr_source("https://www.hel.fi/palvelukarttaws/rest/v4/"), ConnectorOptions{}), nullptr);
  EXPECT_EQ(tpr_settings(), std::vector<std::string>{"newfeatures"});
  const TprConnector connector(tpr_source("https://www.hel.fi/palvelukarttaws/rest/v4/"), ConnectorOptions{});
  const TprConnector::Endpoints endpoints = connector.endpoints();
  EXPECT_EQ(endpoints.units, "https://www.hel.fi/palvelukarttaws/rest/v4/unit/?newfeatures=yes");
  EXPECT_EQ(endpoints.ontology, "https://www.hel.fi/palvelukarttaws/rest/v4/ontologyword/");
  EXPECT_EQ(endpoints.root, "https://www.hel.fi/palvelukarttaws/rest/v4/");
}

}  // namespace
}  // namespace tarjotin
