// PtvConnector over real HTTP when things go missing: channels absent or 404,
// GUID pages failing, unparsable or lying about pageCount, failing batches,
// bad settings.
#include "connectors/ptv/ptv_connector.h"

#include <gtest/gtest.h>

#include "connectors_ptv/ptv_pull_setup.h"

namespace tarjotin {
namespace {

using namespace tarjotin::testing;

TEST(PtvConnectorFailures, AChannelMissingFromTheBatchIsLoggedAndTheServiceDelivered) {
  PtvApi api;
  serve_fixtures(api);
  api.add_service(with_channel_link(vaasa_pool_json(), "99999999-0000-0000-0000-000000000000"));  // replaces the pool
  RecordingSink sink;
  const PullOutcome outcome = pull(api, sink);
  EXPECT_TRUE(outcome.complete) << sink.error_text();
  ASSERT_EQ(sink.errors.size(), 1u) << sink.error_text();
  EXPECT_NE(sink.errors[0].message.find("99999999-0000-0000-0000-000000000000"), std::string::npos);
  EXPECT_EQ(sink.errors[0].source, "ptv");
  ASSERT_EQ(sink.items.size(), 2u);
  EXPECT_EQ(sink.items[0].listing.name.at("fi"), "Uimahalli");
  EXPECT_EQ(sink.items[0].listing.channels, (std::vector<std::string>{"online"}));
}

TEST(PtvConnectorFailures, AChannel404IsRetriedOneByOneThenLogged) {
  PtvApi api;
  serve_fixtures(api);
  api.add_service(with_channel_link(with_channel_link(vaasa_pool_json(), kSundomSkola), "99999999-0000-0000-0000-000000000000"));
  api.strict_channel_lists = true;
  RecordingSink sink;
  const PullOutcome outcome = pull(api, sink);
  EXPECT_TRUE(outcome.complete) << sink.error_text();
  ASSERT_EQ(sink.errors.size(), 1u) << sink.error_text();
  EXPECT_NE(sink.errors[0].message.find("404"), std::string::npos);
  EXPECT_EQ(sink.errors[0].url, api.root() + "ServiceChannel/99999999-0000-0000-0000-000000000000");
  const Listing* pool = sink.find("ptv:" + kVaasaPool);
  ASSERT_NE(pool, nullptr);
  EXPECT_EQ(pool->location.id, kSundomSkola);  // the others still arrived, one by one
  EXPECT_EQ(pool->location.postal_code, "65410");
  EXPECT_EQ(api.requests_to("/api/v11/ServiceChannel/" + kSundomSkola).size(), 1u);
}

TEST(PtvConnectorFailures, AFailingGuidPageInTheMiddleLeavesThePullIncomplete) {
  PtvApi api;
  for (const char* id : {"s1", "s2", "s3"}) api.add_service(minimal_service(id));
  api.set_pages({{1, guid_page_json(1, 3, {"s1"})}, {2, "status:500"}, {3, guid_page_json(3, 3, {"s3"})}});
  RecordingSink sink;
  const PullOutcome outcome = pull(api, sink);
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(outcome.pages, 1);
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"ptv:s1"}));  // page 1 stays delivered
  ASSERT_EQ(sink.errors.size(), 1u) << sink.error_text();
  EXPECT_EQ(sink.errors[0].url, api.root() + "Service?page=2");
  EXPECT_TRUE(api.requests_to("/api/v11/Service?page=3").empty());
}

TEST(PtvConnectorFailures, AnUnparsableGuidPageIsReportedWithItsOffset) {
  PtvApi api;
  api.add_service(minimal_service("s1"));
  api.set_pages({{1, guid_page_json(1, 2, {"s1"})}, {2, R"({"pageCount":2,"itemList":[{"id":"s2"},]})"}});
  RecordingSink sink;
  const PullOutcome outcome = pull(api, sink);
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"ptv:s1"}));
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].byte_offset, 39);  // the "]" after the trailing comma
  EXPECT_NE(sink.errors[0].to_string().find("offset=39"), std::string::npos);
}

TEST(PtvConnectorFailures, APageCountThatLiesEndsWithAnError) {
  for (const bool with_404 : {false, true}) {
    PtvApi api;
    for (const char* id : {"s1", "s2"}) api.add_service(minimal_service(id));
    std::map<int, std::string> pages = {{1, guid_page_json(1, 5, {"s1"})}, {2, guid_page_json(2, 5, {"s2"})}};
    if (!with_404) pages[3] = guid_page_json(3, 5, {});
    api.set_pages(pages);
    RecordingSink sink;
    const PullOutcome outcome = pull(api, sink);
    EXPECT_FALSE(outcome.complete) << with_404;
    EXPECT_EQ(sink.ids(), (std::vector<std::string>{"ptv:s1", "ptv:s2"}));
    ASSERT_EQ(sink.errors.size(), 1u) << sink.error_text();
    EXPECT_EQ(sink.errors[0].url, api.root() + "Service?page=3");
    EXPECT_EQ(api.requests_to("/api/v11/Service?").size(), 3u);  // no looping, no page 4
  }
}

TEST(PtvConnectorFailures, AnEndlessPageCountStopsAtMaxPages) {
  PtvApi api;
  std::map<int, std::string> pages;
  for (int i = 1; i <= 10; ++i) {  // new GUIDs on every page: a page of repeats stops the pull earlier
    api.add_service(minimal_service("s" + std::to_string(i)));
    pages[i] = guid_page_json(i, 1'000'000, {"s" + std::to_string(i)});
  }
  api.set_pages(pages);
  ConnectorOptions options = fast_options();
  options.max_pages = 4;
  RecordingSink sink;
  const PullOutcome outcome = pull(api, sink, {}, {}, options);
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(outcome.pages, 4);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].message.find("more than 4 pages"), std::string::npos);
}

TEST(PtvConnectorFailures, AnApiThatIgnoresThePageNumberIsStoppedAtTheFirstRepeat) {
  PtvApi api;
  api.add_service(minimal_service("s1"));
  std::map<int, std::string> pages;
  for (int i = 1; i <= 10; ++i) pages[i] = guid_page_json(i, 10, {"s1"});
  api.set_pages(pages);
  RecordingSink sink;
  const PullOutcome outcome = pull(api, sink);
  EXPECT_FALSE(outcome.complete);
  EXPECT_EQ(outcome.pages, 2);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].message.find("repeats only GUIDs"), std::string::npos) << sink.errors[0].message;
}

TEST(PtvConnectorFailures, AFailingServiceBatchLeavesThePullIncomplete) {
  PtvApi api;
  serve_fixtures(api);
  api.fail_service_lists = true;
  RecordingSink sink;
  const PullOutcome outcome = pull(api, sink);
  EXPECT_FALSE(outcome.complete);
  EXPECT_TRUE(sink.items.empty());
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].url.find("Service/list?guids="), std::string::npos);
}

TEST(PtvConnectorFailures, AnInvalidPageSizeIsReportedAndTheDefaultUsed) {
  PtvApi api;
  serve_fixtures(api);
  RecordingSink sink;
  const PullOutcome outcome = pull(api, sink, {{"page_size", "500"}});
  EXPECT_TRUE(outcome.complete);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].message.find("page_size"), std::string::npos);
  EXPECT_EQ(sink.items.size(), 2u);
}

}  // namespace
}  // namespace tarjotin
