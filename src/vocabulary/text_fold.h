#pragma once
// Case folding and word splitting for matching words against the vocabulary:
// source keyword labels, synonym phrases and the words of a user's query.
//
// Pure functions; any byte string is accepted (invalid UTF-8 bytes are kept
// as they are and count as letters), never throws.

#include <string>
#include <vector>

namespace tarjotin {

// Lower case for the scripts feeds and residents use: ASCII, Latin-1 and
// Latin Extended-A (ä ö å é š ž ...), Greek and Cyrillic. Other characters
// are kept unchanged.
std::string fold_case(const std::string& text);

// A word of a query: folded text, and whether the user excluded it ("-word").
struct QueryWord {
  std::string text;
  bool excluded = false;
};

// The folded words of `text`: runs of letters and digits, with inner hyphens
// kept ("ruoka-apu"). Punctuation, quotes and spaces separate words; a '-'
// directly before a word marks it excluded.
std::vector<QueryWord> query_words(const std::string& text);

// The folded words of `text` as plain strings (exclusion marks ignored).
std::vector<std::string> plain_words(const std::string& text);

}  // namespace tarjotin
