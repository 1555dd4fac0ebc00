#pragma once
// The free-text part of a search: the user's words parsed once per text
// language (fi, sv, en stemmed; other languages unstemmed, see index_schema.h)
// and the parses ORed, so a query typed in any UI language finds text written
// in any of them.
//
// Words are lower-cased first (QueryParser does not stem Capitalised words);
// default operator AND; phrases, +/- and the all-capital AND/OR/NOT work.
// User text never makes this throw: on a syntax error the text is parsed again
// with no operators, and anything that still fails means "no matches".
//
// Finnish words are lemmatised and compound parts match (finnish_morphology.h).
// Type-ahead: when q ends in a word being typed (no space after it) of at
// least 3 characters that is not itself an indexed word, that word also
// matches the (at most 30 most frequent) indexed words it starts
// (FLAG_PARTIAL), so "kielikah" finds "kielikahvila"; complete words keep
// exactly their own matches.
//
// Concepts (query expansion by a controlled vocabulary). The index knows no
// vocabulary; the application may install a QueryConceptFinder at start
// (set_query_concept_finder). When it finds needs in the query (a word such
// as "yksinäinen" that means listings with certain category / theme /
// target group codes), the text query becomes
//     words  OR  (need_1 AND ... AND need_n AND rest-of-the-words)
// where a listing answers a need when it has any of the need's codes (with a
// modest fixed weight, so text matches rank first: kNeedWeight for the need's
// first code, 10% less for each next one, at least half; a listing counts
// its best code) or any of its extra words (at half weight). So a Finnish word finds a listing written only
// in Swedish through its codes. Pinned codes (crisis help) are ORed in with a
// weight far above any text score: under relevance order those listings come first.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace tarjotin {

// True when `q` has no characters besides whitespace (a browse request).
bool is_blank_query(const std::string& q);

// MatchAll for a blank q; nullopt when q cannot match anything (nothing
// searchable in it, or unparseable). `db` lets the parsers use its synonyms.
std::optional<Xapian::Query> text_query(const Xapian::Database& db, const std::string& q);

// One facet value, e.g. {"category", "befriending"}, {"theme", "exercise"},
// {"target_group", "carers"} (index_schema.h facet_term()).
struct FacetCode {
  std::string facet;
  std::string value;
};

// A need found in the query: listings with any of `codes` (most relevant
// first), or with any of `words`.
struct QueryNeed {
  std::vector<FacetCode> codes;
  std::vector<std::string> words;
};

struct QueryConcepts {
  std::vector<QueryNeed> needs;
  std::vector<std::string> rest;       // the words no need consumed; all must match too
  std::vector<std::string> excluded;   // words the user excluded ("-word")
  std::vector<FacetCode> pinned;       // listings with any of these come first
};

// Finds the concepts of a query (the raw q of the request). Must be callable
// from any thread at once.
using QueryConceptFinder = std::function<QueryConcepts(const std::string& q)>;

// Installs the finder every later text_query() uses; an empty function
// removes it. Thread-safe (the finder is swapped atomically), but meant to be
// called once at start.
void set_query_concept_finder(QueryConceptFinder finder);

// The fixed weight of a listing that answers a need through its codes, and of a
// pinned listing. BM25 scores of a good text match are a few units.
inline constexpr double kNeedWeight = 1.0;
inline constexpr double kPinnedWeight = 1000.0;

}  // namespace tarjotin
