#pragma once
// Finnish morphology from libvoikko (Debian: libvoikko1 + voikko-fi).
//
// Snowball stems Finnish by cutting endings, so compounds stay whole
// ("kaupunginkirjasto" never matches "kirjasto", "kielikahvila" not
// "kahvila") and irregular inflection is missed ("kielet" / "kieli"). Voikko
// knows the words. The index uses it in two ways, both falling back to
// Snowball where Voikko does not know a word (or the dictionary is missing):
//
//  - finnish_stemmer(): the Xapian::Stem of Finnish text, used alike by the
//    TermGenerator (index) and the QueryParser (query), so both lemmatise the
//    same way: the Snowball stem of the word's first Voikko base form, or of
//    the word itself when Voikko does not know it. (Stemming the base form
//    too keeps words Voikko knows and words it does not in one term space.)
//  - add_finnish_extra_terms(doc): after the text is indexed, for every
//    Finnish word (XFI term) Voikko knows, adds the stemmed terms (ZXFI...) of
//    its other base forms and of its compound parts ("kaupunginkirjasto" ->
//    kaupunki, kirjasto), with the word's wdf, so a query for a part finds
//    the compound.
//
// Thread-safety: a libvoikko handle is not thread-safe, so every thread gets
// its own handle (created at its first use; the dictionary is mmapped, so a
// handle is cheap) and its own cache of analyses. All functions may be called
// from any thread at once.
//
// Performance: analyses are cached per thread (a million listings repeat the
// same words); the cache is emptied when it reaches kFinnishCacheWords words.

#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

namespace tarjotin {

inline constexpr std::size_t kFinnishCacheWords = 200000;

// What Voikko knows of one lower-case word.
struct FinnishAnalysis {
  bool known = false;                   // false: Voikko does not know it (use Snowball)
  std::vector<std::string> base_forms;  // lower case, unique; the first is Voikko's first analysis
  // Base forms of the compound's parts and of runs of adjacent parts
  // ("vertaistukiryhmä" -> vertaistuki, tuki, tukiryhmä, ryhmä), never the
  // whole word; parts shorter than 3 characters or unknown to Voikko are left out.
  std::vector<std::string> parts;
};

// True when the Voikko Finnish dictionary could be opened (in this thread).
bool finnish_morphology_available();

// The analysis of `word` (lower case, UTF-8, one word). Cached.
const FinnishAnalysis& finnish_analysis(const std::string& word);

// The Finnish stemmer described above.
Xapian::Stem finnish_stemmer();

// The stemmer for a text language code and its Snowball name (index_schema.h
// TextLanguage): finnish_stemmer() for "fi", Snowball otherwise, none for "".
Xapian::Stem text_stemmer(const std::string& code, const std::string& snowball);

// Adds the base-form and compound-part terms of the document's Finnish
// words, as described above.
void add_finnish_extra_terms(Xapian::Document& doc);

}  // namespace tarjotin
