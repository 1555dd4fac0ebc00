#pragma once
// Type-ahead over listing names: the words typed so far (name_words.h) must
// each be the start of a word of the name in some language; the last one is
// usually unfinished. "kieli kah" finds "Kielikahvila kahvilassa" and
// "Kahvila Kieli", not "Kielikahvila".
//
// A typed word of at most kNameStartChars characters is one term (every word
// start of that length is indexed, index_schema.h XNP / XNA); a longer one is
// expanded to the kSuggestExpansion most frequent name words it starts (few
// words share five letters). Order: by points - two when the name starts
// with the first typed word, one for each typed word that is a whole word of
// the name - then by the name shown in `lang` (name sort key), then docid. On
// a million listings a one-letter query costs tens of milliseconds, a longer
// one a few.
//
// The text of a suggestion is the listing's name in `lang` when that name
// matches the typed words, else the first matching name in fi, sv, en, then
// any language, else the name in `lang` by the usual fallback; `lang` of the
// suggestion says which.
//
// Thread-safety: as the Database.

#include <string>
#include <vector>

#include <xapian.h>

namespace tarjotin {

constexpr int kMaxSuggestions = 10;
constexpr unsigned kSuggestExpansion = 100;

struct SuggestRequest {
  std::string q;           // what has been typed; words beyond the first 10 are ignored
  std::string lang = "fi";  // fi | sv | en
  int limit = kMaxSuggestions;  // 1..kMaxSuggestions
};

struct Suggestion {
  std::string text;   // what to show and complete to
  std::string lang;   // the language of text
  std::string id;     // the listing id (or, for a vocabulary label, its code)
  std::string kind;   // the listing kind (event, service, place, volunteering),
                      // or for a vocabulary label its dimension (e.g. "category")
};

std::vector<Suggestion> suggest_names(const Xapian::Database& db, const SuggestRequest& request);

}  // namespace tarjotin
