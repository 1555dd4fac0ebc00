// Lähellä.fi weekly recurrences -> occurrences in Helsinki local time.
#include "connectors/lahella/weekly_schedule.h"

#include <gtest/gtest.h>

#include "model/time.h"

namespace tarjotin {
namespace {

std::int64_t utc(const std::string& iso) { return parse_iso8601(iso)->utc; }

std::vector<Occurrence> expand(const std::string& events_json, std::int64_t now = 0, int max_weeks = 26) {
  rapidjson::Document events;
  events.Parse(events_json.c_str());
  ScheduleWindow window;
  window.now = now;
  window.max_weeks = max_weeks;
  return schedule_occurrences(events, window);
}

// 2025-01-15 00:00Z .. 2025-05-15 00:00Z, Tuesdays 18:00-19:30 (the lahella-cli fixture's schedule).
const char* kTuesdays = R"([{"start":1736899200000,"timeZone":"Europe/Helsinki","type":"4",
  "recurrence":{"period":"P1W","end":1747267200000,
  "daySpecificTimes":[{"weekday":2,"startTime":"18:00","endTime":"19:30"}],"exclude":[]}}])";

TEST(WeeklySchedule, ExpandsTuesdaysAcrossTheSpringDstChange) {
  const auto occurrences = expand(kTuesdays);
  ASSERT_EQ(occurrences.size(), 17u);  // 2025-01-21 .. 2025-05-13
  EXPECT_EQ(format_helsinki(occurrences.front().start), "2025-01-21T18:00:00+02:00");
  EXPECT_EQ(occurrences.front().start, utc("2025-01-21T16:00:00Z"));
  EXPECT_EQ(*occurrences.front().end, utc("2025-01-21T17:30:00Z"));
  EXPECT_FALSE(occurrences.front().date_only);
  EXPECT_EQ(occurrences[9].start, utc("2025-03-25T16:00:00Z"));   // last Tuesday in winter time
  EXPECT_EQ(occurrences[10].start, utc("2025-04-01T15:00:00Z"));  // EEST from 2025-03-30
  EXPECT_EQ(format_helsinki(occurrences[10].start), "2025-04-01T18:00:00+03:00");
  EXPECT_EQ(occurrences.back().start, utc("2025-05-13T15:00:00Z"));
  EXPECT_EQ(*occurrences.back().end, utc("2025-05-13T16:30:00Z"));
}

TEST(WeeklySchedule, TimestampsBeyondTheAcceptedYearsGiveNoOccurrences) {
  // Found by fuzzing: 1.7e121 ms used to be cast straight to an integer.
  EXPECT_TRUE(expand(R"([{"start":1.7e121,"recurrence":{"end":1747267200000,
    "daySpecificTimes":[{"weekday":2,"startTime":"18:00","endTime":"19:30"}]}}])").empty());
  // An unreadable end is no end: the window's 26 weeks of Tuesdays.
  EXPECT_EQ(expand(R"([{"start":1736899200000,"recurrence":{"end":-9.3e18,
    "daySpecificTimes":[{"weekday":2,"startTime":"18:00","endTime":"19:30"}]}}])").size(), 26u);
  EXPECT_TRUE(expand(R"([{"start":-9223372036854775808}])").empty());
}

TEST(WeeklySchedule, AutumnChangeAndSeveralWeekdaysInOrder) {
  const auto occurrences = expand(R"([{"start":1761523200000,"recurrence":{"end":1762128000000,
    "daySpecificTimes":[{"weekday":5,"startTime":"09:30","endTime":"11:00"},
                        {"weekday":1,"startTime":"17:00","endTime":"18:00"}]}}])");
  // 2025-10-27 (Mon, EET since the 26th) .. 2025-11-03 (Mon)
  ASSERT_EQ(occurrences.size(), 3u);
  EXPECT_EQ(format_helsinki(occurrences[0].start), "2025-10-27T17:00:00+02:00");
  EXPECT_EQ(format_helsinki(occurrences[1].start), "2025-10-31T09:30:00+02:00");
  EXPECT_EQ(format_helsinki(occurrences[2].start), "2025-11-03T17:00:00+02:00");
}

