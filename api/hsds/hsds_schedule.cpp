#include "api/hsds/hsds_schedule.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <vector>

#include "api/hsds/hsds_ids.h"
#include "model/time.h"

namespace tarjotin::hsds {
namespace {

constexpr std::int64_t kDay = 86400;
const char* const kByDay[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

struct LocalTime {
  std::int64_t day = 0;  // local days since 1970-01-01
  int minute = 0;        // local minutes since midnight
  int offset = 0;        // seconds east of UTC
};

LocalTime local(std::int64_t utc) {
  const int offset = helsinki_offset_seconds(utc);
  const std::int64_t t = utc + offset;
  std::int64_t day = t / kDay;
  if (t % kDay < 0) --day;
  return {day, static_cast<int>((t - day * kDay) / 60), offset};
}

int weekday(std::int64_t day) { return static_cast<int>(((day % 7) + 7 + 3) % 7); }  // 0 = Monday; 1970-01-01 was a Thursday

std::string date_of(std::int64_t day) {
  int y = 0, m = 0, d = 0;
  civil_from_days(day, &y, &m, &d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string clock(const LocalTime& t, bool with_offset) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", t.minute / 60, t.minute % 60);
  std::string out = buf;
  if (with_offset) out += t.offset == 10800 ? "+03:00" : "+02:00";
  return out;
}

// The last local day an occurrence covers (a date-only one ends at the next midnight).
std::int64_t last_day(const Occurrence& o) {
  if (!o.end || *o.end <= o.start) return local(o.start).day;
  return local(*o.end - (o.date_only ? 1 : 0)).day;
}

Value base(const Listing& listing, const std::string& id, const std::string& sal_id, Alloc& a) {
  Value v(rapidjson::kObjectType);
  add_required(v, "id", id, a);
  add_required(v, "service_id", listing.id, a);
  add_string(v, "service_at_location_id", sal_id, a);
  return v;
}

// The weekly schedule, or a null Value when the occurrences are not obviously weekly.
Value weekly(const Listing& listing, const std::vector<Occurrence>& sorted, const std::string& sal_id, Alloc& a) {
  if (sorted.size() < 3) return Value();
  const Occurrence& first = sorted.front();
  const auto duration = [](const Occurrence& o) { return o.end ? *o.end - o.start : -1; };
  const LocalTime start = local(first.start);
  std::set<std::int64_t> days;
  std::set<int> weekdays;
  std::set<int> offsets;
  for (const Occurrence& o : sorted) {
    const LocalTime t = local(o.start);
    if (o.date_only != first.date_only || last_day(o) != t.day) return Value();
    if (!o.date_only && (t.minute != start.minute || duration(o) != duration(first))) return Value();
    if (!days.insert(t.day).second) return Value();  // two on one day
    weekdays.insert(weekday(t.day));
    offsets.insert(t.offset);
  }
  const std::int64_t from = *days.begin();
  const std::int64_t to = *days.rbegin();
  if (to - from < 7) return Value();
  for (std::int64_t day = from; day <= to; ++day)
    if (weekdays.count(weekday(day)) && !days.count(day)) return Value();  // a gap

  Value v = base(listing, weekly_schedule_id(listing.id), sal_id, a);
  std::string byday;
  for (int d : weekdays) byday += (byday.empty() ? "" : ",") + std::string(kByDay[d]);
  add_required(v, "freq", "WEEKLY", a);
  v.AddMember("interval", 1, a);
  add_required(v, "byday", byday, a);
  add_required(v, "wkst", "MO", a);
  add_required(v, "dtstart", date_of(from), a);
  add_required(v, "until", date_of(to), a);
  v.AddMember("count", static_cast<std::uint64_t>(sorted.size()), a);
  add_required(v, "valid_from", date_of(from), a);
  add_required(v, "valid_to", date_of(to), a);
  if (!first.date_only) {
    const bool one_offset = offsets.size() == 1;
    add_required(v, "opens_at", clock(start, one_offset), a);
    if (first.end) {
      LocalTime end = local(*first.end);
      add_required(v, "closes_at", clock(end, one_offset), a);
    }
    if (!one_offset) add_required(v, "notes", "Times are local time in Finland (Europe/Helsinki).", a);
  }
  return v;
}

Value single(const Listing& listing, const Occurrence& o, const std::string& sal_id, Alloc& a) {
  Value v = base(listing, occurrence_schedule_id(listing.id, o.start), sal_id, a);
  const LocalTime start = local(o.start);
  const std::int64_t end_day = last_day(o);
  add_required(v, "dtstart", date_of(start.day), a);
  add_required(v, "valid_from", date_of(start.day), a);
  add_required(v, "valid_to", date_of(end_day), a);
  if (o.date_only) return v;
  add_required(v, "opens_at", clock(start, true), a);
  if (o.end && *o.end > o.start && end_day == start.day) add_required(v, "closes_at", clock(local(*o.end), true), a);
  if (end_day != start.day)
    add_required(v, "description", format_helsinki(o.start) + "/" + format_helsinki(*o.end), a);
  return v;
}

}  // namespace

Value schedules_json(const Listing& listing, std::int64_t now, const std::string& sal_id, Alloc& a) {
  std::vector<Occurrence> sorted = listing.occurrences;
  std::sort(sorted.begin(), sorted.end(), [](const Occurrence& x, const Occurrence& y) { return x.start < y.start; });
  Value list(rapidjson::kArrayType);
  Value pattern = weekly(listing, sorted, sal_id, a);
  if (!pattern.IsNull()) {
    list.PushBack(pattern, a);
    return list;
  }
  std::size_t begin = 0;
  while (begin < sorted.size() && sorted[begin].end.value_or(sorted[begin].start) < now) ++begin;
  if (sorted.size() > kMaxSchedules) begin = std::min(begin, sorted.size() - kMaxSchedules);
  else begin = 0;
  for (std::size_t i = begin; i < sorted.size() && i < begin + kMaxSchedules; ++i)
    list.PushBack(single(listing, sorted[i], sal_id, a), a);
  return list;
}

}  // namespace tarjotin::hsds
