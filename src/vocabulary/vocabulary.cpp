#include "vocabulary/vocabulary.h"

#include <algorithm>

namespace tarjotin {

std::optional<ConceptRef> parse_concept_ref(const std::string& text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return std::nullopt;
  return ConceptRef{text.substr(0, colon), text.substr(colon + 1)};
}

std::string facet_of_dimension(const std::string& dimension) {
  return dimension == kDimensionActivity ? "category" : dimension;
}

std::optional<std::string> dimension_of_facet(const std::string& facet) {
  if (facet == "category") return std::string(kDimensionActivity);
  for (const char* same : {"theme", "target_group", "accessibility", "language", "channel"})
    if (facet == same) return facet;
  return std::nullopt;
}

bool is_valid_code(const std::string& code) {
  if (code.empty() || code.size() > 60 || code[0] < 'a' || code[0] > 'z') return false;
  return std::all_of(code.begin(), code.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

Vocabulary::Vocabulary(std::string version, std::vector<Dimension> dimensions)
    : version_(std::move(version)), dimensions_(std::move(dimensions)) {}

const Dimension* Vocabulary::dimension(const std::string& name) const {
  for (const Dimension& d : dimensions_)
    if (d.name == name) return &d;
  return nullptr;
}

const Concept* Vocabulary::find(const ConceptRef& ref) const {
  const Dimension* d = dimension(ref.dimension);
  if (!d) return nullptr;
  for (const Concept& c : d->concepts)
    if (c.code == ref.code) return &c;
  return nullptr;
}

std::vector<ConceptRef> Vocabulary::with_broader(const ConceptRef& ref) const {
  std::vector<ConceptRef> out;
  std::vector<ConceptRef> todo = {ref};
  while (!todo.empty()) {
    ConceptRef next = todo.back();
    todo.pop_back();
    if (std::find(out.begin(), out.end(), next) != out.end()) continue;  // cycles are refused at load; be safe
    const Concept* concept = find(next);
    if (!concept) continue;
    out.push_back(next);
    for (auto it = concept->broader.rbegin(); it != concept->broader.rend(); ++it)
      todo.push_back({next.dimension, *it});
  }
  return out;
}

std::string Vocabulary::label(const ConceptRef& ref, const std::string& lang) const {
  const Concept* concept = find(ref);
  if (!concept) return ref.code;
  const std::string text = pick_text(concept->labels, lang);
  return text.empty() ? ref.code : text;
}

}  // namespace tarjotin
