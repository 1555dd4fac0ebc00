#include "vocabulary/classification_rules.h"

#include <algorithm>

#include "vocabulary/text_fold.h"

namespace tarjotin {
namespace {

void add_unique(std::vector<ConceptRef>& list, const std::vector<ConceptRef>& more) {
  for (const ConceptRef& ref : more)
    if (std::find(list.begin(), list.end(), ref) == list.end()) list.push_back(ref);
}

std::string normalised_label(const std::string& label) {
  std::string folded = fold_case(label);
  const std::size_t first = folded.find_first_not_of(" \t\r\n");
  const std::size_t last = folded.find_last_not_of(" \t\r\n");
  return first == std::string::npos ? std::string() : folded.substr(first, last - first + 1);
}

// Where a keyword without labels is looked up by label: the last part of its id.
std::string bare_term(const std::string& id) {
  const std::size_t colon = id.rfind(':');
  return colon == std::string::npos ? id : id.substr(colon + 1);
}

}  // namespace

void ClassificationRules::map_id(const std::string& id, const std::vector<ConceptRef>& concepts) {
  add_unique(by_id_[id], concepts);
}

void ClassificationRules::map_label(const std::string& label, const std::vector<ConceptRef>& concepts) {
  const std::string key = normalised_label(label);
  if (!key.empty()) add_unique(by_label_[key], concepts);
}

void ClassificationRules::map_kind(Kind kind, const std::vector<ConceptRef>& concepts) {
  add_unique(by_kind_[kind], concepts);
}

std::optional<std::vector<ConceptRef>> ClassificationRules::keyword_concepts(const SourceKeyword& keyword) const {
  std::optional<std::vector<ConceptRef>> out;
  const auto take = [&](const std::map<std::string, std::vector<ConceptRef>>& table, const std::string& key) {
    auto found = table.find(key);
    if (found == table.end()) return;
    if (!out) out.emplace();
    add_unique(*out, found->second);
  };
  take(by_id_, keyword.id);
  for (const auto& entry : keyword.label) take(by_label_, normalised_label(entry.second));
  if (keyword.label.empty()) take(by_label_, normalised_label(bare_term(keyword.id)));
  return out;
}

std::vector<ConceptRef> ClassificationRules::kind_concepts(Kind kind) const {
  auto found = by_kind_.find(kind);
  return found == by_kind_.end() ? std::vector<ConceptRef>() : found->second;
}

std::vector<ConceptRef> ClassificationRules::age_concepts(const Listing& listing) const {
  std::vector<ConceptRef> out;
  for (const AgeRule& rule : age_rules_) {
    if (!rule.min_age_at_least && !rule.max_age_at_most) continue;
    if (rule.min_age_at_least && (!listing.min_age || *listing.min_age < *rule.min_age_at_least)) continue;
    if (rule.max_age_at_most && (!listing.max_age || *listing.max_age > *rule.max_age_at_most)) continue;
    add_unique(out, {rule.target_group});
  }
  return out;
}

std::vector<ConceptRef> ClassificationRules::name_concepts(const Listing& listing) const {
  std::vector<ConceptRef> out;
  for (const auto& entry : listing.name)
    for (const NeedMatch& match : name_terms_.match(entry.second).needs) add_unique(out, match.concepts);
  return out;
}

}  // namespace tarjotin
