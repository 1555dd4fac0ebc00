#include "app/index_outbox.h"

#include "app/duplicates/merge_links.h"

namespace tarjotin {

OutboxResult apply_pending_index_changes(Store& store, IndexWriter& index, int batch_size) {
  OutboxResult result;
  // Duplicate links first: they put the listings whose documents depend on a
  // changed one (its group, the events held at it) into the outbox too.
  duplicates::update_pending_links(store);
  while (true) {
    const std::vector<IndexChange> batch = store.pending_index_changes(batch_size);
    if (batch.empty()) break;
    for (const IndexChange& change : batch) {
      const std::optional<Listing> view =
          change.listing ? duplicates::index_view(store, *change.listing) : std::nullopt;
      if (view) {
        index.upsert(*view);
        ++result.upserted;
      } else {  // removed, or merged into another listing's document
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
    duplicates::recompute_all_links(store);
    store.for_each_active([&](const Listing& listing) {
      if (const std::optional<Listing> view = duplicates::index_view(store, listing)) visit(*view);
    });
    store.mark_all_indexed();
  });
}

bool rebuild_if_schema_changed(Store& store, const std::string& index_root) {
  if (index_is_current(index_root)) return false;
  rebuild_index_from_store(store, index_root);
  return true;
}

}  // namespace tarjotin
