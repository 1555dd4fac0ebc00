#include "time.h"

#include <chrono>
#include <cstdio>

namespace tarjotin {

// Howard Hinnant's civil-calendar algorithms (public domain description).
std::int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t z, int* year, int* month, int* day) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  *year = static_cast<int>(yoe + era * 400 + (m <= 2));
  *month = static_cast<int>(m);
  *day = static_cast<int>(d);
}

namespace {

constexpr std::int64_t kDay = 86400;

// UTC seconds of 01:00 UTC on the last Sunday of the month.
std::int64_t last_sunday_0100_utc(int year, int month) {
  int next_year = month == 12 ? year + 1 : year;
  int next_month = month == 12 ? 1 : month + 1;
  std::int64_t last_day = days_from_civil(next_year, next_month, 1) - 1;
  // 1970-01-01 was a Thursday: weekday 0 = Monday ... 6 = Sunday.
  int weekday = static_cast<int>(((last_day % 7) + 7 + 3) % 7);
  std::int64_t sunday = last_day - ((weekday - 6 + 7) % 7);
  return sunday * kDay + 3600;
}

bool read_int(const std::string& s, size_t pos, size_t len, int* out) {
  if (pos + len > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + len; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

int days_in_month(int year, int month) {
  return static_cast<int>(days_from_civil(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1) -
                          days_from_civil(year, month, 1));
}

}  // namespace

int helsinki_offset_seconds(std::int64_t utc) {
  // Searches call this for every occurrence of every matching listing, nearly
  // always within one year: each thread keeps the last year's switch instants.
  struct YearRules {
    std::int64_t begins = 0, ends = -1;          // the year, [begins, ends) in UTC seconds
    std::int64_t summer_from = 0, summer_to = 0;
  };
  thread_local YearRules cached;
  if (utc < cached.begins || utc >= cached.ends) {
    int year, month, day;
    civil_from_days(utc >= 0 ? utc / kDay : (utc - kDay + 1) / kDay, &year, &month, &day);
    cached.begins = days_from_civil(year, 1, 1) * kDay;
    cached.ends = days_from_civil(year + 1, 1, 1) * kDay;
    cached.summer_from = last_sunday_0100_utc(year, 3);
    cached.summer_to = last_sunday_0100_utc(year, 10);
  }
  const bool summer = utc >= cached.summer_from && utc < cached.summer_to;
  return summer ? 3 * 3600 : 2 * 3600;
}

std::int64_t helsinki_midnight_utc(int year, int month, int day) {
  const std::int64_t local = days_from_civil(year, month, day) * kDay;
  // The offset at local midnight equals the offset two hours before it in UTC
  // terms except around the switch at 01:00 UTC (03:00/04:00 local), which never
  // falls on midnight, so one correction step is exact.
  return local - helsinki_offset_seconds(local - 2 * 3600);
}

std::optional<ParsedTime> parse_iso8601(const std::string& raw) {
  std::string s = raw;
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
  int y, mo, d;
  if (!read_int(s, 0, 4, &y) || s.size() < 10 || s[4] != '-' || !read_int(s, 5, 2, &mo) || s[7] != '-' ||
      !read_int(s, 8, 2, &d))
    return std::nullopt;
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo)) return std::nullopt;
  if (s.size() == 10) return ParsedTime{helsinki_midnight_utc(y, mo, d), true};
  if (s[10] != 'T' && s[10] != ' ') return std::nullopt;
  int h, mi, sec = 0;
  if (!read_int(s, 11, 2, &h) || s.size() < 16 || s[13] != ':' || !read_int(s, 14, 2, &mi)) return std::nullopt;
  size_t pos = 16;
  if (pos < s.size() && s[pos] == ':') {
    if (!read_int(s, pos + 1, 2, &sec)) return std::nullopt;
    pos += 3;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
      ++pos;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
    }
  }
  if (h > 24 || mi > 59 || sec > 60 || (h == 24 && (mi != 0 || sec != 0))) return std::nullopt;
  const std::int64_t local = days_from_civil(y, mo, d) * kDay + h * 3600 + mi * 60 + sec;
  if (pos == s.size()) {  // no offset: local Helsinki time
    std::int64_t guess = local - helsinki_offset_seconds(local - 2 * 3600);
    return ParsedTime{local - helsinki_offset_seconds(guess), false};
  }
  if (s[pos] == 'Z' && pos + 1 == s.size()) return ParsedTime{local, false};
  if (s[pos] != '+' && s[pos] != '-') return std::nullopt;
  int oh, om = 0;
  if (!read_int(s, pos + 1, 2, &oh)) return std::nullopt;
  size_t after = pos + 3;
  if (after < s.size() && s[after] == ':') ++after;
  if (after < s.size()) {
    if (!read_int(s, after, 2, &om) || after + 2 != s.size()) return std::nullopt;
  }
  if (oh > 14 || om > 59) return std::nullopt;
  const int offset = (oh * 3600 + om * 60) * (s[pos] == '-' ? -1 : 1);
  return ParsedTime{local - offset, false};
}

namespace {
std::string format_with_offset(std::int64_t utc, int offset, bool date_only) {
  const std::int64_t local = utc + offset;
  std::int64_t days = local >= 0 ? local / kDay : (local - kDay + 1) / kDay;
  std::int64_t secs = local - days * kDay;
  int y, m, d;
  civil_from_days(days, &y, &m, &d);
  char buf[40];
  if (date_only) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  } else if (offset == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, static_cast<int>(secs / 3600),
                  static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60));
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+%02d:00", y, m, d, static_cast<int>(secs / 3600),
                  static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60), offset / 3600);
  }
  return buf;
}
}  // namespace

std::string format_utc(std::int64_t utc) { return format_with_offset(utc, 0, false); }
std::string format_helsinki_date(std::int64_t utc) {
  return format_with_offset(utc, helsinki_offset_seconds(utc), true);
}
std::string format_helsinki(std::int64_t utc) { return format_with_offset(utc, helsinki_offset_seconds(utc), false); }

std::int64_t now_utc() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace tarjotin
