#include "app/index_outbox.h"

namespace tarjotin {

OutboxResult apply_pending_index_changes(Store& store, IndexWriter& index, int batch_size) {
  OutboxResult result;
  while (true) {
    const std::vector<IndexChange> batch = store.pending_index_changes(batch_size);
    if (batch.empty()) break;
    for (const IndexChange& change : batch) {
      if (change.listing) {
        index.upsert(*change.listing);
        ++result.upserted;
      } else {
        index.remove(change.id);
        ++result.removed;
      }
    }
    index.commit();
    store.mark_indexed(batch);
    if (static_cast<int>(batch.size()) < batch_size) break;
  }
  return result;
}

std::int64_t rebuild_index_from_store(Store& store, const std::string& index_root) {
  // Every sync holds the index write lock for its whole run, and rebuild_index
  // holds it while this callback runs: no sync changes the store between
  // reading it and marking it indexed. (Should the final swap fail, the next
  // reindex repairs it.)
  return rebuild_index(index_root, [&](const ListingVisitor& visit) {
    store.for_each_active(visit);
    store.mark_all_indexed();
  });
}

bool rebuild_if_schema_changed(Store& store, const std::string& index_root) {
  if (index_is_current(index_root)) return false;
  rebuild_index_from_store(store, index_root);
  return true;
}

}  // namespace tarjotin
