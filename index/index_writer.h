#pragma once
// The index on disk, and the two ways it is written.
//
// Layout under index_root:
//   current -> gen-<N>     a symlink, replaced atomically by rename(2)
//   gen-<N>/               a Xapian glass database
//   write.lock             held (flock) by any writer: sync and rebuild exclude each other
// Readers open whatever `current` points to. Old generations are deleted once
// they are two swaps old, so a reader that still has one open keeps working.
//
// The index is derived from the store only; it can always be rebuilt.

#include <functional>
#include <memory>
#include <string>

#include "model/listing.h"

namespace tarjotin {

// Incremental updates to the current generation (created if none exists).
// One writer at a time (the write lock); not thread-safe.
class IndexWriter {
 public:
  // Throws std::runtime_error naming the directory when it cannot be opened or locked.
  explicit IndexWriter(const std::string& index_root);
  ~IndexWriter();  // commits
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  void upsert(const Listing& listing);      // by id; idempotent
  void remove(const std::string& listing_id);
  void commit();                            // makes the changes visible to readers

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// False when an index exists at index_root but was built with another
// document layout (index_schema.h kSchemaVersion): rebuild it with
// rebuild_index before writing to it. True when there is no index yet.
bool index_is_current(const std::string& index_root);

// Builds a complete new generation from `for_each_listing` (which calls its
// argument once per listing) and then swaps it in atomically. Returns the number
// of listings indexed. Throws std::runtime_error on failure, leaving the
// current generation in place.
using ListingVisitor = std::function<void(const Listing&)>;
std::int64_t rebuild_index(const std::string& index_root,
                           const std::function<void(const ListingVisitor&)>& for_each_listing);

}  // namespace tarjotin
