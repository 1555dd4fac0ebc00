#pragma once
// `tarjotin vocab ...`: maintenance of the controlled vocabulary against the
// store (the vocabulary itself is in config/vocabulary/):
//
//   vocab check                            load and check the files; print their version and size
//   vocab unmapped [--source NAME] [--limit N]
//                                          the most frequent source keywords (id, labels, listings)
//                                          that no mapping covers, from the stored listings
//   vocab reclassify                       classify every stored listing again with the current
//                                          files; changed ones are stored and indexed
//
// Writes its report to `out`; returns the CLI exit code (0 ok, 1 failed, 2 usage).

#include <cstdint>
#include <ostream>
#include <string>

#include "app/config.h"
#include "store/store.h"
#include "vocabulary/vocabulary_files.h"

namespace tarjotin {

struct VocabCommand {
  std::string action;        // "check" | "unmapped" | "reclassify"
  std::string source;        // unmapped: only this source's listings ("" = all)
  int limit = 50;            // unmapped: rows to print (0 = all)
};

int run_vocab_command(const VocabCommand& command, const Config& config, const VocabularySet& vocabulary,
                      std::ostream& out, std::ostream& err);

// Classifies every active listing of `store` with `classifier` and stores the
// ones whose categories or target groups change (with their raw payload, so
// the store's outbox takes them to the index). Returns how many changed.
std::int64_t reclassify_store(Store& store, const Classifier& classifier);

}  // namespace tarjotin
