#pragma once
// Occurrences in a value slot, and the exact per-occurrence checks on them.
//
// The value-range query on the overall span (schema kStart/kEnd) only says a
// listing's first and last dates bracket the requested range; a weekly course
// on Jan 5, 12 and 19 spans Jan 6-11 without happening then. Likewise the
// weekday and time-of-day terms say some occurrence is on a Monday and some
// in the evening, not that one occurrence in the range is both. OccurrenceMatch
// reads the packed occurrences and keeps only listings with one occurrence
// meeting every criterion. Listings without occurrences pass (the query
// decides about those, through XNODATE).
//
// Threading: a decider is used by one Enquire at a time; it holds no other state.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

#include "index/occurrence_time.h"
#include "model/listing.h"

namespace tarjotin {

// [start, end] pairs in UTC seconds; an occurrence without an end ends at its start.
using OccurrenceSpan = std::pair<std::int64_t, std::int64_t>;

// 16 bytes per occurrence (big-endian start, end), sorted by start.
std::string pack_occurrences(const std::vector<Occurrence>& occurrences);
// What pack_occurrences wrote; a truncated tail is ignored.
std::vector<OccurrenceSpan> unpack_occurrences(std::string_view packed);

// An occurrence [s, e] overlaps the range when s <= range_end and e >= range_start;
// an unset bound is open.
bool overlaps(const OccurrenceSpan& occurrence, std::optional<std::int64_t> range_start,
              std::optional<std::int64_t> range_end);

// What one occurrence must meet. An empty bit set means "any".
struct OccurrenceCriteria {
  std::optional<std::int64_t> start;  // overlap with [start, end]
  std::optional<std::int64_t> end;
  DayBits weekdays = 0;  // the part inside [start, end] is on one of these local days
  DayBits times = 0;     // its time of day (occurrence_time.h) is one of these
  bool any() const { return start || end || weekdays || times; }
};

// The weekdays on which the occurrence meets the criteria (weekdays ignored):
// 0 when it misses the range or the times, else the local days of its part
// inside [start, end].
DayBits matching_weekdays(const OccurrenceSpan& occurrence, const OccurrenceCriteria& criteria);
// The times of day for which the occurrence meets the criteria (times ignored).
DayBits matching_times(const OccurrenceSpan& occurrence, const OccurrenceCriteria& criteria);
bool meets(const OccurrenceSpan& occurrence, const OccurrenceCriteria& criteria);

class ValueCache;

class OccurrenceMatch : public Xapian::MatchDecider {
 public:
  // `values` (optional, value_cache.h; must outlive this) saves reading the documents.
  explicit OccurrenceMatch(const OccurrenceCriteria& criteria, const ValueCache* values = nullptr);
  bool operator()(const Xapian::Document& doc) const override;

 private:
  OccurrenceCriteria criteria_;
  const ValueCache* values_;
};

}  // namespace tarjotin
