#include "app/label_suggestions.h"

#include <algorithm>
#include <array>
#include <string>

#include "index/name_words.h"

namespace tarjotin {
namespace {

struct Candidate {
  bool starts_with_first_word;
  std::string folded_text;  // sort key within the same rank
  Suggestion suggestion;
};

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

std::vector<Suggestion> label_suggestions(const Vocabulary& vocabulary, const SuggestRequest& request) {
  const std::vector<std::string> typed = name_words(request.q);
  const int limit = std::min(request.limit, kMaxLabelSuggestions);
  if (typed.empty() || limit <= 0) return {};

  // The asked language first, then the others of fi/sv/en.
  std::vector<std::string> languages = {request.lang};
  for (const char* l : {"fi", "sv", "en"})
    if (request.lang != l) languages.push_back(l);

  std::vector<Candidate> candidates;
  for (const char* dimension : {kDimensionActivity, kDimensionTheme, kDimensionTargetGroup}) {
    const Dimension* d = vocabulary.dimension(dimension);
    if (!d) continue;
    for (const Concept& concept_ : d->concepts) {
      for (const std::string& lang : languages) {
        const auto found = concept_.labels.find(lang);
        if (found == concept_.labels.end() || found->second.empty()) continue;
        const std::string& label = found->second;
        const std::string folded = fold_for_match(label);
        if (!words_match(folded, typed)) continue;
        const std::vector<std::string> words = name_words(label);
        const bool starts = !words.empty() && starts_with(words.front(), typed.front());
        candidates.push_back({starts, folded, {label, lang, concept_.code, facet_of_dimension(dimension)}});
        break;  // one suggestion per concept
      }
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.starts_with_first_word != b.starts_with_first_word) return a.starts_with_first_word;
    return a.folded_text < b.folded_text;
  });
  std::vector<Suggestion> out;
  for (Candidate& c : candidates) {
    if (static_cast<int>(out.size()) == limit) break;
    out.push_back(std::move(c.suggestion));
  }
  return out;
}

}  // namespace tarjotin
