#pragma once
// The words of listing names as type-ahead sees them, the same at index time
// and at query time:
//   - a word is a maximal run of Unicode letters, digits and connector
//     punctuation (Xapian::Unicode::is_wordchar);
//   - folded: lower case, and the Latin letters with diacritics as their base
//     letter (å ä á à â ã → a, ö ø ó ò ô õ → o, é è ê ë → e, ü ú ù û → u,
//     š → s, ž → z, ç → c, ñ → n, ß → ss, æ → ae, ...), so "Äiti", "äiti",
//     "AITI" and "aiti" are one word;
//   - cut to kMaxNameWordBytes on a character boundary (a longer typed word
//     still matches as a prefix of the cut one).
// Pure functions; any byte string is accepted (invalid UTF-8 bytes are read as
// Latin-1, Xapian's rule). Never throw.

#include <cstddef>
#include <string>
#include <vector>

namespace tarjotin {

constexpr std::size_t kMaxNameWordBytes = 64;
// Starts of words up to this many characters are indexed as terms of their own.
constexpr std::size_t kNameStartChars = 4;

// `text` lower-cased and with diacritics removed (see above); word boundaries kept.
std::string fold_for_match(const std::string& text);

// The folded words of `text`, in order, duplicates kept.
std::vector<std::string> name_words(const std::string& text);

// The starts of a folded word of 1 .. kNameStartChars characters (fewer for a
// shorter word), shortest first.
std::vector<std::string> word_starts(const std::string& word);

// Number of characters of a folded word.
std::size_t word_chars(const std::string& word);

// True when every typed word is a prefix of some word of `text` (all
// arguments folded as above; `typed` as name_words() returns them).
bool words_match(const std::string& text, const std::vector<std::string>& typed);

}  // namespace tarjotin
