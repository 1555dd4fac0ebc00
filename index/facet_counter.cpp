#include "index/facet_counter.h"

#include "index/index_schema.h"

namespace tarjotin {

FacetCounter::FacetCounter(const std::vector<std::string>& facets) {
  for (const std::string& facet : facets) {
    auto slot = schema::facet_slot(facet);
    if (!slot || counts_.count(facet)) continue;
    slots_.emplace_back(*slot, &counts_[facet]);  // std::map nodes are stable
  }
}

void FacetCounter::operator()(const Xapian::Document& doc, double /*weight*/) {
  for (auto& [slot, counts] : slots_) {
    const std::string packed = doc.get_value(slot);
    std::size_t begin = 0;
    while (begin < packed.size()) {
      std::size_t end = packed.find(schema::kFacetSeparator, begin);
      if (end == std::string::npos) end = packed.size();
      if (end > begin) ++(*counts)[packed.substr(begin, end - begin)];
      begin = end + 1;
    }
  }
}

const std::map<std::string, std::int64_t>& FacetCounter::counts(const std::string& facet) const {
  static const std::map<std::string, std::int64_t> kNone;
  auto found = counts_.find(facet);
  return found == counts_.end() ? kNone : found->second;
}

}  // namespace tarjotin
