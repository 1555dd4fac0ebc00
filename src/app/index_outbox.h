#pragma once
// Brings the index up to date with the store: applies every pending change
// (Store::pending_index_changes) in batches, committing the index and then
// marking the batch indexed. Idempotent and crash-safe: what was not marked is
// applied again next time, so a sync killed between store and index loses
// nothing. A batch becomes visible to readers at once; a change set larger
// than one batch becomes visible batch by batch, each listing whole.
//
// What the index holds of a listing is its duplicates::index_view() (merged
// duplicates, what an event inherits from its place; app/duplicates/): the
// duplicate links are brought up to date first, which puts every listing
// whose document depends on a changed one back into the outbox.

#include <cstdint>
#include <string>

#include "index/index_writer.h"
#include "store/store.h"

namespace tarjotin {

struct OutboxResult {
  std::int64_t upserted = 0;
  std::int64_t removed = 0;
};

// Throws what the index or store throws; what was committed stays committed.
OutboxResult apply_pending_index_changes(Store& store, IndexWriter& index, int batch_size = 5000);

// Recomputes all duplicate links and rebuilds the whole index from the store's active listings into a new
// generation, swaps it in and marks the store indexed. Returns the number of
// listings. Takes the index write lock (throws if a sync holds it).
std::int64_t rebuild_index_from_store(Store& store, const std::string& index_root);

// Rebuilds when the index on disk was built with another document layout (an
// upgrade of tarjotin); returns true if it did. A no-op otherwise.
bool rebuild_if_schema_changed(Store& store, const std::string& index_root);

}  // namespace tarjotin
