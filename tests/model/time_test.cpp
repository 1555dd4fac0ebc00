#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "model/time.h"

namespace tarjotin {
namespace {

TEST(Time, ParsesUtcTimestampWithZ) {
  auto t = parse_iso8601("2020-06-01T13:45:00Z");
  ASSERT_TRUE(t);
  EXPECT_FALSE(t->date_only);
  EXPECT_EQ(format_utc(t->utc), "2020-06-01T13:45:00Z");
}

TEST(Time, HandlesOffsetsAndFractions) {
  auto t = parse_iso8601("2026-06-01T16:45:00.123456+03:00");
  ASSERT_TRUE(t);
  EXPECT_EQ(format_utc(t->utc), "2026-06-01T13:45:00Z");
  auto winter = parse_iso8601("2026-01-15T10:00:00+0200");
  ASSERT_TRUE(winter);
  EXPECT_EQ(format_utc(winter->utc), "2026-01-15T08:00:00Z");
}

TEST(Time, DateOnlyIsTheHelsinkiDay) {
  // Summer: local midnight is 21:00 UTC the day before.
  auto summer = parse_iso8601("2020-08-22");
  ASSERT_TRUE(summer);
  EXPECT_TRUE(summer->date_only);
  EXPECT_EQ(format_utc(summer->utc), "2020-08-21T21:00:00Z");
  EXPECT_EQ(format_helsinki_date(summer->utc), "2020-08-22");
  // Winter: 22:00 UTC the day before.
  auto winter = parse_iso8601("2026-12-24");
  ASSERT_TRUE(winter);
  EXPECT_EQ(format_utc(winter->utc), "2026-12-23T22:00:00Z");
}

TEST(Time, LocalTimeWithoutOffsetIsHelsinki) {
  auto t = parse_iso8601("2026-12-01T18:00");
  ASSERT_TRUE(t);
  EXPECT_EQ(format_utc(t->utc), "2026-12-01T16:00:00Z");
  EXPECT_EQ(format_helsinki(t->utc), "2026-12-01T18:00:00+02:00");
}

TEST(Time, DaylightSavingSwitchesOnLastSundays) {
  // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
  EXPECT_EQ(helsinki_offset_seconds(parse_iso8601("2026-03-29T00:59:59Z")->utc), 7200);
  EXPECT_EQ(helsinki_offset_seconds(parse_iso8601("2026-03-29T01:00:00Z")->utc), 10800);
  EXPECT_EQ(helsinki_offset_seconds(parse_iso8601("2026-10-25T00:59:59Z")->utc), 10800);
  EXPECT_EQ(helsinki_offset_seconds(parse_iso8601("2026-10-25T01:00:00Z")->utc), 7200);
}

TEST(Time, HelsinkiOffsetIsRightWhenCallsJumpBetweenYears) {
  // The offset rules of the last year asked are remembered; jumping between
  // years and across New Year must not reuse the wrong year's switch dates.
  const std::vector<std::pair<std::string, int>> asked = {
      {"2027-03-28T00:59:59Z", 7200},  {"2027-03-28T01:00:00Z", 10800}, {"2026-03-29T01:00:00Z", 10800},
      {"2026-12-31T23:59:59Z", 7200},  {"2027-01-01T00:00:00Z", 7200},  {"2027-10-31T00:59:59Z", 10800},
      {"2026-10-25T00:59:59Z", 10800}, {"2027-10-31T01:00:00Z", 7200},  {"2030-06-01T12:00:00Z", 10800},
      {"1999-03-28T01:00:00Z", 10800}, {"1999-03-28T00:59:59Z", 7200}};
  for (const auto& [time, offset] : asked) EXPECT_EQ(helsinki_offset_seconds(parse_iso8601(time)->utc), offset) << time;
}

TEST(Time, RejectsMalformedValues) {
  for (const char* bad : {"", "2026", "2026-13-01", "2026-02-30", "2026-01-01T25:00:00Z", "tomorrow",
                          "2026-01-01T10:00:00Q", "9999-01-01"}) {
    EXPECT_FALSE(parse_iso8601(bad)) << bad;
  }
}

}  // namespace
}  // namespace tarjotin
