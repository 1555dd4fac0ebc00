#pragma once
// Case folding for index keys and user queries. Any byte string is accepted:
// invalid UTF-8 bytes are read as single Latin-1 characters (Xapian's rule), so
// the result is always valid UTF-8. Never throws.

#include <string>

namespace tarjotin {

// Full Unicode lower case ("Närpiö" -> "närpiö", "ÅBO" -> "åbo").
std::string lower_utf8(const std::string& text);

// Lower-cases a query string word by word, except the all-capital operator
// words QueryParser knows (AND OR NOT XOR NEAR ADJ), so "Kirjastossa AND Lapset"
// becomes "kirjastossa AND lapset" and the stemmer sees every word.
std::string lower_query(const std::string& query);

// A byte-comparable sort key for a display name: lower case, with å ä ö
// ordered after z as in the Finnish and Swedish alphabets.
std::string name_sort_key(const std::string& name);

}  // namespace tarjotin
