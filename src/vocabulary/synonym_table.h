#pragma once
// SynonymTable: the words residents and counsellors use for their needs and
// interests ("yksinäinen", "digiapu", "språkcafé", "jumppa"), mapped to
// vocabulary concepts, so that a search can also find listings by their codes
// whatever language or words their texts use. Data: config/vocabulary/synonyms.json.
//
// Phrases are one or more words, folded (text_fold.h) when added. A phrase
// word ending in '*' matches any query word starting with it ("yksinäi*"
// matches yksinäinen, yksinäisille, yksinäisyys), which also covers Finnish
// inflection and compounds that start with the word.
//
// match() reads a query from left to right; at each word the phrase with the
// most words wins, among those the most specific (an exact word beats a
// prefix, a longer prefix a shorter one: "perheväkivalt*" beats "perhe*" for
// "perheväkivalta"); every entry with a phrase that good matches, and the
// phrase's words are consumed. Words marked excluded ("-uinti") never match.
//
// Pinned entries (crisis, violence, suicide): besides being a need, their
// concepts are returned as `pinned`, for the search to show those listings first.
//
// Build once, then read-only: match() is const and may be called from any thread.

#include <string>
#include <vector>

#include "vocabulary/vocabulary.h"

namespace tarjotin {

struct SynonymEntry {
  std::vector<std::string> phrases;     // as given: "yksinäi*", "language café", "ei ystäviä"
  std::vector<ConceptRef> concepts;     // a listing with any of them answers the need
  std::vector<std::string> words;       // further search words for the need (may be empty)
  bool pinned = false;
};

// One need found in a query: the union of the entries that matched its phrase.
struct NeedMatch {
  std::string phrase;                   // the query words that matched, space-joined
  std::vector<ConceptRef> concepts;
  std::vector<std::string> words;
};

struct SynonymMatch {
  std::vector<NeedMatch> needs;         // in query order
  std::vector<ConceptRef> pinned;       // concepts of matched pinned entries
  std::vector<std::string> rest;        // query words no phrase consumed (not excluded ones)
  std::vector<std::string> excluded;    // words the user excluded
  bool empty() const { return needs.empty() && pinned.empty(); }
};

class SynonymTable {
 public:
  void add(SynonymEntry entry);
  const std::vector<SynonymEntry>& entries() const { return entries_; }

  SynonymMatch match(const std::string& query) const;

 private:
  struct PhraseWord {
    std::string text;
    bool prefix = false;
  };
  struct Phrase {
    std::vector<PhraseWord> words;
    std::size_t entry = 0;
  };
  std::vector<SynonymEntry> entries_;
  std::vector<Phrase> phrases_;
};

}  // namespace tarjotin
