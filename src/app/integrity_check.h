#pragma once
// Store <-> index agreement, for `tarjotin check` and for `serve` after an
// unclean shutdown (docs/reliability.md).
//
// check_integrity() reads only: SQLite's PRAGMA integrity_check on the store,
// whether the index opens, and whether the index holds exactly the store's
// active listings with the same content (its size, and every stored listing
// found in it unchanged), as app/duplicates/merge_links.h index_view() makes
// them: a listing merged into another is found as that one's document. repair_index() rebuilds the index from the store,
// which is the source of truth; a damaged store cannot be repaired here.

#include <cstdint>
#include <string>
#include <vector>

#include "store/store.h"

namespace tarjotin {

struct IntegrityReport {
  std::string store_problem;   // "" when PRAGMA integrity_check says "ok"
  std::string index_problem;   // "" when the index opens
  std::int64_t stored = 0;     // active listings in the store
  std::int64_t merged = 0;     // active listings merged into another's document (duplicates)
  std::int64_t indexed = 0;    // documents in the index: stored - merged when they agree
  std::int64_t pending = 0;    // store changes the index has not been given yet (the outbox)
  std::int64_t missing = 0;    // stored listings the index lacks
  std::int64_t differing = 0;  // stored listings the index holds with other content
  std::vector<std::string> examples;  // up to 5 ids that are missing or differ

  bool store_ok() const { return store_problem.empty(); }
  bool index_agrees() const {
    return index_problem.empty() && missing == 0 && differing == 0 && stored - merged == indexed && pending == 0;
  }
  // One line per finding, e.g. "store: ok (42 listings)", "index: 2 listings missing (le:1, le:2)".
  std::string describe() const;
};

IntegrityReport check_integrity(Store& store, const std::string& store_path, const std::string& index_root);

// PRAGMA integrity_check over a read-only connection of its own: "" when the
// store file is sound, else what SQLite says is wrong (or why it cannot open it).
std::string store_integrity_problem(const std::string& store_path);

// Rebuilds the index from the store (rebuild_index_from_store); returns the listings indexed.
std::int64_t repair_index(Store& store, const std::string& index_root);

}  // namespace tarjotin
