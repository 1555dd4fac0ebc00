#include "vocabulary/classifier.h"

#include <set>

namespace tarjotin {
namespace {

// The concepts of `dimension` among `found`, in vocabulary order.
std::vector<ConceptRef> in_vocabulary_order(const Vocabulary& vocabulary, const std::string& dimension,
                                            const std::set<ConceptRef>& found) {
  std::vector<ConceptRef> out;
  const Dimension* d = vocabulary.dimension(dimension);
  if (!d) return out;
  for (const Concept& concept : d->concepts)
    if (found.count({dimension, concept.code})) out.push_back({dimension, concept.code});
  return out;
}

}  // namespace

std::string listing_code(const ConceptRef& ref) {
  if (ref.dimension == kDimensionActivity || ref.dimension == kDimensionTargetGroup) return ref.code;
  if (ref.dimension == kDimensionTheme) return "theme:" + ref.code;
  return "";
}

Classification Classifier::classify(const Listing& listing) const {
  std::vector<ConceptRef> direct = rules_.kind_concepts(listing.kind);
  for (const SourceKeyword& keyword : listing.keywords)
    if (auto concepts = rules_.keyword_concepts(keyword)) direct.insert(direct.end(), concepts->begin(), concepts->end());
  const std::vector<ConceptRef> by_age = rules_.age_concepts(listing);
  direct.insert(direct.end(), by_age.begin(), by_age.end());
  const std::vector<ConceptRef> by_name = rules_.name_concepts(listing);
  direct.insert(direct.end(), by_name.begin(), by_name.end());

  std::set<ConceptRef> found;
  for (const ConceptRef& ref : direct)
    for (const ConceptRef& with : vocabulary_.with_broader(ref)) found.insert(with);

  std::set<ConceptRef> groups;
  for (const ConceptRef& ref : found)
    if (ref.dimension == kDimensionTargetGroup) groups.insert(ref);
  const ConceptRef all{kDimensionTargetGroup, "all"};
  if (groups.size() > 1) groups.erase(all);
  const bool no_age_limits = !listing.min_age && !listing.max_age;
  if (groups.empty() && rules_.untargeted_is_open_to_all() && no_age_limits && vocabulary_.contains(all))
    groups.insert(all);

  Classification out;
  for (const char* dimension : {kDimensionActivity, kDimensionTheme})
    for (const ConceptRef& ref : in_vocabulary_order(vocabulary_, dimension, found))
      out.categories.push_back(listing_code(ref));
  for (const ConceptRef& ref : in_vocabulary_order(vocabulary_, kDimensionTargetGroup, groups))
    out.target_groups.push_back(ref.code);
  return out;
}

void Classifier::apply(Listing& listing) const {
  Classification c = classify(listing);
  listing.categories = std::move(c.categories);
  listing.target_groups = std::move(c.target_groups);
}

}  // namespace tarjotin
