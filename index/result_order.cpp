#include "index/result_order.h"

#include "index/index_schema.h"
#include "index/location_filter.h"
#include "index/text_query.h"
#include "index/value_cache.h"

namespace tarjotin {
namespace {

constexpr std::size_t kNumberKeyBytes = 10;  // sortable_serialise is at most 9 bytes

std::string padded(std::string key) {
  key.resize(kNumberKeyBytes, '\0');
  return key;
}

SortOrder resolved(const SearchRequest& request) {
  if (request.sort != SortOrder::automatic) return request.sort;
  return is_blank_query(request.q) ? SortOrder::start_time : SortOrder::relevance;
}

}  // namespace

Xapian::valueno name_sort_slot(const std::string& lang) {
  return lang == "sv" ? schema::kNameSortSv : lang == "en" ? schema::kNameSortEn : schema::kNameSortFi;
}

DistanceOrder::DistanceOrder(const GeoCircle& centre, const std::string& lang, const ValueCache* values)
    : centre_(centre), name_slot_(name_sort_slot(lang)), values_(values) {}

std::string DistanceOrder::operator()(const Xapian::Document& doc) const {
  const std::optional<double> metres = distance_metres(ValueCache::read(values_, doc, schema::kGeo), centre_);
  const std::string key = metres ? padded(Xapian::sortable_serialise(*metres)) : std::string(kNumberKeyBytes, '\xff');
  return key + ValueCache::read(values_, doc, name_slot_);
}

NewestFirstOrder::NewestFirstOrder(const std::string& lang, const ValueCache* values)
    : name_slot_(name_sort_slot(lang)), values_(values) {}

std::string NewestFirstOrder::operator()(const Xapian::Document& doc) const {
  const std::string updated = doc.get_value(schema::kUpdated);
  std::string key(kNumberKeyBytes, '\xff');
  if (!updated.empty()) {
    key = padded(updated);
    for (char& c : key) c = static_cast<char>(~static_cast<unsigned char>(c));  // newest first
    key[kNumberKeyBytes - 1] = '\0';  // below the "\xff..." of listings without a time
  }
  return key + ValueCache::read(values_, doc, name_slot_);
}

ResultOrder::ResultOrder(const SearchRequest& request, std::int64_t now, const ValueCache* values)
    : sort_(resolved(request)),
      name_slot_(name_sort_slot(request.lang)),
      browse_(request.start.value_or(now), request.lang, values) {
  if (sort_ == SortOrder::distance && request.near)
    other_ = std::make_unique<DistanceOrder>(*request.near, request.lang, values);
  if (sort_ == SortOrder::updated) other_ = std::make_unique<NewestFirstOrder>(request.lang, values);
}

void ResultOrder::apply(Xapian::Enquire& enquire) {
  switch (sort_) {
    case SortOrder::relevance:
      enquire.set_sort_by_relevance_then_key(&browse_, false);
      break;
    case SortOrder::name:
      enquire.set_sort_by_value(name_slot_, false);
      break;
    case SortOrder::indexed:
      enquire.set_weighting_scheme(Xapian::BoolWeight());
      enquire.set_docid_order(Xapian::Enquire::ASCENDING);
      enquire.set_sort_by_relevance();
      break;
    case SortOrder::distance:
    case SortOrder::updated:
      if (other_) {
        enquire.set_sort_by_key(other_.get(), false);
        break;
      }
      [[fallthrough]];
    case SortOrder::automatic:
    case SortOrder::start_time:
      enquire.set_sort_by_key(&browse_, false);
      break;
  }
}

}  // namespace tarjotin
