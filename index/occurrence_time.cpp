#include "index/occurrence_time.h"

#include "model/time.h"

namespace tarjotin {
namespace {

constexpr std::int64_t kDay = 86400;

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

std::int64_t local_seconds(std::int64_t utc) { return utc + helsinki_offset_seconds(utc); }

// Local days since 1970-01-01.
std::int64_t local_day(std::int64_t utc) { return floor_div(local_seconds(utc), kDay); }

std::int64_t local_second_of_day(std::int64_t utc) { return local_seconds(utc) - local_day(utc) * kDay; }

template <std::size_t N>
DayBits bits_of(const std::array<const char*, N>& table, const std::vector<std::string>& codes) {
  DayBits bits = 0;
  for (const std::string& code : codes)
    for (std::size_t i = 0; i < N; ++i)
      if (code == table[i]) bits |= static_cast<DayBits>(1u << i);
  return bits;
}

template <std::size_t N>
std::vector<std::string> codes_of(const std::array<const char*, N>& table, DayBits bits) {
  std::vector<std::string> codes;
  for (std::size_t i = 0; i < N; ++i)
    if (bits & (1u << i)) codes.emplace_back(table[i]);
  return codes;
}

}  // namespace

int helsinki_weekday(std::int64_t utc) {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  return static_cast<int>(((local_day(utc) + 3) % 7 + 7) % 7);
}

DayBits weekdays_between(std::int64_t start, std::int64_t end, bool end_exclusive) {
  if (end_exclusive && end > start) --end;
  if (end < start) end = start;
  const std::int64_t days = local_day(end) - local_day(start) + 1;
  if (days >= 7) return kAllWeekdays;
  DayBits bits = 0;
  const int first = helsinki_weekday(start);
  for (std::int64_t i = 0; i < days; ++i) bits |= static_cast<DayBits>(1u << ((first + i) % 7));
  return bits;
}

DayBits times_of_day(std::int64_t start, std::int64_t end) {
  const std::int64_t second = local_second_of_day(start);
  if (second == 0 && end > start && local_second_of_day(end) == 0) return kAllTimesOfDay;
  const std::int64_t hour = second / 3600;
  if (hour < 12) return 1;
  if (hour < 17) return 2;
  return 4;
}

DayBits weekday_bits(const std::vector<std::string>& codes) { return bits_of(kWeekdayCodes, codes); }
DayBits time_of_day_bits(const std::vector<std::string>& codes) { return bits_of(kTimeOfDayCodes, codes); }
std::vector<std::string> weekday_codes(DayBits bits) { return codes_of(kWeekdayCodes, bits); }
std::vector<std::string> time_of_day_codes(DayBits bits) { return codes_of(kTimeOfDayCodes, bits); }

}  // namespace tarjotin
