#include "index/occurrence_filter.h"

#include <algorithm>

#include "index/index_schema.h"
#include "index/value_cache.h"

namespace tarjotin {
namespace {

void put_int64(std::string& out, std::int64_t value) {
  auto bits = static_cast<std::uint64_t>(value);
  for (int shift = 56; shift >= 0; shift -= 8) out += static_cast<char>((bits >> shift) & 0xff);
}

std::int64_t get_int64(std::string_view in, std::size_t pos) {
  std::uint64_t bits = 0;
  for (std::size_t i = 0; i < 8; ++i) bits = (bits << 8) | static_cast<unsigned char>(in[pos + i]);
  return static_cast<std::int64_t>(bits);
}

}  // namespace

std::string pack_occurrences(const std::vector<Occurrence>& occurrences) {
  std::vector<OccurrenceSpan> spans;
  spans.reserve(occurrences.size());
  for (const Occurrence& o : occurrences) spans.emplace_back(o.start, std::max(o.start, o.end.value_or(o.start)));
  std::sort(spans.begin(), spans.end());
  std::string packed;
  packed.reserve(spans.size() * 16);
  for (const OccurrenceSpan& span : spans) {
    put_int64(packed, span.first);
    put_int64(packed, span.second);
  }
  return packed;
}

std::vector<OccurrenceSpan> unpack_occurrences(std::string_view packed) {
  std::vector<OccurrenceSpan> spans;
  spans.reserve(packed.size() / 16);
  for (std::size_t pos = 0; pos + 16 <= packed.size(); pos += 16)
    spans.emplace_back(get_int64(packed, pos), get_int64(packed, pos + 8));
  return spans;
}

bool overlaps(const OccurrenceSpan& occurrence, std::optional<std::int64_t> range_start,
              std::optional<std::int64_t> range_end) {
  if (range_end && occurrence.first > *range_end) return false;
  if (range_start && occurrence.second < *range_start) return false;
  return true;
}

DayBits matching_weekdays(const OccurrenceSpan& occurrence, const OccurrenceCriteria& criteria) {
  if (!overlaps(occurrence, criteria.start, criteria.end)) return 0;
  if (criteria.times && !(times_of_day(occurrence.first, occurrence.second) & criteria.times)) return 0;
  const std::int64_t from = criteria.start ? std::max(occurrence.first, *criteria.start) : occurrence.first;
  const bool cut = criteria.end && *criteria.end < occurrence.second;
  const std::int64_t to = cut ? *criteria.end : occurrence.second;
  // The occurrence's own end is exclusive; a range end is an instant inside the range.
  return weekdays_between(from, to, !cut && occurrence.second > occurrence.first);
}

DayBits matching_times(const OccurrenceSpan& occurrence, const OccurrenceCriteria& criteria) {
  if (!overlaps(occurrence, criteria.start, criteria.end)) return 0;
  if (criteria.weekdays) {
    OccurrenceCriteria dates = criteria;
    dates.times = 0;
    if (!(matching_weekdays(occurrence, dates) & criteria.weekdays)) return 0;
  }
  return times_of_day(occurrence.first, occurrence.second);
}

bool meets(const OccurrenceSpan& occurrence, const OccurrenceCriteria& criteria) {
  if (criteria.weekdays) return (matching_weekdays(occurrence, criteria) & criteria.weekdays) != 0;
  if (criteria.times) return (matching_times(occurrence, criteria) & criteria.times) != 0;
  return overlaps(occurrence, criteria.start, criteria.end);
}

OccurrenceMatch::OccurrenceMatch(const OccurrenceCriteria& criteria, const ValueCache* values)
    : criteria_(criteria), values_(values) {}

bool OccurrenceMatch::operator()(const Xapian::Document& doc) const {
  std::string read;
  std::string_view packed;
  if (values_) {
    packed = values_->get(schema::kOccurrences, doc.get_docid());
  } else {
    read = doc.get_value(schema::kOccurrences);
    packed = read;
  }
  if (packed.empty()) return true;
  for (std::size_t pos = 0; pos + 16 <= packed.size(); pos += 16)
    if (meets({get_int64(packed, pos), get_int64(packed, pos + 8)}, criteria_)) return true;
  return false;
}

}  // namespace tarjotin
