#include "vocabulary/synonym_table.h"

#include <algorithm>

#include "vocabulary/text_fold.h"

namespace tarjotin {
namespace {

// An exact word is more specific than any prefix.
constexpr std::size_t kExactBonus = 1000;

void add_unique(std::vector<ConceptRef>& list, const std::vector<ConceptRef>& more) {
  for (const ConceptRef& ref : more)
    if (std::find(list.begin(), list.end(), ref) == list.end()) list.push_back(ref);
}

void add_unique(std::vector<std::string>& list, const std::vector<std::string>& more) {
  for (const std::string& word : more)
    if (std::find(list.begin(), list.end(), word) == list.end()) list.push_back(word);
}

}  // namespace

void SynonymTable::add(SynonymEntry entry) {
  const std::size_t index = entries_.size();
  for (const std::string& phrase : entry.phrases) {
    Phrase compiled;
    compiled.entry = index;
    for (std::string& word : plain_words(phrase)) compiled.words.push_back({std::move(word), false});
    // plain_words drops the '*'; it marks the last word as a prefix.
    const std::size_t star = phrase.find_last_not_of(" \t");
    if (!compiled.words.empty() && star != std::string::npos && phrase[star] == '*') compiled.words.back().prefix = true;
    if (!compiled.words.empty()) phrases_.push_back(std::move(compiled));
  }
  entries_.push_back(std::move(entry));
}

SynonymMatch SynonymTable::match(const std::string& query) const {
  const std::vector<QueryWord> words = query_words(query);
  SynonymMatch out;
  const auto word_matches = [](const PhraseWord& p, const QueryWord& q) {
    if (q.excluded) return false;
    return p.prefix ? q.text.compare(0, p.text.size(), p.text) == 0 : q.text == p.text;
  };
  std::size_t i = 0;
  while (i < words.size()) {
    if (words[i].excluded) {
      out.excluded.push_back(words[i++].text);
      continue;
    }
    // Best phrase so far: most words, then most specific.
    std::size_t best = 0;
    std::size_t best_specificity = 0;
    std::vector<std::size_t> matched_entries;
    for (const Phrase& phrase : phrases_) {
      const std::size_t n = phrase.words.size();
      if (n < best || i + n > words.size()) continue;
      bool all = true;
      std::size_t specificity = 0;
      for (std::size_t k = 0; k < n && all; ++k) {
        all = word_matches(phrase.words[k], words[i + k]);
        specificity += phrase.words[k].text.size() + (phrase.words[k].prefix ? 0 : kExactBonus);
      }
      if (!all || (n == best && specificity < best_specificity)) continue;
      if (n > best || specificity > best_specificity) {
        best = n;
        best_specificity = specificity;
        matched_entries.clear();
      }
      if (std::find(matched_entries.begin(), matched_entries.end(), phrase.entry) == matched_entries.end())
        matched_entries.push_back(phrase.entry);
    }
    if (best == 0) {
      out.rest.push_back(words[i++].text);
      continue;
    }
    NeedMatch need;
    for (std::size_t k = 0; k < best; ++k) need.phrase += (k ? " " : "") + words[i + k].text;
    std::sort(matched_entries.begin(), matched_entries.end());
    for (std::size_t e : matched_entries) {
      const SynonymEntry& entry = entries_[e];
      add_unique(need.concepts, entry.concepts);
      add_unique(need.words, entry.words);
      if (entry.pinned) add_unique(out.pinned, entry.concepts);
    }
    out.needs.push_back(std::move(need));
    i += best;
  }
  return out;
}

}  // namespace tarjotin
