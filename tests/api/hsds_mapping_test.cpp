// The pure parts of the HSDS mapping (api/hsds/): ids, taxonomy term ids,
// schedules from occurrences, the Uusimaa region, the page envelope and
// parameters to search requests.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "api/hsds/hsds_ids.h"
#include "api/hsds/hsds_location.h"
#include "api/hsds/hsds_page.h"
#include "api/hsds/hsds_params.h"
#include "api/hsds/hsds_schedule.h"
#include "api/hsds/hsds_taxonomy.h"
#include "hsds_catalogue.h"

namespace tarjotin {
namespace {

using rapidjson::Value;

Listing with_occurrences(std::vector<Occurrence> occurrences) {
  Listing l = testing::hsds_listing("x");
  l.occurrences = std::move(occurrences);
  return l;
}

std::int64_t at(int y, int m, int d, int hour = 10) { return testing::helsinki_time(y, m, d, hour, 0); }

TEST(HsdsMappingTest, IdsAreStableStringsThatRoundTrip) {
  EXPECT_EQ(hsds::service_at_location_id("le:1"), "le:1/service_at_location");
  EXPECT_EQ(hsds::listing_of_service_at_location("le:1/service_at_location"), "le:1");
  EXPECT_EQ(hsds::listing_of_service_at_location("a/b:c/service_at_location"), "a/b:c");
  EXPECT_FALSE(hsds::listing_of_service_at_location("le:1"));
  EXPECT_FALSE(hsds::listing_of_service_at_location("/service_at_location"));
  EXPECT_EQ(hsds::occurrence_schedule_id("le:1", parse_iso8601("2026-12-02T15:00:00Z")->utc),
            "le:1/schedule/20261202T150000Z");
  EXPECT_EQ(hsds::attribute_id("le:1", "yso:yso:p1"), "le:1/attribute/yso:yso:p1");
}

TEST(HsdsMappingTest, TaxonomyTermIdsRoundTrip) {
  EXPECT_EQ(hsds::taxonomy_term_id(TermKind::category, "theme:kulttuuri"), "tarjotin-category:theme:kulttuuri");
  EXPECT_EQ(hsds::taxonomy_term_id(TermKind::target_group, "seniors"), "tarjotin-target-group:seniors");
  EXPECT_EQ(hsds::taxonomy_term_id(TermKind::keyword, "yso:yso:p1"), "yso:yso:p1");
  auto category = hsds::parse_taxonomy_term_id("tarjotin-category:theme:kulttuuri");
  ASSERT_TRUE(category);
  EXPECT_EQ(category->kind, TermKind::category);
  EXPECT_EQ(category->value, "theme:kulttuuri");
  auto keyword = hsds::parse_taxonomy_term_id("ptv:http://urn.fi/URN:NBN:fi:au:ptvl:v1036");
  ASSERT_TRUE(keyword);
  EXPECT_EQ(keyword->kind, TermKind::keyword);
  EXPECT_EQ(keyword->value, "ptv:http://urn.fi/URN:NBN:fi:au:ptvl:v1036");
  EXPECT_STREQ(keyword->taxonomy->id, "ptv");
  EXPECT_FALSE(hsds::parse_taxonomy_term_id("liikunta"));
  EXPECT_FALSE(hsds::parse_taxonomy_term_id("nope:liikunta"));
  EXPECT_FALSE(hsds::parse_taxonomy_term_id("yso:"));
  EXPECT_EQ(hsds::taxonomies().size(), 7u);
  for (const hsds::Taxonomy& t : hsds::taxonomies()) {
    if (t.kind == TermKind::keyword) {  // every vocabulary of the index has its taxonomy
      EXPECT_EQ(std::string(t.value_prefix), std::string(t.id) + ":");
    }
  }
  for (const std::string& vocabulary : keyword_vocabularies()) EXPECT_TRUE(hsds::find_taxonomy(vocabulary));
}

TEST(HsdsMappingTest, KeywordTermsNameTheirConcept) {
  rapidjson::Document doc;
  auto& a = doc.GetAllocator();
  Value ptv = hsds::taxonomy_term_json({TermKind::keyword, "ptv:http://www.yso.fi/onto/koko/p1", 1, {}}, "fi", a);
  EXPECT_STREQ(ptv["term_uri"].GetString(), "http://www.yso.fi/onto/koko/p1");
  EXPECT_STREQ(ptv["name"].GetString(), "http://www.yso.fi/onto/koko/p1");  // no label: the code
  EXPECT_FALSE(ptv.HasMember("language"));
  Value helsinki = hsds::taxonomy_term_json({TermKind::keyword, "keyword:helsinki:x", 1, {{"sv", "Brädspel"}}}, "fi", a);
  EXPECT_FALSE(helsinki.HasMember("term_uri"));
  EXPECT_STREQ(helsinki["name"].GetString(), "Brädspel");
  EXPECT_STREQ(helsinki["language"].GetString(), "sv");
  EXPECT_STREQ(helsinki["taxonomy_id"].GetString(), "keyword");
}

TEST(HsdsMappingTest, AWeeklyPatternIsOneSchedule) {
  std::vector<Occurrence> tuesdays;
  for (int week = 0; week < 3; ++week) tuesdays.push_back({at(2027, 2, 2) + week * 7 * 86400, at(2027, 2, 2, 12) + week * 7 * 86400, false});
  rapidjson::Document doc;
  Value schedules = hsds::schedules_json(with_occurrences(tuesdays), 0, "", doc.GetAllocator());
  ASSERT_EQ(schedules.Size(), 1u);
  EXPECT_STREQ(schedules[0]["id"].GetString(), "hsds:x/schedule/weekly");
  EXPECT_STREQ(schedules[0]["byday"].GetString(), "TU");
  EXPECT_EQ(schedules[0]["count"].GetInt(), 3);
  EXPECT_STREQ(schedules[0]["opens_at"].GetString(), "10:00+02:00");
  EXPECT_STREQ(schedules[0]["closes_at"].GetString(), "12:00+02:00");
  EXPECT_FALSE(schedules[0].HasMember("service_at_location_id"));

  // Whole days every Saturday and Sunday for two weeks.
  std::vector<Occurrence> weekends;
  for (int d : {6, 7, 13, 14})
    weekends.push_back({helsinki_midnight_utc(2027, 3, d), helsinki_midnight_utc(2027, 3, d + 1), true});
  Value days = hsds::schedules_json(with_occurrences(weekends), 0, "sal", doc.GetAllocator());
  ASSERT_EQ(days.Size(), 1u);
  EXPECT_STREQ(days[0]["byday"].GetString(), "SA,SU");
  EXPECT_FALSE(days[0].HasMember("opens_at"));
  EXPECT_STREQ(days[0]["service_at_location_id"].GetString(), "sal");
}

TEST(HsdsMappingTest, WhatIsNotObviouslyWeeklyIsOneSchedulePerOccurrence) {
  rapidjson::Document doc;
  auto& a = doc.GetAllocator();
  auto count = [&](std::vector<Occurrence> occurrences) {
    Value v = hsds::schedules_json(with_occurrences(std::move(occurrences)), 0, "", a);
    return std::make_pair(static_cast<int>(v.Size()), v.Size() ? std::string(v[0]["id"].GetString()) : "");
  };
  const std::int64_t week = 7 * 86400;
  // A gap (no session on the third Tuesday).
  EXPECT_EQ(count({{at(2027, 2, 2), {}, false}, {at(2027, 2, 2) + week, {}, false}, {at(2027, 2, 2) + 3 * week, {}, false}}).first,
            3);
  // Another start time.
  EXPECT_EQ(count({{at(2027, 2, 2), {}, false}, {at(2027, 2, 2) + week, {}, false}, {at(2027, 2, 2, 11) + 2 * week, {}, false}})
                .first,
            3);
  // Two on one day.
  EXPECT_EQ(count({{at(2027, 2, 2), {}, false}, {at(2027, 2, 2, 14), {}, false}, {at(2027, 2, 2) + week, {}, false},
                   {at(2027, 2, 2) + 2 * week, {}, false}})
                .first,
            4);
  // Within one week only.
  EXPECT_EQ(count({{at(2027, 2, 1), {}, false}, {at(2027, 2, 2), {}, false}, {at(2027, 2, 3), {}, false}}).first, 3);
  // Two only.
  auto two = count({{at(2027, 2, 2), {}, false}, {at(2027, 2, 2) + week, {}, false}});
  EXPECT_EQ(two.first, 2);
  EXPECT_EQ(two.second, "hsds:x/schedule/20270202T080000Z");
}

TEST(HsdsMappingTest, ManyOccurrencesAreCappedToTheNextOnes) {
  std::vector<Occurrence> daily;
  for (int i = 0; i < 80; ++i) daily.push_back({at(2027, 1, 1) + i * 86400 + (i % 2) * 3600, {}, false});
  rapidjson::Document doc;
  auto& a = doc.GetAllocator();
  const Listing l = with_occurrences(daily);
  auto first_start = [&](std::int64_t now) {
    Value v = hsds::schedules_json(l, now, "", a);
    EXPECT_EQ(v.Size(), hsds::kMaxSchedules);
    return std::string(v[0]["dtstart"].GetString());
  };
  EXPECT_EQ(first_start(0), "2027-01-01");                      // all ahead: the first 50
  EXPECT_EQ(first_start(at(2027, 1, 11, 12)), "2027-01-12");     // the next 50 from now
  EXPECT_EQ(first_start(at(2028, 1, 1)), "2027-01-31");          // all past: the last 50
}

TEST(HsdsMappingTest, UusimaaByMunicipalityInEitherLanguage) {
  Listing l = testing::hsds_listing("u");
  l.location.municipality = {{"fi", "Järvenpää"}};
  EXPECT_EQ(hsds::uusimaa_state_province(l, "fi"), "Uusimaa");
  EXPECT_EQ(hsds::uusimaa_state_province(l, "sv"), "Nyland");
  l.location.municipality = {{"sv", "Borgå"}};
  EXPECT_EQ(hsds::uusimaa_state_province(l, "en"), "Uusimaa");
  l.location.municipality = {{"fi", "Turku"}, {"sv", "Åbo"}};
  EXPECT_EQ(hsds::uusimaa_state_province(l, "fi"), "");
  l.location.municipality.clear();
  EXPECT_EQ(hsds::uusimaa_state_province(l, "fi"), "");
}

TEST(HsdsMappingTest, PageEnvelope) {
  rapidjson::Document doc;
  Value contents(rapidjson::kArrayType);
  contents.PushBack(1, doc.GetAllocator());
  EXPECT_EQ(hsds::page_json(doc, std::move(contents), 21, 3, 10),
            R"({"total_items":21,"total_pages":3,"page_number":3,"size":1,"first_page":false,"last_page":true,)"
            R"("empty":false,"contents":[1]})");
  rapidjson::Document empty;
  EXPECT_EQ(hsds::page_json(empty, Value(rapidjson::kArrayType), 0, 1, 20),
            R"({"total_items":0,"total_pages":0,"page_number":1,"size":0,"first_page":true,"last_page":true,)"
            R"("empty":true,"contents":[]})");
}

TEST(HsdsParamsTest, ParametersBecomeASearch) {
  QueryParams params = {{"search", "tanssi"},         {"page", "2"},         {"per_page", "5"},
                        {"lang", "sv"},               {"full", "true"},      {"organization_id", "ahjo:u1"},
                        {"taxonomy_term_id", "tarjotin-target-group:seniors"}, {"modified_after", "2026-11-01"}};
  auto parsed = hsds::parse_params(hsds::Route::services, params);
  ASSERT_TRUE(std::holds_alternative<hsds::Query>(parsed));
  const hsds::Query& q = std::get<hsds::Query>(parsed);
  EXPECT_TRUE(q.full);
  const SearchRequest r = hsds::search_request(q, true);
  EXPECT_EQ(r.q, "tanssi");
  EXPECT_EQ(r.lang, "sv");
  EXPECT_EQ(r.page, 2);
  EXPECT_EQ(r.page_size, 5);
  EXPECT_EQ(r.sort, SortOrder::relevance);
  EXPECT_TRUE(r.facets.empty());
  EXPECT_TRUE(r.located_only);
  EXPECT_EQ(r.organisers, std::vector<std::string>{"ahjo:u1"});
  EXPECT_EQ(r.target_groups, std::vector<std::string>{"seniors"});
  EXPECT_TRUE(r.target_group_only);
  EXPECT_EQ(r.updated_since, helsinki_midnight_utc(2026, 11, 1));

  auto browse = hsds::parse_params(hsds::Route::services, {{"taxonomy_term_id", "yso:yso:p1"}});
  const SearchRequest b = hsds::search_request(std::get<hsds::Query>(browse), false);
  EXPECT_EQ(b.sort, SortOrder::indexed);
  EXPECT_EQ(b.keywords, std::vector<std::string>{"yso:yso:p1"});
  EXPECT_FALSE(b.located_only);
  EXPECT_EQ(b.page_size, 20);

  auto error = hsds::parse_params(hsds::Route::taxonomies, {{"zz", "1"}});
  ASSERT_TRUE(std::holds_alternative<ParamError>(error));
  EXPECT_EQ(std::get<ParamError>(error).allowed, hsds::parameters(hsds::Route::taxonomies));
}

}  // namespace
}  // namespace tarjotin
