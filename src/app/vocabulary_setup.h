#pragma once
// Wires the controlled vocabulary (src/vocabulary) into the layers that use it
// without depending on it: the index gets facet labels and query concepts
// through the hooks it offers (index/value_labels.h, index/text_query.h), and
// sync gets a classifier hook (SyncOptions::classify).
//
// Where the vocabulary lives: `--vocabulary DIR` when given, else the
// directory "vocabulary" next to the config file (config/vocabulary/ for
// config/tarjotin.json) when it exists; otherwise tarjotin runs without one
// (listings are stored unclassified, searches are not expanded).

#include <functional>
#include <memory>
#include <string>

#include "app/config.h"
#include "index/text_query.h"
#include "model/listing.h"
#include "vocabulary/vocabulary_files.h"

namespace tarjotin {

// The directory to load: `explicit_dir` if not empty, else <config dir>/vocabulary
// if it is a directory, else "".
std::string vocabulary_directory(const Config& config, const std::string& explicit_dir);

// Installs the labels and query concepts of `set` into the index, process-wide;
// nullptr removes them. Call at start, before searching.
void install_vocabulary_in_index(std::shared_ptr<const VocabularySet> set);

// What the synonym table of `set` finds in a query, as the index wants it.
QueryConcepts query_concepts(const VocabularySet& set, const std::string& q);

// A SyncOptions::classify hook that classifies with `set` (kept alive by the hook).
std::function<void(Listing&)> listing_classifier(std::shared_ptr<const VocabularySet> set);

}  // namespace tarjotin
