#pragma once
// Shared test data for the index tests: a temporary index root and eleven
// listings covering every kind, text languages (fi only, sv only, en only, ru,
// fi+sv+en), free yes/no/unknown, Helsinki/Espoo/Vantaa/none, and dates
// (single, open-ended, multi-day, recurring with gaps, none).

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "index/search_request.h"
#include "model/listing.h"

namespace tarjotin::test {

// A fresh directory under /tmp, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Helsinki local time on a day of 2031 as UTC seconds.
std::int64_t helsinki(int month, int day, int hour = 0, int minute = 0);

// The eleven listings (ids "t:1" ... "t:11", see index_fixture.cpp).
const std::vector<Listing>& sample_listings();
const Listing& sample(const std::string& id);

// Writes the listings with an IndexWriter and commits.
void index_listings(const std::string& root, const std::vector<Listing>& listings);

// The ids of the hits, as a set / in hit order.
std::set<std::string> hit_ids(const SearchResponse& response);
std::vector<std::string> ordered_ids(const SearchResponse& response);

// The ids of all sample listings passing `keep`.
template <typename Pred>
std::set<std::string> sample_ids_where(Pred keep) {
  std::set<std::string> ids;
  for (const Listing& l : sample_listings())
    if (keep(l)) ids.insert(l.id);
  return ids;
}

// Facet counts computed straight from Listing fields (independent of the index
// code): reference_counts() of these listings with no filter, i.e. each
// listing counted for the values it would match.
std::map<std::string, std::int64_t> expected_counts(const std::vector<const Listing*>& listings,
                                                    const std::string& facet);

// Facet values -> {value: count}.
std::map<std::string, std::int64_t> counts_of(const std::vector<FacetValue>& values);

}  // namespace tarjotin::test
