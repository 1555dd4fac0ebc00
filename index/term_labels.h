#pragma once
// Names of organisers and source keywords, kept in the index's metadata so
// that they can be listed without reading listings:
//   "label:organiser:<organiser key>"  the organiser's names
//   "label:keyword:<keyword value>"    the keyword's labels
// (keys bounded like schema::term; values encoded as in facet_labels.h).
// Categories and target groups have no names in the index: their names are
// the vocabulary's labels as value_labels.h facet_value_label() gives them
// (code_labels), none until the application installs a vocabulary.
//
// TermLabels merges what the listings a writer indexes say: each language a
// listing names replaces that language, other languages stay. Labels of values
// no listing has any more stay in the metadata but are never shown (values are
// listed from their terms). Not thread-safe; one per writer.

#include <map>
#include <string>

#include <xapian.h>

#include "index/catalogue_terms.h"
#include "model/listing.h"
#include "model/localized_text.h"

namespace tarjotin {

// The names of a value: stored ones for organisers and keywords (empty for
// values no listing named), code_labels() for categories and target groups.
LocalizedText term_labels(const Xapian::Database& db, TermKind kind, const std::string& value);

// The vocabulary labels in fi, sv and en of a category code (a theme as
// "theme:<code>") or a target group code; only languages with a label other
// than the code itself. Needs no database. Thread-safe.
LocalizedText code_labels(TermKind kind, const std::string& value);

class TermLabels {
 public:
  // Merges the listing's organiser and keyword names into `db` metadata where
  // they add or change something.
  void note(Xapian::WritableDatabase& db, const Listing& listing);

 private:
  void merge(Xapian::WritableDatabase& db, const std::string& key, const LocalizedText& names);

  std::map<std::string, LocalizedText> known_;  // metadata key -> labels written
};

}  // namespace tarjotin
