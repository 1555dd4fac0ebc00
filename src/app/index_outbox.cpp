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

}  // namespace tarjotin
