// Local Helsinki weekdays and times of day of occurrences, across both DST
// changes of 2031 (Mar 30 01:00Z, Oct 26 01:00Z), and the joint occurrence check.
#include <gtest/gtest.h>

#include "index/occurrence_filter.h"
#include "index/occurrence_time.h"
#include "search_corpus.h"

namespace tarjotin {
namespace {

using test::at;

DayBits day(const char* code) { return weekday_bits({code}); }
DayBits days(std::vector<std::string> codes) { return weekday_bits(codes); }

TEST(IndexOccurrenceTimeTest, WeekdayIsLocalNotUtc) {
  EXPECT_EQ(helsinki_weekday(at("2031-06-01T21:30:00Z")), 0);  // Monday 00:30 EEST
  EXPECT_EQ(helsinki_weekday(at("2031-06-01T20:59:59Z")), 6);  // Sunday 23:59:59 EEST
  EXPECT_EQ(helsinki_weekday(at("2031-01-05T22:30:00Z")), 0);  // Monday 00:30 EET
  EXPECT_EQ(helsinki_weekday(at("2031-01-05T21:59:59Z")), 6);
  EXPECT_EQ(helsinki_weekday(at("2031-03-30T00:30:00Z")), 6);  // Sunday 03:30, just after the change
  EXPECT_EQ(helsinki_weekday(at("2031-03-29T21:59:59Z")), 5);  // Saturday 23:59:59 EET
  EXPECT_EQ(helsinki_weekday(at("2031-10-26T21:59:59Z")), 6);  // Sunday 23:59:59 EET (after the change)
  EXPECT_EQ(helsinki_weekday(at("2031-10-26T22:00:00Z")), 0);
  EXPECT_EQ(helsinki_weekday(at("1969-12-31T12:00:00Z")), 2);  // before the epoch: Wednesday
}

TEST(IndexOccurrenceTimeTest, TimeOfDayIsTheLocalStartHour) {
  const auto times = [](const char* start) { return time_of_day_codes(times_of_day(at(start), at(start) + 3600)); };
  using Codes = std::vector<std::string>;
  EXPECT_EQ(times("2031-06-10T08:59:59Z"), Codes{"morning"});    // 11:59:59 EEST
  EXPECT_EQ(times("2031-06-10T09:00:00Z"), Codes{"afternoon"});  // 12:00 EEST
  EXPECT_EQ(times("2031-01-10T09:59:00Z"), Codes{"morning"});    // 11:59 EET
  EXPECT_EQ(times("2031-01-10T10:00:00Z"), Codes{"afternoon"});  // 12:00 EET
  EXPECT_EQ(times("2031-10-25T13:59:00Z"), Codes{"afternoon"});  // 16:59 EEST
  EXPECT_EQ(times("2031-10-25T14:00:00Z"), Codes{"evening"});    // 17:00 EEST
  EXPECT_EQ(times("2031-10-26T14:30:00Z"), Codes{"afternoon"});  // 16:30 EET, the day DST ends
  EXPECT_EQ(times("2031-10-26T15:00:00Z"), Codes{"evening"});    // 17:00 EET
  EXPECT_EQ(times("2031-03-29T21:59:00Z"), Codes{"evening"});    // 23:59 EET
  EXPECT_EQ(times("2031-03-29T22:00:00Z"), Codes{"morning"});    // 00:00 EET: a new morning
}

TEST(IndexOccurrenceTimeTest, AllDayOccurrencesHaveEveryTimeOfDay) {
  // Date-only values: local midnight to a later local midnight, also over a DST change (23 h).
  EXPECT_EQ(times_of_day(at("2031-06-10"), at("2031-06-13")), kAllTimesOfDay);
  EXPECT_EQ(times_of_day(at("2031-03-30"), at("2031-03-31")), kAllTimesOfDay);
  EXPECT_EQ(at("2031-03-31") - at("2031-03-30"), 23 * 3600);
  EXPECT_EQ(times_of_day(at("2031-06-10"), at("2031-06-10")), 1);  // no length: it starts at 00:00
}

TEST(IndexOccurrenceTimeTest, DaysCoveredByAnOccurrence) {
  EXPECT_EQ(weekdays_between(at("2031-06-10"), at("2031-06-13"), true), days({"tue", "wed", "thu"}));
  EXPECT_EQ(weekdays_between(at("2031-06-10"), at("2031-06-13"), false), days({"tue", "wed", "thu", "fri"}));
  EXPECT_EQ(weekdays_between(at("2031-10-25T23:00"), at("2031-10-26T01:00"), true), days({"sat", "sun"}));
  EXPECT_EQ(weekdays_between(at("2031-06-01"), at("2031-06-30"), true), kAllWeekdays);
  EXPECT_EQ(weekdays_between(at("2031-06-10T18:00"), at("2031-06-10T18:00"), true), day("tue"));
}

TEST(IndexOccurrenceTimeTest, CodesAndBits) {
  EXPECT_EQ(weekday_codes(days({"sun", "mon"})), (std::vector<std::string>{"mon", "sun"}));
  EXPECT_EQ(weekday_bits({"nonsense"}), 0);
  EXPECT_EQ(time_of_day_bits({"evening", "morning"}), 5);
}

TEST(IndexOccurrenceCriteriaTest, OnePartOfTheOccurrenceMustMeetEverything) {
  const OccurrenceSpan festival{at("2031-06-10"), at("2031-06-13")};  // Tue..Thu, all day
  OccurrenceCriteria c;
  c.start = at("2031-06-11");
  c.end = at("2031-06-20T23:59:59");
  EXPECT_EQ(matching_weekdays(festival, c), days({"wed", "thu"}));
  c.weekdays = day("tue");
  EXPECT_FALSE(meets(festival, c));
  c.weekdays = day("thu");
  EXPECT_TRUE(meets(festival, c));
  c.end = at("2031-06-11T12:00");  // a range end inside the occurrence is included
  EXPECT_EQ(matching_weekdays(festival, c), day("wed"));

  const OccurrenceSpan saturday_evening{at("2031-10-25T17:00"), at("2031-10-25T18:00")};
  OccurrenceCriteria evening;
  evening.times = time_of_day_bits({"evening"});
  EXPECT_EQ(matching_weekdays(saturday_evening, evening), day("sat"));
  evening.times = time_of_day_bits({"morning"});
  EXPECT_EQ(matching_weekdays(saturday_evening, evening), 0);
  OccurrenceCriteria sunday;
  sunday.weekdays = day("sun");
  EXPECT_EQ(matching_times(saturday_evening, sunday), 0);
  sunday.weekdays = day("sat");
  EXPECT_EQ(matching_times(saturday_evening, sunday), time_of_day_bits({"evening"}));
}

}  // namespace
}  // namespace tarjotin
