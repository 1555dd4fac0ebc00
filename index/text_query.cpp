#include "index/text_query.h"

#include <algorithm>
#include <memory>
#include <vector>

#include "index/finnish_morphology.h"
#include "index/index_schema.h"
#include "index/text_case.h"

namespace tarjotin {
namespace {

constexpr unsigned kFlags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_LOVEHATE |
                            Xapian::QueryParser::FLAG_PHRASE |
                            Xapian::QueryParser::FLAG_CJK_NGRAM;
constexpr unsigned kPlainFlags = Xapian::QueryParser::FLAG_CJK_NGRAM;
constexpr double kNeedWordsScale = 0.5;
// Type-ahead on the last word: at least this many characters, expanded to at
// most this many of the most frequent words it starts.
constexpr std::size_t kPartialMinChars = 3;
constexpr Xapian::termcount kPartialExpansion = 30;
constexpr double kCodeStep = 0.1;

Xapian::Query parse_in(const Xapian::Database& db, const std::string& text,
                       const schema::TextLanguage& language, unsigned flags) {
  Xapian::QueryParser parser;
  parser.set_database(db);
  if (*language.stemmer) parser.set_stemmer(text_stemmer(language.code, language.stemmer));  // fi: lemmatised
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  parser.add_prefix("", language.prefix);
  parser.set_max_expansion(kPartialExpansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                           Xapian::QueryParser::FLAG_PARTIAL);
  return parser.parse_query(text, flags);
}

Xapian::Query parse_all(const Xapian::Database& db, const std::string& text, unsigned flags) {
  std::vector<Xapian::Query> parses;
  for (const schema::TextLanguage& language : schema::stemmed_text_languages())
    parses.push_back(parse_in(db, text, language, flags));
  parses.push_back(parse_in(db, text, schema::kOtherText, flags));
  return Xapian::Query(Xapian::Query::OP_OR, parses.begin(), parses.end());
}

// FLAG_PARTIAL when the last word of the (lower-cased) text is being typed:
// the text ends in it (no space, quote or bracket after it), it has at least
// kPartialMinChars characters, and it is not itself a word of any indexed
// text, so complete words keep exactly their own matches and ranking.
unsigned partial_flag(const Xapian::Database& db, const std::string& text) {
  std::vector<unsigned> chars;
  for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator(); ++it) chars.push_back(*it);
  std::size_t start = chars.size();
  while (start > 0 && Xapian::Unicode::is_wordchar(chars[start - 1])) --start;
  if (chars.size() - start < kPartialMinChars) return 0;
  std::string word;
  for (std::size_t i = start; i < chars.size(); ++i) Xapian::Unicode::append_utf8(word, chars[i]);
  for (const schema::TextLanguage& language : schema::stemmed_text_languages())
    if (db.term_exists(language.prefix + word)) return 0;
  if (db.term_exists(schema::kOtherText.prefix + word)) return 0;
  return Xapian::QueryParser::FLAG_PARTIAL;
}

// --- concepts ---

std::shared_ptr<const QueryConceptFinder>& finder_slot() {
  static std::shared_ptr<const QueryConceptFinder> slot;
  return slot;
}

std::shared_ptr<const QueryConceptFinder> current_finder() { return std::atomic_load(&finder_slot()); }

// Every document, with weight `weight` (the query owns the source).
Xapian::Query fixed_weight(double weight) {
  return Xapian::Query((new Xapian::FixedWeightPostingSource(weight))->release());
}

// Listings with any of the codes: the first code weighs `weight`, each next
// one kCodeStep less (down to half), and a listing gets the best of its codes.
// Empty for no known code.
Xapian::Query any_code(const std::vector<FacetCode>& codes, double weight) {
  std::vector<Xapian::Query> parts;
  double w = weight;
  for (const FacetCode& code : codes) {
    const auto term = schema::facet_term(code.facet, code.value);
    if (!term) continue;
    parts.emplace_back(Xapian::Query::OP_FILTER, fixed_weight(w), Xapian::Query(*term));
    w = std::max(weight / 2, w - weight * kCodeStep);
  }
  return Xapian::Query(Xapian::Query::OP_MAX, parts.begin(), parts.end());
}

// Any of the words, each parsed in every text language.
Xapian::Query any_word(const Xapian::Database& db, const std::vector<std::string>& words) {
  std::vector<Xapian::Query> parses;
  for (const std::string& word : words) {
    try {
      Xapian::Query parsed = parse_all(db, lower_query(word), kPlainFlags);
      if (!parsed.empty()) parses.push_back(parsed);
    } catch (const Xapian::QueryParserError&) {
    }
  }
  return Xapian::Query(Xapian::Query::OP_OR, parses.begin(), parses.end());
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

// need_1 AND ... AND need_n AND rest, without the excluded words; empty
// when there are no needs (or a part cannot match).
Xapian::Query needs_query(const Xapian::Database& db, const QueryConcepts& concepts) {
  if (concepts.needs.empty()) return Xapian::Query();
  std::vector<Xapian::Query> parts;
  for (const QueryNeed& need : concepts.needs) {
    const Xapian::Query codes = any_code(need.codes, kNeedWeight);
    const Xapian::Query words = need.words.empty() ? Xapian::Query()
                                                   : Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                                                   any_word(db, need.words), kNeedWordsScale);
    Xapian::Query either(Xapian::Query::OP_OR, codes, words);
    if (either.empty()) return Xapian::Query();
    parts.push_back(either);
  }
  if (!concepts.rest.empty()) {
    try {
      const Xapian::Query rest = parse_all(db, lower_query(joined(concepts.rest)), kPlainFlags);
      if (rest.empty()) return Xapian::Query();
      parts.push_back(rest);
    } catch (const Xapian::QueryParserError&) {
      return Xapian::Query();
    }
  }
  Xapian::Query all(Xapian::Query::OP_AND, parts.begin(), parts.end());
  if (!concepts.excluded.empty()) all = Xapian::Query(Xapian::Query::OP_AND_NOT, all, any_word(db, concepts.excluded));
  return all;
}

// `text` widened by the concepts the installed finder sees in q.
Xapian::Query with_concepts(const Xapian::Database& db, const std::string& q, Xapian::Query text) {
  const auto finder = current_finder();
  if (!finder || !*finder) return text;
  const QueryConcepts concepts = (*finder)(q);
  const Xapian::Query needs = needs_query(db, concepts);
  if (!needs.empty()) text = text.empty() ? needs : Xapian::Query(Xapian::Query::OP_OR, text, needs);
  const Xapian::Query pinned = any_code(concepts.pinned, kPinnedWeight);
  if (!pinned.empty()) text = text.empty() ? pinned : Xapian::Query(Xapian::Query::OP_OR, text, pinned);
  return text;
}

}  // namespace

