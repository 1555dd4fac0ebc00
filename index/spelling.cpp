#include "index/spelling.h"

#include <unordered_set>

#include "index/index_schema.h"
#include "index/search_filters.h"
#include "index/text_case.h"
#include "index/text_query.h"

namespace tarjotin {
namespace {

std::vector<std::string> text_prefixes() {
  std::vector<std::string> prefixes;
  for (const schema::TextLanguage& language : schema::stemmed_text_languages()) prefixes.push_back(language.prefix);
  prefixes.push_back(schema::kOtherText.prefix);
  return prefixes;
}

const std::vector<std::string>& prefixes() {
  static const std::vector<std::string> kPrefixes = text_prefixes();
  return kPrefixes;
}

// Worth a spelling entry: long enough, letters only (no digits).
bool spellable(const std::string& word) {
  std::size_t chars = 0;
  for (Xapian::Utf8Iterator it(word); it != Xapian::Utf8Iterator(); ++it, ++chars)
    if (Xapian::Unicode::get_category(*it) == Xapian::Unicode::DECIMAL_DIGIT_NUMBER) return false;
  return chars >= static_cast<std::size_t>(kMinSpellingChars);
}

bool indexed(const Xapian::Database& db, const std::string& word) {
  for (const std::string& prefix : prefixes())
    if (db.term_exists(prefix + word)) return true;
  return false;
}

bool is_operator(const std::string& word) {
  return word == "AND" || word == "OR" || word == "NOT" || word == "XOR" || word == "NEAR" || word == "ADJ";
}

}  // namespace

void add_spelling_words(Xapian::WritableDatabase& db, const Xapian::Document& doc) {
  std::unordered_set<std::string> words;
  for (const std::string& prefix : prefixes()) {
    auto t = doc.termlist_begin();
    for (t.skip_to(prefix); t != doc.termlist_end(); ++t) {
      const std::string term = *t;
      if (term.compare(0, prefix.size(), prefix) != 0) break;
      const std::string word = term.substr(prefix.size());
      // words are lower case: anything else is not one
      if (word.empty() || (word[0] >= 'A' && word[0] <= 'Z')) continue;
      if (spellable(word)) words.insert(word);
    }
  }
  for (const std::string& word : words) db.add_spelling(word);
}

std::optional<std::string> corrected_query(const Xapian::Database& db, const std::string& q) {
  const std::string text = lower_query(q);
  std::string out;
  bool changed = false;
  Xapian::Utf8Iterator it(text);
  const Xapian::Utf8Iterator end;
  while (it != end) {
    if (!Xapian::Unicode::is_wordchar(*it)) {
      Xapian::Unicode::append_utf8(out, *it);
      ++it;
      continue;
    }
    std::string word;
    while (it != end && Xapian::Unicode::is_wordchar(*it)) {
      Xapian::Unicode::append_utf8(word, *it);
      ++it;
    }
    if (!is_operator(word) && spellable(word) && !indexed(db, word)) {
      const std::string suggestion = db.get_spelling_suggestion(word);
      if (!suggestion.empty() && suggestion != word) {
        out += suggestion;
        changed = true;
        continue;
      }
    }
    out += word;
  }
  if (!changed) return std::nullopt;
  return out;
}

std::optional<std::string> spelling_suggestion(const Xapian::Database& db, const SearchRequest& request,
                                               std::int64_t total, const Xapian::MatchDecider* decider) {
  if (total >= kSuggestBelow || is_blank_query(request.q)) return std::nullopt;
  try {
    const std::optional<std::string> corrected = corrected_query(db, request.q);
    if (!corrected) return std::nullopt;
    const std::optional<Xapian::Query> text = text_query(db, *corrected);
    if (!text) return std::nullopt;
    Xapian::Enquire enquire(db);
    enquire.set_query(filtered_query(*text, request));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const auto wanted = static_cast<Xapian::doccount>(total + 1);
    const Xapian::MSet found = enquire.get_mset(0, wanted, wanted, nullptr, decider);
    if (static_cast<std::int64_t>(found.size()) <= total) return std::nullopt;
    return corrected;
  } catch (const Xapian::Error&) {
    return std::nullopt;  // a suggestion is a nicety: never fail the search for it
  }
}

}  // namespace tarjotin