TEST(WeeklySchedule, ExcludedDatesAndEveryOtherWeek) {
  // Mondays from 2025-09-01 to 2025-10-27, every other week, 2025-09-15 excluded.
  const auto occurrences = expand(R"([{"start":1756684800000,"recurrence":{"period":"P2W","end":1761523200000,
    "exclude":["2025-09-15"],"daySpecificTimes":[{"weekday":1,"startTime":"12:00","endTime":"13:00"}]}}])");
  std::vector<std::string> dates;
  for (const Occurrence& o : occurrences) dates.push_back(format_helsinki_date(o.start));
  EXPECT_EQ(dates, (std::vector<std::string>{"2025-09-01", "2025-09-29", "2025-10-13", "2025-10-27"}));
}

TEST(WeeklySchedule, EndTimeAfterMidnightEndsNextDay) {
  const auto occurrences = expand(R"([{"start":1756684800000,"recurrence":{"end":1756771200000,
    "daySpecificTimes":[{"weekday":1,"startTime":"22:00","endTime":"01:00"}]}}])");
  ASSERT_EQ(occurrences.size(), 1u);
  EXPECT_EQ(format_helsinki(*occurrences[0].end), "2025-09-02T01:00:00+03:00");
}

TEST(WeeklySchedule, OpenEndedRecurrenceIsBoundedAndFollowsNow) {
  // Started 2020-01-06 (Monday), no end; now is 2025-06-11.
  const std::string events = R"([{"start":1578268800000,"recurrence":{"period":"P1W",
    "daySpecificTimes":[{"weekday":1,"startTime":"10:00","endTime":"11:00"}]}}])";
  const auto occurrences = expand(events, utc("2025-06-11T12:00:00Z"));
  ASSERT_EQ(occurrences.size(), 26u);
  EXPECT_EQ(format_helsinki_date(occurrences.front().start), "2025-06-09");  // the week before now onwards
  EXPECT_EQ(format_helsinki_date(occurrences.back().start), "2025-12-01");
  // Before it started, from its first day.
  const auto early = expand(events, utc("2019-01-01T00:00:00Z"), 4);
  ASSERT_EQ(early.size(), 4u);
  EXPECT_EQ(format_helsinki_date(early.front().start), "2020-01-06");
}

TEST(WeeklySchedule, NeverMoreThanTheCap) {
  std::string times;
  for (int day = 1; day <= 7; ++day)
    for (int hour = 8; hour < 20; ++hour)
      times += std::string(times.empty() ? "" : ",") + R"({"weekday":)" + std::to_string(day) +
               R"(,"startTime":")" + std::to_string(hour) + R"(:00"})";
  const auto occurrences = expand(R"([{"start":1756684800000,"recurrence":{"daySpecificTimes":[)" + times + "]}}]");
  EXPECT_EQ(occurrences.size(), 200u);
}

TEST(WeeklySchedule, SingleEventsAndWholeDays) {
  const auto timed = expand(R"([{"start":1756738800000,"end":1756746000000,"type":"1"}])");
  ASSERT_EQ(timed.size(), 1u);
  EXPECT_EQ(timed[0].start, 1756738800);
  EXPECT_EQ(*timed[0].end, 1756746000);
  // 2025-09-01 00:00 Helsinki (2025-08-31T21:00Z), no end: that whole day.
  const auto day = expand(R"([{"start":1756674000000,"type":"1"}])");
  ASSERT_EQ(day.size(), 1u);
  EXPECT_TRUE(day[0].date_only);
  EXPECT_EQ(*day[0].end, utc("2025-09-02"));
  EXPECT_TRUE(expand(R"([{"type":"4"}, 5, "x"])").empty());
}

TEST(WeeklySchedule, LocalToUtcAroundTheChanges) {
  EXPECT_EQ(helsinki_local_to_utc(days_from_civil(2025, 3, 30), 2 * 3600), utc("2025-03-30T00:00:00Z"));
  EXPECT_EQ(helsinki_local_to_utc(days_from_civil(2025, 3, 30), 5 * 3600), utc("2025-03-30T02:00:00Z"));
  EXPECT_EQ(helsinki_local_to_utc(days_from_civil(2025, 10, 26), 3 * 3600 + 1800), utc("2025-10-26T00:30:00Z"));
  EXPECT_EQ(helsinki_local_to_utc(days_from_civil(2025, 10, 26), 5 * 3600), utc("2025-10-26T03:00:00Z"));
}

}  // namespace
}  // namespace tarjotin
