// PtvConnector over real HTTP (PtvApi, a local cpp-httplib server): the
// fixtures behind GUID pages and list endpoints, paging, BOMs, unknown and
// missing fields, filters, incremental pulls.
#include "connectors/ptv/ptv_connector.h"

#include <gtest/gtest.h>

#include "connectors_ptv/ptv_pull_setup.h"

namespace tarjotin {
namespace {

using namespace tarjotin::testing;

TEST(PtvConnector, DeliversTheFixturesValueByValue) {
  PtvApi api;
  serve_fixtures(api);
  RecordingSink sink;
  const PullOutcome outcome = pull(api, sink);

  EXPECT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_TRUE(outcome.full_snapshot);
  EXPECT_EQ(outcome.pages, 1);
  EXPECT_TRUE(sink.errors.empty()) << sink.error_text();
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"ptv:" + kVaasaPool, "ptv:" + kNaantaliYouth}));
  EXPECT_EQ(sink.page_urls, (std::vector<std::string>{api.root() + "Service?page=1"}));
  EXPECT_EQ(sink.progress, (std::vector<std::pair<int, int>>{{1, 1}}));

  const Listing* pool = sink.find("ptv:" + kVaasaPool);
  ASSERT_NE(pool, nullptr);
  EXPECT_EQ(pool->name.at("fi"), "Uimahalli");
  EXPECT_EQ(pool->name.at("sv"), "Simhallen");
  EXPECT_EQ(pool->name.at("en"), "Swimming Centre");
  EXPECT_EQ(pool->price.free, Tri::no);
  EXPECT_EQ(pool->languages, (std::vector<std::string>{"fi", "sv", "en"}));
  EXPECT_EQ(pool->location.municipality.at("fi"), "Vaasa");
  EXPECT_EQ(pool->location.municipality.at("sv"), "Vasa");
  EXPECT_EQ(pool->organiser.name.at("fi"), "Vaasan kaupunki");
  EXPECT_EQ(pool->organiser.id, "7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5");
  ASSERT_FALSE(pool->keywords.empty());
  EXPECT_EQ(pool->keywords[0].id, "http://urn.fi/URN:NBN:fi:au:ptvl:v2001");
  EXPECT_EQ(pool->location.id, kSundomSkola);
  EXPECT_EQ(pool->location.name.at("sv"), "Sundom skola");
  EXPECT_EQ(pool->location.street_address.at("fi"), "Sundomvägen 13");
  EXPECT_EQ(pool->location.postal_code, "65410");
  ASSERT_TRUE(pool->location.lat && pool->location.lon);
  EXPECT_NEAR(*pool->location.lat, 63.0411877, 1e-6);  // Vaasa: about 63.0x N, 21.5x-21.6x E
  EXPECT_NEAR(*pool->location.lon, 21.5569921, 1e-6);
  EXPECT_EQ(pool->contact.phone, "+358 405166046");
  EXPECT_EQ(pool->channels, (std::vector<std::string>{"in_person", "online"}));
  EXPECT_EQ(pool->source_url, api.root() + "Service/" + kVaasaPool);
  EXPECT_NE(pool->description.at("fi").find("Esteettömyys:"), std::string::npos);

  const Listing* youth = sink.find("ptv:" + kNaantaliYouth);
  ASSERT_NE(youth, nullptr);
  EXPECT_EQ(youth->name.at("fi"), "Etsivä nuorisotyö");
  EXPECT_EQ(youth->price.free, Tri::yes);
  EXPECT_EQ(youth->languages, (std::vector<std::string>{"fi"}));
  EXPECT_EQ(youth->location.municipality.at("sv"), "Nådendal");
  EXPECT_EQ(youth->channels, (std::vector<std::string>{"phone"}));
  EXPECT_EQ(youth->contact.phone, "+358 401234567");
  EXPECT_NE(sink.items[0].raw.find("\"serviceNames\""), std::string::npos);

  EXPECT_EQ(api.requests_to("/api/v11/Service/list"),
            (std::vector<std::string>{"/api/v11/Service/list?guids=" + kVaasaPool + "," + kNaantaliYouth}));
  EXPECT_EQ(api.requests_to("/api/v11/ServiceChannel/list"),
            (std::vector<std::string>{"/api/v11/ServiceChannel/list?guids=" + kSundomSkola + "," + kVaasaFeedback + "," +
                                      kVaasaPoolWeb + "," + kNaantaliWorker + "," + kNaantaliWeb}));
}

