#include "vocabulary/unmapped_keywords.h"

#include <algorithm>

namespace tarjotin {

void UnmappedKeywords::add(const Listing& listing) {
  ++listings_;
  bool any_mapped = false;
  for (const SourceKeyword& keyword : listing.keywords) {
    if (rules_.keyword_concepts(keyword)) {
      any_mapped = true;
      continue;
    }
    UnmappedKeyword& entry = keywords_[keyword.id];
    entry.id = keyword.id;
    ++entry.listings;
    for (const auto& [lang, text] : keyword.label)
      if (!entry.label.count(lang)) entry.label[lang] = text;
  }
  if (!any_mapped && !listing.keywords.empty()) ++without_mapped_;
}

std::vector<UnmappedKeyword> UnmappedKeywords::most_frequent(std::size_t limit) const {
  std::vector<UnmappedKeyword> out;
  for (const auto& entry : keywords_) out.push_back(entry.second);
  std::stable_sort(out.begin(), out.end(),
                   [](const UnmappedKeyword& a, const UnmappedKeyword& b) { return a.listings > b.listings; });
  if (limit > 0 && out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace tarjotin
