#pragma once
// FacetCounter: a Xapian::MatchSpy that counts the values of several facets in
// one pass over the matching documents, reading each facet's packed slot
// (values joined by '\x1f', schema kFacet*). Counts are exact when get_mset()
// is asked to check every match (check_at_least >= doccount).
//
// Local databases only (no serialisation for remote shards). Give it to one
// Enquire; it must outlive get_mset().

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

namespace tarjotin {

class FacetCounter : public Xapian::MatchSpy {
 public:
  // `facets`: names from known_facets(); unknown names are ignored.
  explicit FacetCounter(const std::vector<std::string>& facets);

  void operator()(const Xapian::Document& doc, double weight) override;

  // value -> number of matching documents that have it ({} for a facet not counted).
  const std::map<std::string, std::int64_t>& counts(const std::string& facet) const;

 private:
  std::vector<std::pair<Xapian::valueno, std::map<std::string, std::int64_t>*>> slots_;
  std::map<std::string, std::map<std::string, std::int64_t>> counts_;
};

}  // namespace tarjotin
