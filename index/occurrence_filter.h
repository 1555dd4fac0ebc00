#pragma once
// Occurrences in a value slot, and the exact date-overlap check on them.
//
// The value-range query on the overall span (schema kStart/kEnd) only says a
// listing's first and last dates bracket the requested range; a weekly course
// on Jan 5, 12 and 19 spans Jan 6-11 without happening then. OccurrenceOverlap
// reads the packed occurrences and keeps only listings with an occurrence
// overlapping the range. Listings without occurrences pass (the query decides
// about those, through XNODATE).
//
// Threading: a decider is used by one Enquire at a time; it holds no other state.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "model/listing.h"

namespace tarjotin {

// [start, end] pairs in UTC seconds; an occurrence without an end ends at its start.
using OccurrenceSpan = std::pair<std::int64_t, std::int64_t>;

// 16 bytes per occurrence (big-endian start, end), sorted by start.
std::string pack_occurrences(const std::vector<Occurrence>& occurrences);
// What pack_occurrences wrote; a truncated tail is ignored.
std::vector<OccurrenceSpan> unpack_occurrences(const std::string& packed);

// An occurrence [s, e] overlaps the range when s <= range_end and e >= range_start;
// an unset bound is open.
bool overlaps(const OccurrenceSpan& occurrence, std::optional<std::int64_t> range_start,
              std::optional<std::int64_t> range_end);

class OccurrenceOverlap : public Xapian::MatchDecider {
 public:
  OccurrenceOverlap(std::optional<std::int64_t> range_start, std::optional<std::int64_t> range_end);
  bool operator()(const Xapian::Document& doc) const override;

 private:
  std::optional<std::int64_t> start_;
  std::optional<std::int64_t> end_;
};

}  // namespace tarjotin
