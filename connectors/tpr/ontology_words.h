#pragma once
// TPR ontology words (`ontologyword/`): the labels of the ids that units list
// in `ontologyword_ids`. The body is one JSON array of
// `{id, ontologyword_fi, ontologyword_sv, ontologyword_en, ...}`. Pure; never throws.
//
// Words without an id are skipped; a word without any label is kept with an
// empty label. Other members are ignored.

#include <map>
#include <string>

#include "model/localized_text.h"

namespace tarjotin::tpr {

// Ontology word id (as text, e.g. "729") -> its label in fi / sv / en.
using OntologyLabels = std::map<std::string, LocalizedText>;

struct OntologyWords {
  bool ok = false;
  std::string error;            // when !ok
  long long error_offset = -1;  // when !ok: byte offset in the body
  OntologyLabels labels;
};

OntologyWords parse_ontology_words(const std::string& body);

}  // namespace tarjotin::tpr
