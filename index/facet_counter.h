#pragma once
// FacetCounter: a Xapian::MatchSpy that counts the values of several facets in
// one pass over the matching documents. Counts are exact when get_mset() is
// asked to check every match (check_at_least >= doccount).
//
// What a document counts for (search_request.h: a value's count is what
// selecting that value would leave):
//   - most facets: the values in its packed facet slot (values joined by
//     '\x1f', schema kFacet*);
//   - target_group: a listing open to all (group "all") counts for every
//     group seen, unless `target_group_only`;
//   - weekday / time_of_day: read from the packed occurrences, counting only
//     occurrences that meet `occurrences` (its own weekday / time bits
//     ignored); an undated listing counts for every weekday and time of day;
//   - municipality: a listing with one of `exempt_channels` (which location
//     filters never drop, location_filter.h) counts for every municipality
//     seen; the others for their own. Give it the documents of a query whose
//     only location clause is the exempting one (or none).
//
// Local databases only (no serialisation for remote shards). Give it to one
// Enquire; it must outlive get_mset().

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

#include "index/occurrence_filter.h"

namespace tarjotin {

using ValueCounts = std::map<std::string, std::int64_t>;

struct FacetCountRules {
  OccurrenceCriteria occurrences;
  bool target_group_only = false;
  std::vector<std::string> exempt_channels;
};

class ValueCache;

class FacetCounter : public Xapian::MatchSpy {
 public:
  // `facets`: names from known_facets(); unknown names are ignored. `values`
  // (optional, value_cache.h; must outlive this) saves reading the documents.
  explicit FacetCounter(const std::vector<std::string>& facets, const FacetCountRules& rules = {},
                        const ValueCache* values = nullptr);

  void operator()(const Xapian::Document& doc, double weight) override;

  // value -> number of matching documents counted for it ({} for a facet not counted).
  ValueCounts counts(const std::string& facet) const;

  // Number of documents seen (the exact match count when every match is checked).
  std::int64_t documents() const { return documents_; }

 private:
  std::string_view value(const Xapian::Document& doc, Xapian::valueno slot);
  void count_packed(std::string_view packed, ValueCounts& counts);
  void count_target_groups(std::string_view packed);
  void count_municipality(const Xapian::Document& doc);
  void count_occurrences(std::string_view packed);

  FacetCountRules rules_;
  const ValueCache* values_;
  std::string read_;  // the last value read from a document when there is no cache
  std::int64_t documents_ = 0;
  std::vector<std::pair<Xapian::valueno, ValueCounts*>> slots_;
  std::map<std::string, ValueCounts> counts_;
  bool target_groups_ = false;
  ValueCounts group_counts_;          // listings not open to all, per group
  std::int64_t open_to_all_ = 0;      // listings open to all
  bool municipalities_ = false;
  ValueCounts placed_;                // listings not exempt, per municipality
  std::int64_t exempt_ = 0;           // listings with an exempt channel
  bool weekdays_ = false;
  bool times_ = false;
  std::int64_t weekday_counts_[7] = {};
  std::int64_t time_counts_[3] = {};
};

}  // namespace tarjotin
