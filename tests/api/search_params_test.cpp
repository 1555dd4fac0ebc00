#include <gtest/gtest.h>

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

}  // namespace
}  // namespace tarjotin
