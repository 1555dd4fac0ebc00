#pragma once
// Time values in the catalogue: UTC seconds since the epoch, with the
// Europe/Helsinki civil time rules (EET +02:00, EEST +03:00 from the last Sunday
// of March 01:00 UTC to the last Sunday of October 01:00 UTC, the EU rule in force
// since 1996) built in, so no tz database is needed at run time.

#include <cstdint>
#include <optional>
#include <string>

namespace tarjotin {

struct ParsedTime {
  std::int64_t utc = 0;   // for a date-only value: local midnight in Helsinki
  bool date_only = false;
};

// Parses ISO 8601 as feeds send it: "2026-06-01T13:45:00Z", "...+03:00",
// fractional seconds, "2026-06-01T13:45" (local Helsinki time, no offset) and
// date-only "2026-06-01" (the local day in Helsinki). nullopt if not parseable
// or out of range (years 1900..2200).
std::optional<ParsedTime> parse_iso8601(const std::string& text);

// The same range as UTC seconds, for feeds that send epoch numbers:
// 1900-01-01T00:00Z up to (not including) 2201-01-01T00:00Z.
constexpr std::int64_t kEarliestFeedTime = -2208988800;
constexpr std::int64_t kLatestFeedTime = 7289654400 - 1;

// Helsinki's offset from UTC, in seconds, at the given UTC instant (7200 or 10800).
int helsinki_offset_seconds(std::int64_t utc);

// UTC instant of local midnight in Helsinki that starts the given civil date.
std::int64_t helsinki_midnight_utc(int year, int month, int day);

// "2026-06-01T13:45:00Z".
std::string format_utc(std::int64_t utc);
// Helsinki local date "2026-06-01" of the instant.
std::string format_helsinki_date(std::int64_t utc);
// Helsinki local time with offset, "2026-06-01T16:45:00+03:00".
std::string format_helsinki(std::int64_t utc);

// Days since 1970-01-01 of a civil date (proleptic Gregorian) and back.
std::int64_t days_from_civil(int year, int month, int day);
void civil_from_days(std::int64_t days, int* year, int* month, int* day);

std::int64_t now_utc();

}  // namespace tarjotin
