#pragma once
// Local calendar facts about occurrences, in Europe/Helsinki civil time
// (model/time.h), for the weekday and time_of_day filters and facets.
//
// Weekdays and times of day are small bit sets: weekday bit i is
// kWeekdayCodes[i] (0 = Monday), time bit i is kTimeOfDayCodes[i].
//
// An occurrence [start, end] takes place on every local day from the day of
// start to the day of end, the end being exclusive when it falls later than the
// start (an event ending at midnight does not reach the next day). Its time of
// day is that of its local start hour: morning < 12, afternoon 12..16,
// evening >= 17; an all-day occurrence (local midnight to a later local
// midnight, as date-only feed values become) has every time of day.
//
// Pure functions; thread-safe.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tarjotin {

using DayBits = std::uint8_t;

inline constexpr std::array<const char*, 7> kWeekdayCodes = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
inline constexpr std::array<const char*, 3> kTimeOfDayCodes = {"morning", "afternoon", "evening"};
inline constexpr DayBits kAllWeekdays = 0x7f;
inline constexpr DayBits kAllTimesOfDay = 0x07;

// Local weekday of an instant, 0 = Monday .. 6 = Sunday.
int helsinki_weekday(std::int64_t utc);

// The weekdays of the local days an occurrence [start, end] takes place on.
// `end_exclusive`: the end instant itself is not included (see above).
DayBits weekdays_between(std::int64_t start, std::int64_t end, bool end_exclusive);

// The time-of-day bit(s) of an occurrence.
DayBits times_of_day(std::int64_t start, std::int64_t end);

// Codes <-> bits; unknown codes have no bit (0).
DayBits weekday_bits(const std::vector<std::string>& codes);
DayBits time_of_day_bits(const std::vector<std::string>& codes);
std::vector<std::string> weekday_codes(DayBits bits);
std::vector<std::string> time_of_day_codes(DayBits bits);

}  // namespace tarjotin
