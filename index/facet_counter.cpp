#include "index/facet_counter.h"

#include "index/index_schema.h"
#include "index/occurrence_time.h"
#include "index/value_cache.h"

namespace tarjotin {
namespace {

std::vector<std::string> split_packed(std::string_view packed) {
  std::vector<std::string> values;
  std::size_t begin = 0;
  while (begin < packed.size()) {
    std::size_t end = packed.find(schema::kFacetSeparator, begin);
    if (end == std::string::npos) end = packed.size();
    if (end > begin) values.emplace_back(packed.substr(begin, end - begin));
    begin = end + 1;
  }
  return values;
}

}  // namespace

FacetCounter::FacetCounter(const std::vector<std::string>& facets, const FacetCountRules& rules,
                           const ValueCache* values)
    : rules_(rules), values_(values) {
  for (const std::string& facet : facets) {
    if (facet == "target_group" && !rules_.target_group_only) {
      target_groups_ = true;
    } else if (facet == "municipality" && !rules_.exempt_channels.empty()) {
      municipalities_ = true;
    } else if (facet == "weekday") {
      weekdays_ = true;
    } else if (facet == "time_of_day") {
      times_ = true;
    } else if (auto slot = schema::facet_slot(facet); slot && !counts_.count(facet)) {
      slots_.emplace_back(*slot, &counts_[facet]);  // std::map nodes are stable
    }
  }
}

// Valid until the next call.
std::string_view FacetCounter::value(const Xapian::Document& doc, Xapian::valueno slot) {
  if (values_ && ValueCache::caches(slot)) return values_->get(slot, doc.get_docid());
  read_ = doc.get_value(slot);
  return read_;
}

void FacetCounter::operator()(const Xapian::Document& doc, double /*weight*/) {
  ++documents_;
  for (auto& [slot, counts] : slots_) count_packed(value(doc, slot), *counts);
  if (target_groups_) count_target_groups(value(doc, schema::kFacetTargetGroup));
  if (municipalities_) count_municipality(doc);
  if (weekdays_ || times_) count_occurrences(value(doc, schema::kOccurrences));
}

void FacetCounter::count_packed(std::string_view packed, ValueCounts& counts) {
  for (const std::string& value : split_packed(packed)) ++counts[value];
}

void FacetCounter::count_target_groups(std::string_view packed) {
  const std::vector<std::string> groups = split_packed(packed);
  bool open = false;
  for (const std::string& group : groups) open = open || group == schema::kOpenToAll;
  if (open) ++open_to_all_;
  // Every group is recorded as seen; only listings not open to all add to it here.
  for (const std::string& group : groups)
    if (group != schema::kOpenToAll) group_counts_[group] += open ? 0 : 1;
}

void FacetCounter::count_municipality(const Xapian::Document& doc) {
  bool exempt = false;
  for (const std::string& channel : split_packed(value(doc, schema::kFacetChannel)))
    for (const std::string& wanted : rules_.exempt_channels) exempt = exempt || channel == wanted;
  if (exempt) ++exempt_;
  for (const std::string& place : split_packed(value(doc, schema::kFacetMunicipality))) placed_[place] += exempt ? 0 : 1;
}

void FacetCounter::count_occurrences(std::string_view packed) {
  DayBits weekdays = 0;
  DayBits times = 0;
  if (packed.empty()) {
    weekdays = kAllWeekdays;
    times = kAllTimesOfDay;
  } else {
    for (const OccurrenceSpan& span : unpack_occurrences(packed)) {
      if (weekdays_) weekdays |= matching_weekdays(span, rules_.occurrences);
      if (times_) times |= matching_times(span, rules_.occurrences);
    }
  }
  for (int i = 0; i < 7; ++i) weekday_counts_[i] += (weekdays >> i) & 1;
  for (int i = 0; i < 3; ++i) time_counts_[i] += (times >> i) & 1;
}

ValueCounts FacetCounter::counts(const std::string& facet) const {
  ValueCounts out;
  if (facet == "target_group" && target_groups_) {
    for (const auto& [group, count] : group_counts_) out[group] = count + open_to_all_;
    if (open_to_all_ > 0) out[schema::kOpenToAll] = open_to_all_;
  } else if (facet == "municipality" && municipalities_) {
    for (const auto& [value, count] : placed_) out[value] = count + exempt_;
  } else if (facet == "weekday" && weekdays_) {
    for (int i = 0; i < 7; ++i)
      if (weekday_counts_[i] > 0) out[kWeekdayCodes[i]] = weekday_counts_[i];
  } else if (facet == "time_of_day" && times_) {
    for (int i = 0; i < 3; ++i)
      if (time_counts_[i] > 0) out[kTimeOfDayCodes[i]] = time_counts_[i];
  } else if (auto found = counts_.find(facet); found != counts_.end()) {
    out = found->second;
  }
  return out;
}

}  // namespace tarjotin
