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

#include <optional>
#include <string>

#include <xapian.h>

namespace tarjotin {

// True when `q` has no characters besides whitespace (a browse request).
bool is_blank_query(const std::string& q);

// MatchAll for a blank q; nullopt when q cannot match anything (nothing
// searchable in it, or unparseable). `db` lets the parsers use its synonyms.
std::optional<Xapian::Query> text_query(const Xapian::Database& db, const std::string& q);

}  // namespace tarjotin
