#pragma once
// ShortlistStore: counsellors' shortlists in the store's SQLite file (table
// "shortlists", migration 4 of store.cpp). A row holds listing ids, a
// language, a note, and when it was made and expires; no personal data.
// Expired rows are deleted: by purge_expired() (at start and on every add)
// and by find() when it meets one.
//
// Threading: one ShortlistStore per thread (it owns an SQLite connection);
// any number may share the file. Errors are thrown as StoreError.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace tarjotin {

struct StoredShortlist {
  std::string id;
  std::string lang;
  std::string note;
  std::vector<std::string> listing_ids;
  std::int64_t created = 0;   // UTC seconds
  std::int64_t expires = 0;   // UTC seconds
};

class ShortlistStore {
 public:
  // Opens (creating and migrating if needed) the store file at `path`.
  explicit ShortlistStore(const std::string& path);
  ~ShortlistStore();
  ShortlistStore(const ShortlistStore&) = delete;
  ShortlistStore& operator=(const ShortlistStore&) = delete;

  // Inserts `list` and deletes the shortlists expired by list.created.
  // Throws StoreError if the id is taken.
  void add(const StoredShortlist& list);

  // The shortlist `id` if it exists and expires after `now`; an expired one
  // is deleted and not returned.
  std::optional<StoredShortlist> find(const std::string& id, std::int64_t now);

  // Deletes every shortlist with expires <= now; returns how many.
  int purge_expired(std::int64_t now);

  std::int64_t count();

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace tarjotin
