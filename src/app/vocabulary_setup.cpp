#include "app/vocabulary_setup.h"

#include <filesystem>

#include "index/value_labels.h"

namespace tarjotin {
namespace {

std::vector<FacetCode> facet_codes(const std::vector<ConceptRef>& concepts) {
  std::vector<FacetCode> out;
  for (const ConceptRef& ref : concepts) out.push_back({facet_of_dimension(ref.dimension), ref.code});
  return out;
}

}  // namespace

std::string vocabulary_directory(const Config& config, const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return explicit_dir;
  const std::filesystem::path next_to_config = std::filesystem::path(config.path).parent_path() / "vocabulary";
  std::error_code ignored;
  return std::filesystem::is_directory(next_to_config, ignored) ? next_to_config.string() : std::string();
}

QueryConcepts query_concepts(const VocabularySet& set, const std::string& q) {
  const SynonymMatch match = set.synonyms.match(q);
  QueryConcepts out;
  if (match.empty()) return out;
  for (const NeedMatch& need : match.needs) out.needs.push_back({facet_codes(need.concepts), need.words});
  out.rest = match.rest;
  out.excluded = match.excluded;
  out.pinned = facet_codes(match.pinned);
  return out;
}

void install_vocabulary_in_index(std::shared_ptr<const VocabularySet> set) {
  if (!set) {
    set_vocabulary_labels(nullptr);
    set_query_concept_finder(nullptr);
    return;
  }
  set_vocabulary_labels([set](const std::string& facet, const std::string& value,
                              const std::string& lang) -> std::optional<std::string> {
    const auto dimension = dimension_of_facet(facet);
    if (!dimension) return std::nullopt;
    const ConceptRef ref{*dimension, value};
    if (!set->vocabulary.contains(ref)) return std::nullopt;
    return set->vocabulary.label(ref, lang);
  });
  set_query_concept_finder([set](const std::string& q) { return query_concepts(*set, q); });
}

std::function<void(Listing&)> listing_classifier(std::shared_ptr<const VocabularySet> set) {
  if (!set) return nullptr;
  return [set](Listing& listing) { set->classifier().apply(listing); };
}

}  // namespace tarjotin