TEST(PtvConnector, PagesThroughThreeGuidPagesInBatches) {
  PtvApi api;
  for (const char* id : {"s1", "s2", "s3", "s4", "s5"}) api.add_service(minimal_service(id));
  api.set_pages({{1, guid_page_json(1, 3, {"s1", "s2", "s3"})},
                 {2, guid_page_json(2, 3, {"s4"})},
                 {3, guid_page_json(3, 3, {"s5"})}});
  RecordingSink sink;
  const PullOutcome outcome = pull(api, sink, {{"page_size", "2"}});

  EXPECT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_EQ(outcome.pages, 3);
  EXPECT_TRUE(sink.errors.empty()) << sink.error_text();
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"ptv:s1", "ptv:s2", "ptv:s3", "ptv:s4", "ptv:s5"}));
  EXPECT_EQ(sink.page_urls.size(), 3u);
  EXPECT_EQ(sink.progress, (std::vector<std::pair<int, int>>{{1, 3}, {2, 3}, {3, 3}}));
  EXPECT_EQ(api.requests_to("/api/v11/Service/list"),
            (std::vector<std::string>{"/api/v11/Service/list?guids=s1,s2", "/api/v11/Service/list?guids=s3",
                                      "/api/v11/Service/list?guids=s4", "/api/v11/Service/list?guids=s5"}));
  EXPECT_EQ(api.requests_to("/api/v11/Service?"),
            (std::vector<std::string>{"/api/v11/Service?page=1", "/api/v11/Service?page=2", "/api/v11/Service?page=3"}));
  EXPECT_TRUE(api.requests_to("/api/v11/ServiceChannel").empty());  // nothing linked, nothing asked
}

TEST(PtvConnector, AcceptsABomOnEveryBody) {
  PtvApi api;
  serve_fixtures(api);
  api.bom = true;
  RecordingSink sink;
  const PullOutcome outcome = pull(api, sink);
  EXPECT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_TRUE(sink.errors.empty()) << sink.error_text();
  ASSERT_EQ(sink.items.size(), 2u);
  EXPECT_EQ(sink.items[0].listing.location.postal_code, "65410");
}

TEST(PtvConnector, IgnoresUnknownFields) {
  PtvApi api;
  api.add_service(with_member(naantali_youth_json(), "fromTheFuture", R"({"a":[1,{"b":null}],"c":"d"})"));
  api.set_pages({{1, R"({"pageNumber":1,"pageCount":1,"newPagingHint":{"x":1},)"
                     R"("itemList":[{"id":")" + kNaantaliYouth + R"(","name":"x","extra":[true]}]})"}});
  api.add_channel(with_member(simple_channel(kNaantaliWorker, "Phone", "https://x.fi", "1"), "v12Thing", "[]"));
  RecordingSink sink;
  const PullOutcome outcome = pull(api, sink);
  EXPECT_TRUE(outcome.complete) << sink.error_text();
  ASSERT_EQ(sink.items.size(), 1u);
  EXPECT_EQ(sink.items[0].listing.price.free, Tri::yes);
  EXPECT_EQ(sink.items[0].listing.channels, (std::vector<std::string>{"phone"}));
}

