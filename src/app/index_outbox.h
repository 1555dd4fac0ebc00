#pragma once
// Brings the index up to date with the store: applies every pending change
// (Store::pending_index_changes) in batches, committing the index and then
// marking the batch indexed. Idempotent and crash-safe: what was not marked is
// applied again next time, so a sync killed between store and index loses
// nothing. A batch becomes visible to readers at once; a change set larger
// than one batch becomes visible batch by batch, each listing whole.

#include <cstdint>

#include "index/index_writer.h"
#include "store/store.h"

namespace tarjotin {

struct OutboxResult {
  std::int64_t upserted = 0;
  std::int64_t removed = 0;
};

// Throws what the index or store throws; what was committed stays committed.
OutboxResult apply_pending_index_changes(Store& store, IndexWriter& index, int batch_size = 5000);

}  // namespace tarjotin
