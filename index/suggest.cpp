#include "index/suggest.h"

#include <algorithm>
#include <stdexcept>

#include "index/index_schema.h"
#include "index/name_words.h"
#include "index/result_order.h"
#include "model/listing_json.h"

namespace tarjotin {
namespace {

constexpr std::size_t kMaxTypedWords = 10;

// The documents with a word starting with `typed`: one term for a short
// start (`starts` prefix), else the kSuggestExpansion most frequent words
// (`words` prefix) that start with it, as one synonym.
Xapian::Query completions(const Xapian::Database& db, const char* starts, const char* words, const std::string& typed) {
  if (word_chars(typed) <= kNameStartChars) return Xapian::Query(starts + typed);
  const std::string prefix = words + typed;
  std::vector<std::pair<Xapian::doccount, std::string>> found;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) found.emplace_back(it.get_termfreq(), *it);
  const std::size_t kept = std::min<std::size_t>(found.size(), kSuggestExpansion);
  std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(kept), found.end(),
                    [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
  std::vector<Xapian::Query> terms;
  for (std::size_t i = 0; i < kept; ++i) terms.emplace_back(found[i].second);
  return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
}

// Every typed word completed (no weight), plus one point for each typed word
// that is a whole name word and two for a name starting with the first one.
Xapian::Query suggest_query(const Xapian::Database& db, const std::vector<std::string>& typed) {
  std::vector<Xapian::Query> required;
  for (const std::string& word : typed)
    required.push_back(completions(db, schema::kPrefixNameWordStart, schema::kPrefixNameWord, word));
  const Xapian::Query all(Xapian::Query::OP_AND, required.begin(), required.end());
  const Xapian::Query first =
      completions(db, schema::kPrefixNameFirstStart, schema::kPrefixNameFirst, typed.front());
  std::vector<Xapian::Query> parts = {Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, all, 0.0),
                                      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, first, 2.0)};
  for (const std::string& word : typed) parts.emplace_back(schema::kPrefixNameWord + word);
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, parts.begin(), parts.end());
}

// The name to show, and its language (see suggest.h).
std::pair<std::string, std::string> shown_name(const Listing& listing, const std::vector<std::string>& typed,
                                               const std::string& lang) {
  std::vector<std::string> order = {lang, "fi", "sv", "en"};
  for (const auto& entry : listing.name) order.push_back(entry.first);
  for (const std::string& candidate : order) {
    auto found = listing.name.find(candidate);
    if (found != listing.name.end() && words_match(found->second, typed)) return {found->second, candidate};
  }
  std::string used;
  std::string text = pick_text(listing.name, lang, &used);
  return {text, used};
}

}  // namespace

std::vector<Suggestion> suggest_names(const Xapian::Database& db, const SuggestRequest& request) {
  std::vector<std::string> typed = name_words(request.q);
  if (typed.size() > kMaxTypedWords) typed.resize(kMaxTypedWords);
  if (typed.empty()) return {};

  Xapian::Enquire enquire(db);
  enquire.set_query(suggest_query(db, typed));
  enquire.set_weighting_scheme(Xapian::CoordWeight());
  enquire.set_sort_by_relevance_then_value(name_sort_slot(request.lang), false);
  const int limit = std::clamp(request.limit, 1, kMaxSuggestions);
  const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(limit));

  std::vector<Suggestion> out;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    std::string error;
    std::optional<Listing> listing = listing_from_json(it.get_document().get_data(), &error);
    if (!listing) throw std::runtime_error("index: damaged document " + std::to_string(*it) + ": " + error);
    auto [text, lang] = shown_name(*listing, typed, request.lang);
    out.push_back({std::move(text), std::move(lang), listing->id, to_string(listing->kind)});
  }
  return out;
}

}  // namespace tarjotin
