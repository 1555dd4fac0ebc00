#pragma once
// "Did you mean": spelling data from the indexed texts, and a corrected query
// for a search that found (almost) nothing.
//
// Index side: add_spelling_words(db, doc) records each word of a listing
// document's texts (its unstemmed terms under the text prefixes XFI XSV XEN
// XOT, index_schema.h) once in the database's spelling table, so a word's
// spelling frequency is the number of listings that use it. Words shorter than
// kMinSpellingChars characters or containing digits are left out. Spelling data
// is only ever added: the words of a changed or removed listing stay until the
// index is rebuilt (`tarjotin reindex`); that is harmless because a suggestion
// is only made when it finds listings.
//
// Query side: spelling_suggestion() is asked only when a search found fewer
// than kSuggestBelow listings. Every word of q that no indexed text contains
// is replaced by its nearest word in the spelling table (Xapian's edit
// distance, at most 2; the most frequent wins); the corrected q is returned
// when some word changed and the corrected q, with every filter of the
// request, finds more listings than the original did. Operators, quotes and
// +/- are kept as typed. Never throws for user text.

#include <optional>
#include <string>

#include <xapian.h>

#include "index/search_request.h"

namespace tarjotin {

inline constexpr int kMinSpellingChars = 4;
inline constexpr std::int64_t kSuggestBelow = 3;

void add_spelling_words(Xapian::WritableDatabase& db, const Xapian::Document& doc);

// q with its unknown words corrected, or nullopt when no word needed (or had)
// a correction.
std::optional<std::string> corrected_query(const Xapian::Database& db, const std::string& q);

// The suggestion for a search of `request` that found `total` listings
// (described above); `decider` is the search's occurrence check (may be null).
std::optional<std::string> spelling_suggestion(const Xapian::Database& db, const SearchRequest& request,
                                               std::int64_t total, const Xapian::MatchDecider* decider);

}  // namespace tarjotin
