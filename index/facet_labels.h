#pragma once
// Display labels of facet values that come from the data (municipalities),
// kept in the index's metadata so the searcher can label a value without the
// store: key "label:municipality:<value>", value "fi\x1fHelsinki\x1esv\x1fHelsingfors".
//
// MunicipalityLabels collects the names a writer has seen and merges them into
// the database (a language once known stays known). Not thread-safe; one per writer.

#include <map>
#include <string>

#include <xapian.h>

#include "model/localized_text.h"
#include "model/listing.h"

namespace tarjotin {

std::string municipality_label_key(const std::string& value);
std::string encode_labels(const LocalizedText& labels);
LocalizedText decode_labels(const std::string& encoded);

// The label of a stored municipality value in `lang`, else fi, else any
// language, else the value itself.
std::string municipality_label(const Xapian::Database& db, const std::string& value, const std::string& lang);

class MunicipalityLabels {
 public:
  // Records the listing's municipality names (fi/sv/en), writing the merged
  // labels to `db` metadata when they add something new.
  void note(Xapian::WritableDatabase& db, const Listing& listing);

 private:
  std::map<std::string, LocalizedText> known_;  // facet value -> labels written
};

}  // namespace tarjotin
