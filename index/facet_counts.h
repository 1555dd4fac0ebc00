#pragma once
// The facet part of one search: which facets are counted on the main result,
// which need a pass of their own, and the labelled, ordered answer.
//
//   browse (no text, no filter): from term frequencies (browse_facets.h);
//   a facet whose OR filter is set: one extra pass with that filter cleared
//     (disjunctive counts);
//   accessibility (an ALL filter) and facets without a filter: counted on
//     the main result by the spy main_spy() returns;
//   channel under a location filter: two passes, because selecting a channel
//     changes which listings the location filter exempts (location_filter.h):
//     listings inside the area count for each of their channels, listings
//     outside it (kept as online / phone) only for online and phone;
//   municipality, whenever online / phone listings are exempt from location
//     filters (no channel filter, or one naming online or phone): selecting
//     any municipality keeps every such listing, so those matching the other
//     filters count for every municipality listed and the rest for their own
//     (FacetCounter does it in its pass; in browse, one pass over the exempt
//     listings and term frequencies for the rest).
// Every count is exact (check_at_least = doccount); see search_request.h for
// what a count means.
//
// One per search; not thread-safe. The database and text query must outlive it.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "index/facet_counter.h"
#include "index/search_request.h"

namespace tarjotin {

class FacetCounts {
 public:
  // `values` (optional, value_cache.h; must outlive this): db's values in memory.
  FacetCounts(const Xapian::Database& db, const Xapian::Query& text, const SearchRequest& request,
              const ValueCache* values = nullptr);

  // The spy to add to the main Enquire before its get_mset(); nullptr when
  // nothing is counted there.
  Xapian::MatchSpy* main_spy();

  // After the main get_mset(): every requested facet, values by count then value.
  std::map<std::string, std::vector<FacetValue>> finish();

 private:
  const Xapian::Database& db_;
  Xapian::Query text_;
  const SearchRequest& request_;
  const ValueCache* values_;
  std::vector<std::string> wanted_;
  bool browse_ = false;                      // no text, no filter
  std::map<std::string, ValueCounts> done_;   // counted already
  std::vector<std::string> on_main_;
  std::unique_ptr<FacetCounter> main_counter_;
};

// The requested facets that the index knows, each once, in request order.
std::vector<std::string> wanted_facets(const SearchRequest& request);

}  // namespace tarjotin