bool is_blank_query(const std::string& q) { return q.find_first_not_of(" \t\r\n\f\v") == std::string::npos; }

void set_query_concept_finder(QueryConceptFinder finder) {
  std::shared_ptr<const QueryConceptFinder> next;
  if (finder) next = std::make_shared<const QueryConceptFinder>(std::move(finder));
  std::atomic_store(&finder_slot(), next);
}

std::optional<Xapian::Query> text_query(const Xapian::Database& db, const std::string& q) {
  // A new match-all query, never a copy of Xapian::Query::MatchAll: that is one
  // static object whose reference count (not atomic) every copy changes, and
  // worker threads copying it at once corrupted it (SIGSEGV in set_query under load).
  if (is_blank_query(q)) return Xapian::Query(std::string());
  const std::string text = lower_query(q);
  Xapian::Query query;
  const unsigned partial = partial_flag(db, text);
  try {
    query = parse_all(db, text, kFlags | partial);
  } catch (const Xapian::QueryParserError&) {
    try {
      query = parse_all(db, text, kPlainFlags | partial);
    } catch (const Xapian::QueryParserError&) {
      query = Xapian::Query();
    }
  }
  query = with_concepts(db, q, query);
  if (query.empty()) return std::nullopt;
  return query;
}

}  // namespace tarjotin
