#pragma once
// The application's ShortlistBook (api/shortlist_book.h): shortlists kept in
// the store's SQLite file through src/store/shortlist_store.h, one connection
// per worker thread. Thread-safe.

#include <memory>
#include <string>

#include "api/shortlist_book.h"

namespace tarjotin {

// A book over the store file at `store_path`. Deletes the shortlists that
// have already expired before returning (so a restart cleans up).
std::shared_ptr<ShortlistBook> store_shortlist_book(const std::string& store_path);

}  // namespace tarjotin
