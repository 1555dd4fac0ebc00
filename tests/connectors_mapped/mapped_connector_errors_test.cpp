// MappedConnector errors: bad mappings, wrong paths, skipped items, failing
// pages, loops; over real HTTP with the example NGO feed.
#include "connectors/mapped/mapped_connector.h"

#include <gtest/gtest.h>

#include "connectors/recording_sink.h"
#include "model/time.h"
#include "ngo_feed.h"

namespace tarjotin {
namespace {

using testing::example_source;
using testing::fast_options;
using testing::kAllIds;
using testing::kNextPaging;
using testing::NgoApi;
using testing::page;
using testing::PageServer;
using testing::RecordingSink;
using testing::TempDir;
using testing::variant_source;

TEST(MappedConnector, ItemWithoutIdIsSkippedWithAnError) {
  NgoApi api;
  api.set_page(1, R"({"data":[{"id":"a1","title":"Eka"},{"title":"Ei tunnistetta"},{"id":"a3","title":"Kolmas"}],
                     "links":{"next":null}})");
  MappedConnector connector(example_source(api.url()), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  EXPECT_TRUE(outcome.complete);
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"ngo:a1", "ngo:a3"}));
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].url, api.url());
  EXPECT_EQ(sink.errors[0].message, "data[1]: no value for \"fields.id\" at \"id\"; item skipped");
}

TEST(MappedConnector, UnknownFieldNameInTheMappingEndsThePull) {
  NgoApi api;
  TempDir dir;
  MappedConnector connector(variant_source(dir, api.url(), R"("location.lat":)", R"("location.latitude":)"),
                            fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(outcome.pages, 0);
  EXPECT_TRUE(sink.items.empty());
  EXPECT_TRUE(api.queries().empty());
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].message.find("mapping \"fields.location.latitude\": not a Listing field"), std::string::npos)
      << sink.errors[0].message;
}

TEST(MappedConnector, WrongItemsPathIsNamed) {
  NgoApi api;
  TempDir dir;
  MappedConnector connector(variant_source(dir, api.url(), R"("items": "data")", R"("items": "items")"), fast_options());
  RecordingSink sink;
  EXPECT_FALSE(connector.pull(sink, {}).complete);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].message, "mapping \"items\": path \"items\" is not in the page");
}

TEST(MappedConnector, WrongIdPathSkipsEveryItemNamingIt) {
  NgoApi api;
  TempDir dir;
  MappedConnector connector(variant_source(dir, api.url(), R"("id": "id")", R"("id": "ident")"), fast_options());
  RecordingSink sink;
  connector.pull(sink, {});
  EXPECT_TRUE(sink.items.empty());
  ASSERT_EQ(sink.errors.size(), 7u);
  EXPECT_EQ(sink.errors[0].message, "data[0]: no value for \"fields.id\" at \"ident\"; item skipped");
}

TEST(MappedConnector, WrongPagingPathIsAnErrorNotTheEnd) {
  NgoApi api;
  TempDir dir;
  MappedConnector connector(variant_source(dir, api.url(), R"("next": "links.next")", R"("next": "paging.next")"),
                            fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(sink.ids().size(), 3u);  // the first page is delivered
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].message, "mapping \"paging.next\": path \"paging.next\" is not in the page");
}

TEST(MappedConnector, MissingOrBrokenMappingSetting) {
  SourceConfig source = example_source("http://127.0.0.1:9/none");
  source.settings.clear();
  RecordingSink missing;
  EXPECT_FALSE(MappedConnector(source, fast_options()).pull(missing, {}).complete);
  ASSERT_EQ(missing.errors.size(), 1u);
  EXPECT_NE(missing.errors[0].message.find("setting \"mapping\" is required"), std::string::npos);

  source.settings["mapping"] = "mappings/no-such-file.json";
  RecordingSink unreadable;
  EXPECT_FALSE(MappedConnector(source, fast_options()).pull(unreadable, {}).complete);
  ASSERT_EQ(unreadable.errors.size(), 1u);
  EXPECT_NE(unreadable.errors[0].message.find("cannot read the mapping file"), std::string::npos);
  EXPECT_NE(unreadable.errors[0].message.find("no-such-file.json"), std::string::npos);
}

TEST(MappedConnector, FailingMiddlePageKeepsEarlierItems) {
  NgoApi api;
  api.set_page(2, "500");
  MappedConnector connector(example_source(api.url()), fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(outcome.pages, 1);
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"ngo:nh-101", "ngo:nh-102", "ngo:nh-103"}));
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].url, api.url("?page=2"));
}

TEST(MappedConnector, NextLinkLoopAndRepeatedPagesStop) {
  NgoApi api;
  std::string looping = page(2);
  looping.replace(looping.find("\"?page=3\""), 9, "\"?page=1\"");
  api.set_page(2, looping);
  MappedConnector connector(example_source(api.url("?page=1")), fast_options());
  RecordingSink sink;
  EXPECT_FALSE(connector.pull(sink, {}).complete);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].message.find("next link loops back to " + api.url("?page=1")), std::string::npos)
      << sink.errors[0].message;

  // A server that ignores the page parameter.
  PageServer same;
  same.routes().Get("/p", [](const httplib::Request&, httplib::Response& res) { res.set_content(page(1), "application/json"); });
  same.start();
  TempDir dir;
  MappedConnector ignoring(variant_source(dir, same.url("/p"), kNextPaging, R"("paging": {"style": "page"})"),
                           fast_options());
  RecordingSink repeated;
  EXPECT_FALSE(ignoring.pull(repeated, {}).complete);
  EXPECT_EQ(repeated.ids().size(), 3u);
  ASSERT_EQ(repeated.errors.size(), 1u);
  EXPECT_NE(repeated.errors[0].message.find("repeats"), std::string::npos);
}

TEST(MappedConnector, ReadsADirectoryOfSavedPages) {
  TempDir dir;
  for (int n = 1; n <= 3; ++n) dir.write("saved/page-" + std::to_string(n) + ".json", page(n));
  SourceConfig source = example_source("file://" + dir.file("saved"));
  MappedConnector connector(source, fast_options());
  RecordingSink sink;
  const PullOutcome outcome = connector.pull(sink, {});
  ASSERT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_EQ(outcome.pages, 3);
  EXPECT_EQ(sink.ids(), kAllIds);
  EXPECT_EQ(make_mapped_connector(source, {}) != nullptr, true);
  EXPECT_EQ(mapped_settings(), std::vector<std::string>{"mapping"});
}

}  // namespace
}  // namespace tarjotin