TEST(PtvConnector, MissingOptionalFieldsAreUnknown) {
  PtvApi api;
  api.add_service(R"({"id":"bare"})");
  api.set_pages({{1, guid_page_json(1, 1, {"bare"})}});
  RecordingSink sink;
  EXPECT_TRUE(pull(api, sink).complete) << sink.error_text();
  ASSERT_EQ(sink.items.size(), 1u);
  const Listing& l = sink.items[0].listing;
  EXPECT_EQ(l.kind, Kind::service);
  EXPECT_EQ(l.price.free, Tri::unknown);
  EXPECT_TRUE(l.name.empty());
  EXPECT_TRUE(l.languages.empty());
  EXPECT_TRUE(l.location.municipality.empty());
  EXPECT_FALSE(l.location.lat);
  EXPECT_TRUE(l.channels.empty());
}

TEST(PtvConnector, AnEmptyCatalogueIsComplete) {
  PtvApi api;
  api.set_pages({{1, R"({"pageNumber":1,"pageSize":1000,"pageCount":0,"itemList":null})"}});
  RecordingSink sink;
  const PullOutcome outcome = pull(api, sink);
  EXPECT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_TRUE(sink.items.empty());
  EXPECT_TRUE(api.requests_to("/api/v11/Service/list").empty());
}

TEST(PtvConnector, IncrementalPullSendsDateAndReportsDeletions) {
  PtvApi api;
  serve_fixtures(api);
  api.set_pages({{1, guid_page_json(1, 1, {"gone-1"})}}, "Archived");
  api.set_pages({{1, guid_page_json(1, 1, {"gone-2"})}}, "Withdrawn");
  RecordingSink sink;
  PullOptions options;
  options.changed_since = 1780308000;  // 2026-06-01T10:00:00Z
  const PullOutcome outcome = pull(api, sink, {}, options);

  EXPECT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_FALSE(outcome.full_snapshot);
  EXPECT_EQ(outcome.pages, 3);
  EXPECT_EQ(sink.items.size(), 2u);
  EXPECT_EQ(sink.deleted_ids, (std::vector<std::string>{"ptv:gone-1", "ptv:gone-2"}));
  EXPECT_EQ(api.requests_to("/api/v11/Service?"),
            (std::vector<std::string>{"/api/v11/Service?page=1&date=2026-06-01T10:00:00",
                                      "/api/v11/Service?page=1&date=2026-06-01T10:00:00&status=Archived",
                                      "/api/v11/Service?page=1&date=2026-06-01T10:00:00&status=Withdrawn"}));
}

TEST(PtvConnector, MunicipalityFilterKeepsOnlyServicesOfThoseAreas) {
  PtvApi api;
  serve_fixtures(api);
  RecordingSink sink;
  const PullOutcome outcome = pull(api, sink, {{"municipalities", " 905 , 091"}});
  EXPECT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"ptv:" + kVaasaPool}));
  EXPECT_EQ(api.requests_to("/api/v11/ServiceChannel/list"),  // only the kept service's channels are fetched
            (std::vector<std::string>{"/api/v11/ServiceChannel/list?guids=" + kSundomSkola + "," + kVaasaFeedback + "," +
                                      kVaasaPoolWeb}));
}

TEST(PtvConnector, OrganisationFilterKeepsOnlyTheirServices) {
  PtvApi api;
  serve_fixtures(api);
  RecordingSink sink;
  const PullOutcome outcome = pull(api, sink, {{"organisations", "3D1759A2-E47A-4947-9A31-CAB1C1E2512B,unknown"}});
  EXPECT_TRUE(outcome.complete) << sink.error_text();
  EXPECT_EQ(sink.ids(), (std::vector<std::string>{"ptv:" + kNaantaliYouth}));
}

TEST(PtvConnector, FactoryAndSettings) {
  SourceConfig source = ptv_source("https://api.palvelutietovaranto.suomi.fi/api/v11");
  EXPECT_NE(make_ptv_connector(source, fast_options()), nullptr);
  EXPECT_EQ(ptv_settings(), (std::vector<std::string>{"municipalities", "organisations", "page_size"}));
}

}  // namespace
}  // namespace tarjotin
