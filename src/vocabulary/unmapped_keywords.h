#pragma once
// UnmappedKeywords: which source keywords the classification rules know
// nothing about, and how many listings carry each: the work list for whoever
// maintains config/vocabulary/mappings/ (`tarjotin vocab unmapped`).
//
// A keyword counts as mapped when its id or one of its labels is in the rules,
// even when mapped to nothing (reviewed and deliberately ignored).
// Not thread-safe; one per report.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/listing.h"
#include "vocabulary/classification_rules.h"

namespace tarjotin {

struct UnmappedKeyword {
  std::string id;
  LocalizedText label;          // the labels seen with this id (first seen per language)
  std::int64_t listings = 0;    // listings carrying it
};

class UnmappedKeywords {
 public:
  // `rules` must outlive this object.
  explicit UnmappedKeywords(const ClassificationRules& rules) : rules_(rules) {}

  void add(const Listing& listing);

  // Most frequent first (ties by id); at most `limit` (0 = all).
  std::vector<UnmappedKeyword> most_frequent(std::size_t limit) const;

  std::int64_t listings() const { return listings_; }
  // Listings with at least one keyword, none of which is mapped.
  std::int64_t listings_without_mapped_keyword() const { return without_mapped_; }
  std::size_t distinct() const { return keywords_.size(); }

 private:
  const ClassificationRules& rules_;
  std::map<std::string, UnmappedKeyword> keywords_;
  std::int64_t listings_ = 0;
  std::int64_t without_mapped_ = 0;
};

}  // namespace tarjotin
