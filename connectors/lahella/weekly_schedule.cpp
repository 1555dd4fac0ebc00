// Lähellä.fi channel events -> occurrences, as described in weekly_schedule.h.
#include "connectors/lahella/weekly_schedule.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "model/time.h"
#include "model/whole_number.h"

namespace tarjotin {
namespace {

using rapidjson::Value;
constexpr std::int64_t kDay = 86400;

const Value* member(const Value& object, const char* name) {
  if (!object.IsObject()) return nullptr;
  const auto it = object.FindMember(name);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

// Epoch milliseconds -> UTC seconds (floored); nothing outside the years the
// catalogue accepts.
std::optional<std::int64_t> seconds_of(const Value* millis) {
  if (!millis || !millis->IsNumber()) return std::nullopt;
  const std::optional<std::int64_t> ms =
      whole_number_within(millis->GetDouble(), kEarliestFeedTime * 1000, kLatestFeedTime * 1000 + 999);
  if (!ms) return std::nullopt;
  return *ms >= 0 ? *ms / 1000 : -((-*ms + 999) / 1000);
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Days since the epoch of the Helsinki local date of `utc`.
std::int64_t local_day(std::int64_t utc) { return floor_div(utc + helsinki_offset_seconds(utc), kDay); }

// 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
int weekday_index(std::int64_t days) { return static_cast<int>(((days % 7) + 7 + 3) % 7); }

// "HH:MM" or "HH:MM:SS" -> seconds into the day.
std::optional<int> time_of_day(const Value* text) {
  if (!text || !text->IsString()) return std::nullopt;
  const std::string s = text->GetString();
  int h = 0, m = 0;
  if (s.size() < 4 || s.find(':') == std::string::npos) return std::nullopt;
  const std::size_t colon = s.find(':');
  try {
    h = std::stoi(s.substr(0, colon));
    m = std::stoi(s.substr(colon + 1, 2));
  } catch (...) {
    return std::nullopt;
  }
  if (h < 0 || h > 24 || m < 0 || m > 59) return std::nullopt;
  return h * 3600 + m * 60;
}

// Weeks between repetitions for "P<n>W" (n >= 1) and "P1D"; nullopt for other periods.
std::optional<int> step_weeks(const Value* period) {
  if (!period || !period->IsString()) return 1;  // weekly unless said otherwise
  const std::string p = period->GetString();
  if (p == "P1D") return 1;
  if (p.size() >= 3 && p.front() == 'P' && p.back() == 'W') {
    try {
      const int n = std::stoi(p.substr(1, p.size() - 2));
      if (n >= 1 && n <= 52) return n;
    } catch (...) {
    }
  }
  return std::nullopt;
}

struct DayTime {
  int weekday;                 // 0 = Monday
  int start;                   // seconds into the day
  std::optional<int> end;
  bool operator<(const DayTime& o) const { return weekday != o.weekday ? weekday < o.weekday : start < o.start; }
};

std::vector<DayTime> day_times(const Value* list) {
  std::vector<DayTime> times;
  if (!list || !list->IsArray()) return times;
  for (const Value& entry : list->GetArray()) {
    const Value* weekday = member(entry, "weekday");
    const std::optional<int> start = time_of_day(member(entry, "startTime"));
    if (!weekday || !weekday->IsInt() || weekday->GetInt() < 1 || weekday->GetInt() > 7 || !start) continue;
    times.push_back({weekday->GetInt() - 1, *start, time_of_day(member(entry, "endTime"))});
  }
  std::sort(times.begin(), times.end());
  return times;
}

std::set<std::int64_t> excluded_days(const Value* list) {
  std::set<std::int64_t> days;
  if (!list || !list->IsArray()) return days;
  for (const Value& entry : list->GetArray()) {
    if (const auto utc = seconds_of(&entry)) {
      days.insert(local_day(*utc));
    } else if (entry.IsString()) {
      if (const auto parsed = parse_iso8601(entry.GetString())) days.insert(local_day(parsed->utc));
    }
  }
  return days;
}

Occurrence occurrence_at(std::int64_t day, const DayTime& time) {
  Occurrence occurrence;
  occurrence.start = helsinki_local_to_utc(day, time.start);
  if (time.end) {
    const std::int64_t end_day = *time.end > time.start ? day : day + 1;  // past midnight
    occurrence.end = helsinki_local_to_utc(end_day, *time.end);
  }
  return occurrence;
}

void add_weekly(const Value& event, const Value& recurrence, const ScheduleWindow& window,
                std::vector<Occurrence>& out) {
  const std::vector<DayTime> times = day_times(member(recurrence, "daySpecificTimes"));
  const std::optional<std::int64_t> start = seconds_of(member(event, "start"));
  if (times.empty() || !start) return;
  const std::int64_t first_day = local_day(*start);
  std::optional<std::int64_t> last_day;
  if (const auto end = seconds_of(member(recurrence, "end"))) last_day = local_day(*end);
  const std::optional<int> step = step_weeks(member(recurrence, "period"));
  const std::set<std::int64_t> excluded = excluded_days(member(recurrence, "exclude"));

  std::int64_t from = first_day;
  const std::int64_t week_before_now = local_day(window.now) - 7;
  if (step && week_before_now > first_day && (!last_day || *last_day >= week_before_now)) from = week_before_now;
  std::int64_t until = from + 7 * static_cast<std::int64_t>(window.max_weeks);  // exclusive
  if (last_day) until = std::min(until, *last_day + 1);

  const std::int64_t first_monday = first_day - weekday_index(first_day);
  const int stride = step.value_or(1);
  // Start at the first repetition week that can reach `from`, keeping the phase of every n-th week.
  std::int64_t week = std::max<std::int64_t>(0, floor_div(from - first_monday, 7));
  week -= week % stride;
  std::size_t produced = 0;
  for (; first_monday + 7 * week < until; week += stride) {
    for (const DayTime& time : times) {
      const std::int64_t day = first_monday + 7 * week + time.weekday;
      if (day < first_day || day < from || day >= until || excluded.count(day)) continue;
      out.push_back(occurrence_at(day, time));
      if (++produced >= static_cast<std::size_t>(window.max_occurrences)) return;
    }
    if (!step) return;  // an unsupported period: only the first week is certain
  }
}

void add_single(const Value& event, const Value* recurrence, std::vector<Occurrence>& out) {
  const std::optional<std::int64_t> start = seconds_of(member(event, "start"));
  if (!start) return;
  std::optional<std::int64_t> end = seconds_of(member(event, "end"));
  if (!end && recurrence) end = seconds_of(member(*recurrence, "end"));
  Occurrence occurrence;
  occurrence.start = *start;
  const std::int64_t day = local_day(*start);
  const bool at_midnight = helsinki_local_to_utc(day, 0) == *start;
  if (at_midnight && (!end || helsinki_local_to_utc(local_day(*end), 0) == *end)) {
    occurrence.date_only = true;  // whole days; an end day is inclusive
    occurrence.end = helsinki_local_to_utc((end ? local_day(*end) : day) + 1, 0);
  } else {
    occurrence.end = end;
  }
  if (occurrence.end && *occurrence.end < occurrence.start) occurrence.end.reset();
  out.push_back(occurrence);
}

}  // namespace

std::int64_t helsinki_local_to_utc(std::int64_t days, int seconds) {
  const std::int64_t local = days * kDay + seconds;
  const std::int64_t summer = local - 3 * 3600;
  if (helsinki_offset_seconds(summer) == 3 * 3600) return summer;
  return local - 2 * 3600;
}

std::vector<Occurrence> schedule_occurrences(const Value& events, const ScheduleWindow& window) {
  std::vector<Occurrence> out;
  if (!events.IsArray()) return out;
  for (const Value& event : events.GetArray()) {
    if (!event.IsObject()) continue;
    const Value* recurrence = member(event, "recurrence");
    if (recurrence && recurrence->IsObject() && !day_times(member(*recurrence, "daySpecificTimes")).empty())
      add_weekly(event, *recurrence, window, out);
    else
      add_single(event, recurrence && recurrence->IsObject() ? recurrence : nullptr, out);
  }
  std::sort(out.begin(), out.end(), [](const Occurrence& a, const Occurrence& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  if (out.size() > static_cast<std::size_t>(window.max_occurrences)) out.resize(window.max_occurrences);
  return out;
}

}  // namespace tarjotin
