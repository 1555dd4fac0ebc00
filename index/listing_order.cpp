#include "index/listing_order.h"

#include "index/index_schema.h"
#include "index/occurrence_filter.h"
#include "index/value_cache.h"

namespace tarjotin {

ListingOrder::ListingOrder(std::int64_t reference, const std::string& lang, const ValueCache* values)
    : reference_(reference),
      name_slot_(lang == "sv" ? schema::kNameSortSv : lang == "en" ? schema::kNameSortEn : schema::kNameSortFi),
      values_(values) {}

std::string ListingOrder::operator()(const Xapian::Document& doc) const {
  const std::vector<OccurrenceSpan> spans =
      unpack_occurrences(ValueCache::read(values_, doc, schema::kOccurrences));
  std::string key;
  if (spans.empty()) {
    key = "3";
  } else {
    const OccurrenceSpan* next = nullptr;
    for (const OccurrenceSpan& span : spans) {  // sorted by start
      if (span.second >= reference_) {
        next = &span;
        break;
      }
    }
    if (next) {
      key = "1" + Xapian::sortable_serialise(static_cast<double>(next->first));
    } else {
      key = "2" + Xapian::sortable_serialise(static_cast<double>(spans.back().first));
    }
  }
  // sortable_serialise output is at most 9 bytes; pad so the name starts at a fixed offset.
  key.resize(10, '\0');
  key += ValueCache::read(values_, doc, name_slot_);
  return key;
}

}  // namespace tarjotin
