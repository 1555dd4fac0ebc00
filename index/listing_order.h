#pragma once
// The browse order (no query text): by date, then by name.
//
// Key groups, in this order:
//   1. listings with an occurrence that has not ended at `reference` (the
//      request's start, else now), by the start of the first such occurrence;
//   2. listings whose occurrences all ended before `reference`, by their last start;
//   3. listings without occurrences (places, services).
// Ties are broken by the name shown in `lang` (fi/sv/en), then by docid.
//
// Give it to Enquire::set_sort_by_key(&order, false); it must outlive get_mset().
// With a ValueCache (value_cache.h) of the database it reads the values from
// it; the keys are the same either way.

#include <cstdint>
#include <string>

#include <xapian.h>

namespace tarjotin {

class ValueCache;

class ListingOrder : public Xapian::KeyMaker {
 public:
  ListingOrder(std::int64_t reference, const std::string& lang, const ValueCache* values = nullptr);
  std::string operator()(const Xapian::Document& doc) const override;

 private:
  std::int64_t reference_;
  Xapian::valueno name_slot_;
  const ValueCache* values_;
};

}  // namespace tarjotin
