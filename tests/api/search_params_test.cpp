#include <gtest/gtest.h>

#include <algorithm>

#include "api/search_params.h"
#include "model/time.h"

namespace tarjotin {
namespace {

const std::int64_t kNow = parse_iso8601("2026-11-26T10:00:00Z")->utc;

std::variant<SearchRequest, ParamError> parse(std::initializer_list<std::pair<const std::string, std::string>> p) {
  return parse_search_params(QueryParams(p), kNow);
}

ParamError error_of(std::initializer_list<std::pair<const std::string, std::string>> p) {
  auto r = parse(p);
  EXPECT_TRUE(std::holds_alternative<ParamError>(r));
  return std::holds_alternative<ParamError>(r) ? std::get<ParamError>(r) : ParamError{};
}

TEST(SearchParams, DefaultsAreFinnishFirstPageOfTwenty) {
  auto r = std::get<SearchRequest>(parse({}));
  EXPECT_EQ(r.lang, "fi");
  EXPECT_EQ(r.page, 1);
  EXPECT_EQ(r.page_size, 20);
  EXPECT_FALSE(r.free);
}

TEST(SearchParams, CommaSeparatedAndRepeatedValuesAreBothOr) {
  auto r = std::get<SearchRequest>(parse({{"kind", "event,place"}, {"kind", "volunteering"}, {"language", "SV"}}));
  EXPECT_EQ(r.kinds, (std::vector<std::string>{"event", "place", "volunteering"}));
  EXPECT_EQ(r.languages, std::vector<std::string>{"sv"});
}

TEST(SearchParams, IsFreeIsAnAliasOfFree) {
  EXPECT_EQ(std::get<SearchRequest>(parse({{"is_free", "true"}})).free, true);
  EXPECT_EQ(std::get<SearchRequest>(parse({{"free", "false"}})).free, false);
  EXPECT_EQ(error_of({{"free", "maybe"}}).parameter, "free");
}

TEST(SearchParams, DateOnlyEndCoversTheWholeHelsinkiDay) {
  auto r = std::get<SearchRequest>(parse({{"start", "2026-12-01"}, {"end", "2026-12-01"}}));
  EXPECT_EQ(format_utc(*r.start), "2026-11-30T22:00:00Z");
  EXPECT_EQ(format_utc(*r.end), "2026-12-01T21:59:59Z");
  auto today = std::get<SearchRequest>(parse({{"start", "today"}}));
  EXPECT_EQ(format_utc(*today.start), "2026-11-25T22:00:00Z");
  EXPECT_EQ(*std::get<SearchRequest>(parse({{"start", "now"}})).start, kNow);
}

TEST(SearchParams, BadValuesNameTheParameterAndWhatIsAllowed) {
  auto e = error_of({{"page_size", "abc"}});
  EXPECT_EQ(e.parameter, "page_size");
  EXPECT_EQ(e.allowed, std::vector<std::string>{"1..100"});
  EXPECT_EQ(error_of({{"page_size", "101"}}).parameter, "page_size");
  EXPECT_EQ(error_of({{"page", "0"}}).parameter, "page");
  EXPECT_EQ(error_of({{"lang", "de"}}).allowed, (std::vector<std::string>{"fi", "sv", "en"}));
  EXPECT_EQ(error_of({{"kind", "concert"}}).parameter, "kind");
  EXPECT_EQ(error_of({{"start", "yesterday"}}).parameter, "start");
  EXPECT_EQ(error_of({{"start", "2026-12-02"}, {"end", "2026-12-01"}}).parameter, "end");
  EXPECT_EQ(error_of({{"facets", "colour"}}).parameter, "facets");
  EXPECT_EQ(error_of({{"q", std::string(501, 'a')}}).parameter, "q");
  EXPECT_EQ(error_of({{"q", "a"}, {"q", "b"}}).parameter, "q");
  EXPECT_EQ(error_of({{"q", "\xff\xfe"}}).parameter, "q");
  EXPECT_EQ(error_of({{"category", "<script>"}}).parameter, "category");
}

TEST(SearchParams, UnknownParametersAreRefusedNotIgnored) {
  auto e = error_of({{"lanugage", "sv"}});
  EXPECT_EQ(e.parameter, "lanugage");
  EXPECT_NE(std::find(e.allowed.begin(), e.allowed.end(), "language"), e.allowed.end());
}

TEST(SearchParams, DeepPagesAreRefusedWithAdviceToNarrow) {
  auto e = error_of({{"page", "101"}, {"page_size", "100"}});
  EXPECT_EQ(e.parameter, "page");
  EXPECT_NE(e.message.find("narrow"), std::string::npos);
  EXPECT_TRUE(std::holds_alternative<SearchRequest>(parse({{"page", "100"}, {"page_size", "100"}})));
}

TEST(SearchParams, FacetsCanBeChosenOrSwitchedOff) {
  EXPECT_EQ(std::get<SearchRequest>(parse({{"facets", "kind,free"}})).facets, (std::vector<std::string>{"kind", "free"}));
  EXPECT_TRUE(std::get<SearchRequest>(parse({{"facets", ""}})).facets.empty());
}

TEST(SearchParams, DefaultFacetsAreAllKnownAndSortIsAutomatic) {
  auto r = std::get<SearchRequest>(parse({}));
  EXPECT_EQ(r.facets, known_facets());
  EXPECT_EQ(r.sort, SortOrder::automatic);
  EXPECT_FALSE(r.near);
  EXPECT_FALSE(r.target_group_only);
  auto f = std::get<SearchRequest>(parse({{"facets", "weekday,time_of_day,theme,channel,accessibility,target_group"}}));
  EXPECT_EQ(f.facets,
            (std::vector<std::string>{"weekday", "time_of_day", "theme", "channel", "accessibility", "target_group"}));
}

TEST(SearchParams, CodeFilters) {
  auto r = std::get<SearchRequest>(parse({{"theme", "liikunta,theme:Kulttuuri"},
                                          {"category", "culture"},
                                          {"target_group", "seniors,children"},
                                          {"target_group_only", "true"},
                                          {"accessibility", "Wheelchair,hearing_loop"},
                                          {"channel", "online,phone"}}));
  EXPECT_EQ(r.themes, (std::vector<std::string>{"liikunta", "kulttuuri"}));
  EXPECT_EQ(r.categories, std::vector<std::string>{"culture"});
  EXPECT_EQ(r.target_groups, (std::vector<std::string>{"seniors", "children"}));
  EXPECT_TRUE(r.target_group_only);
  EXPECT_EQ(r.accessibility, (std::vector<std::string>{"wheelchair", "hearing_loop"}));
  EXPECT_EQ(r.channels, (std::vector<std::string>{"online", "phone"}));
}

TEST(SearchParams, Conditions) {
  auto r = std::get<SearchRequest>(parse({{"max_price", "12.50"},
                                          {"registration", "not_required"},
                                          {"age", "70"},
                                          {"updated_since", "2026-11-01"}}));
  EXPECT_DOUBLE_EQ(*r.max_price, 12.5);
  EXPECT_EQ(r.registration_required, false);
  EXPECT_EQ(r.age, 70);
  EXPECT_EQ(format_utc(*r.updated_since), "2026-10-31T22:00:00Z");
  EXPECT_EQ(std::get<SearchRequest>(parse({{"registration", "required"}})).registration_required, true);
  EXPECT_EQ(*std::get<SearchRequest>(parse({{"max_price", "0"}})).max_price, 0);
  EXPECT_EQ(*std::get<SearchRequest>(parse({{"age", "0"}})).age, 0);
}

TEST(SearchParams, NearAndItsLinkedEventsAlias) {
  auto r = std::get<SearchRequest>(parse({{"near", "60.1719,24.9414"}}));
  ASSERT_TRUE(r.near);
  EXPECT_DOUBLE_EQ(r.near->lat, 60.1719);
  EXPECT_DOUBLE_EQ(r.near->lon, 24.9414);
  EXPECT_DOUBLE_EQ(r.near->radius_km, 10);  // default
  r = std::get<SearchRequest>(parse({{"near", " 60.17 , -24.94 "}, {"radius_km", "2.5"}}));
  EXPECT_DOUBLE_EQ(r.near->lon, -24.94);
  EXPECT_DOUBLE_EQ(r.near->radius_km, 2.5);
  // Linked Events order: longitude first, and metres.
  r = std::get<SearchRequest>(parse({{"dwithin_origin", "24.9414,60.1719"}, {"dwithin_metres", "1500"}}));
  ASSERT_TRUE(r.near);
  EXPECT_DOUBLE_EQ(r.near->lat, 60.1719);
  EXPECT_DOUBLE_EQ(r.near->lon, 24.9414);
  EXPECT_DOUBLE_EQ(r.near->radius_km, 1.5);
  EXPECT_DOUBLE_EQ(std::get<SearchRequest>(parse({{"near", "60,24"}, {"radius_km", "500"}})).near->radius_km, 500);
}

TEST(SearchParams, BoundingBox) {
  auto r = std::get<SearchRequest>(parse({{"bbox", "24.78,60.13,25.25,60.30"}}));
  ASSERT_TRUE(r.bbox);
  EXPECT_DOUBLE_EQ(r.bbox->west, 24.78);
  EXPECT_DOUBLE_EQ(r.bbox->south, 60.13);
  EXPECT_DOUBLE_EQ(r.bbox->east, 25.25);
  EXPECT_DOUBLE_EQ(r.bbox->north, 60.30);
}

TEST(SearchParams, WeekdaysByNameOrIsoNumberAndTimesOfDay) {
  auto r = std::get<SearchRequest>(parse({{"weekday", "Sat,7,mon"}, {"weekday", "6"}, {"time_of_day", "Evening"}}));
  EXPECT_EQ(r.weekdays, (std::vector<std::string>{"sat", "sun", "mon"}));
  EXPECT_EQ(r.times_of_day, std::vector<std::string>{"evening"});
}

TEST(SearchParams, SortOrders) {
  EXPECT_EQ(std::get<SearchRequest>(parse({{"sort", "relevance"}})).sort, SortOrder::relevance);
  EXPECT_EQ(std::get<SearchRequest>(parse({{"sort", "start_time"}})).sort, SortOrder::start_time);
  EXPECT_EQ(std::get<SearchRequest>(parse({{"sort", "updated"}})).sort, SortOrder::updated);
  EXPECT_EQ(std::get<SearchRequest>(parse({{"sort", "name"}})).sort, SortOrder::name);
  EXPECT_EQ(std::get<SearchRequest>(parse({{"sort", "distance"}, {"near", "60.17,24.94"}})).sort, SortOrder::distance);
  EXPECT_EQ(std::get<SearchRequest>(parse({{"sort", "distance"}, {"dwithin_origin", "24.94,60.17"}})).sort,
            SortOrder::distance);
}

// Every refused input names its parameter.
TEST(SearchParams, EveryBadNewValueIsA400NamingItsParameter) {
  const std::vector<std::pair<std::string, std::vector<std::pair<const std::string, std::string>>>> cases = {
      {"theme", {{"theme", "<b>"}}},
      {"theme", {{"theme", std::string(65, 'a')}}},
      {"target_group", {{"target_group", "a b"}}},
      {"target_group_only", {{"target_group_only", "maybe"}}},
      {"target_group_only", {{"target_group_only", "true"}, {"target_group_only", "false"}}},
      {"accessibility", {{"accessibility", "wheel chair"}}},
      {"max_price", {{"max_price", "-1"}}},
      {"max_price", {{"max_price", "abc"}}},
      {"max_price", {{"max_price", "1e3"}}},
      {"max_price", {{"max_price", "100001"}}},
      {"max_price", {{"max_price", "nan"}}},
      {"max_price", {{"max_price", "5"}, {"max_price", "6"}}},
      {"near", {{"near", "60.17"}}},
      {"near", {{"near", "60.17,24.94,3"}}},
      {"near", {{"near", "abc,def"}}},
      {"near", {{"near", "91,24"}}},
      {"near", {{"near", "60,181"}}},
      {"near", {{"near", "60,"}}},
      {"near", {{"near", "0x10,24"}}},
      {"near", {{"near", "60,24"}, {"near", "61,25"}}},
      {"radius_km", {{"near", "60,24"}, {"radius_km", "0"}}},
      {"radius_km", {{"near", "60,24"}, {"radius_km", "500.1"}}},
      {"radius_km", {{"near", "60,24"}, {"radius_km", "ten"}}},
      {"radius_km", {{"radius_km", "5"}}},
      {"dwithin_metres", {{"dwithin_metres", "1000"}}},
      {"dwithin_metres", {{"dwithin_origin", "24,60"}, {"dwithin_metres", "0"}}},
      {"dwithin_metres", {{"dwithin_origin", "24,60"}, {"dwithin_metres", "500001"}}},
      {"dwithin_metres", {{"near", "60,24"}, {"radius_km", "1"}, {"dwithin_metres", "1000"}}},
      {"dwithin_origin", {{"near", "60,24"}, {"dwithin_origin", "24,60"}}},
      {"dwithin_origin", {{"dwithin_origin", "24.9,95"}}},  // lon,lat: 95 is no latitude
      {"bbox", {{"bbox", "24,60,25"}}},
      {"bbox", {{"bbox", "25,60,24,61"}}},
      {"bbox", {{"bbox", "24,61,25,60"}}},
      {"bbox", {{"bbox", "24,60,24,61"}}},
      {"bbox", {{"bbox", "-181,60,25,61"}}},
      {"bbox", {{"bbox", "24,-91,25,60"}}},
      {"bbox", {{"bbox", "24,60,25,x"}}},
      {"channel", {{"channel", "pigeon"}}},
      {"weekday", {{"weekday", "funday"}}},
      {"weekday", {{"weekday", "8"}}},
      {"weekday", {{"weekday", "0"}}},
      {"time_of_day", {{"time_of_day", "night"}}},
      {"registration", {{"registration", "maybe"}}},
      {"age", {{"age", "-1"}}},
      {"age", {{"age", "151"}}},
      {"age", {{"age", "5.5"}}},
      {"updated_since", {{"updated_since", "yesterday"}}},
      {"sort", {{"sort", "random"}}},
      {"sort", {{"sort", "distance"}}},
      {"sort", {{"sort", "distance"}, {"bbox", "24,60,25,61"}}},
      {"sort", {{"sort", "name"}, {"sort", "updated"}}},
      {"facets", {{"facets", "weekday,colour"}}},
  };
  for (const auto& [parameter, query] : cases) {
    auto r = parse_search_params(QueryParams(query.begin(), query.end()), kNow);
    ASSERT_TRUE(std::holds_alternative<ParamError>(r)) << parameter << " " << query.front().second;
    const ParamError& e = std::get<ParamError>(r);
    EXPECT_EQ(e.parameter, parameter) << query.front().second << ": " << e.message;
    EXPECT_FALSE(e.message.empty());
  }
}

TEST(SearchParams, ErrorsSayWhatIsAllowed) {
  EXPECT_EQ(error_of({{"channel", "pigeon"}}).allowed, (std::vector<std::string>{"in_person", "online", "phone"}));
  EXPECT_EQ(error_of({{"time_of_day", "night"}}).allowed,
            (std::vector<std::string>{"morning", "afternoon", "evening"}));
  EXPECT_EQ(error_of({{"registration", "x"}}).allowed, (std::vector<std::string>{"required", "not_required"}));
  const ParamError sort = error_of({{"sort", "distance"}});
  EXPECT_NE(sort.message.find("near"), std::string::npos);
  EXPECT_EQ(sort.allowed.size(), 5u);
  const ParamError day = error_of({{"weekday", "funday"}});
  EXPECT_NE(std::find(day.allowed.begin(), day.allowed.end(), "mon"), day.allowed.end());
  EXPECT_EQ(error_of({{"near", "60"}}).allowed, std::vector<std::string>{"lat,lon"});
  EXPECT_EQ(error_of({{"dwithin_origin", "60"}}).allowed, std::vector<std::string>{"lon,lat"});
  EXPECT_EQ(error_of({{"bbox", "1,2"}}).allowed.size(), 1u);
  EXPECT_EQ(error_of({{"radius_km", "900"}, {"near", "60,24"}}).allowed, std::vector<std::string>{"0..500"});
}

TEST(SearchParams, TooManyValues) {
  std::string many;
  for (int i = 0; i < 51; ++i) many += "t" + std::to_string(i) + ",";
  for (const char* name : {"theme", "target_group", "accessibility", "category", "weekday"})
    EXPECT_EQ(error_of({{name, many}}).parameter, name);
  std::string days;
  for (int i = 0; i < 51; ++i) days += "mon,";
  EXPECT_EQ(error_of({{"weekday", days}}).parameter, "weekday");
  EXPECT_TRUE(std::holds_alternative<SearchRequest>(parse({{"weekday", "mon,mon,tue"}})));
}

}  // namespace
}  // namespace tarjotin
