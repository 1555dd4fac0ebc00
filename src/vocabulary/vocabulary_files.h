#pragma once
// The vocabulary's data files, read once at start from one directory
// (config/vocabulary/ in the repository):
//
//   vocabulary.json       the concepts, by dimension, with fi/sv/en labels (vocabulary.h)
//   classification.json   rules by listing kind and age, the open-to-all default
//   mappings/*.json       source terms -> concepts, one file per source vocabulary,
//                         read in file name order (classification_rules.h)
//   synonyms.json         everyday words and needs -> concepts (synonym_table.h)
//
// Formats are described in config/vocabulary/README.md. Every file is checked
// as a whole: unknown keys, bad codes, missing labels, concepts that do not
// exist, broader links that loop. A key "comment" is allowed anywhere.
// Errors come back as values naming the file and the place in it.

#include <memory>
#include <string>

#include "vocabulary/classification_rules.h"
#include "vocabulary/classifier.h"
#include "vocabulary/synonym_table.h"
#include "vocabulary/vocabulary.h"

namespace tarjotin {

// Everything loaded from one vocabulary directory. Immutable once loaded;
// share it (std::shared_ptr<const VocabularySet>) between threads freely.
struct VocabularySet {
  std::string directory;
  Vocabulary vocabulary;
  ClassificationRules rules;
  SynonymTable synonyms;

  // A Classifier over this set; valid as long as the set is.
  Classifier classifier() const { return Classifier(vocabulary, rules); }
};

struct VocabularyError {
  std::string file;      // path of the file, or the directory
  std::string message;   // names the key where it can, e.g. "dimensions[1].concepts[3].labels: no \"sv\""
  std::string to_string() const { return file + ": " + message; }
};

// Loads and checks the directory; nullptr and *error when anything is wrong.
std::shared_ptr<const VocabularySet> load_vocabulary(const std::string& directory, VocabularyError* error);

}  // namespace tarjotin
