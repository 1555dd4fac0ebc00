#pragma once
// Store: the catalogue's source of truth, one SQLite file in WAL mode.
//
// Holds every listing as its normalised JSON, the raw source payload and a
// content hash, plus the history of sync runs. The Xapian index is derived from
// it and can always be rebuilt from it.
//
// Threading: one Store per thread (SQLite connection); several processes may
// open the same file (WAL: many readers, one writer; writers wait up to
// busy_timeout). Errors are thrown as StoreError with SQLite's message.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "model/listing.h"

struct sqlite3;

namespace tarjotin {

class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct StoredItem {
  Listing listing;
  std::string raw;   // the source payload of this listing, as the feed sent it
};

enum class UpsertOutcome { added, updated, unchanged };

// A listing whose state in the index is behind the store: upsert `listing`,
// or remove `id` from the index when `listing` is empty.
struct IndexChange {
  std::string id;
  std::optional<Listing> listing;
  std::string content_hash;  // what the index will hold once applied ("" for a removal)
};

// A decision about duplicates (src/app/duplicates/): listing_id is merged
// into target_id (relation "duplicate": one search result, target_id the
// canonical listing) or is an event held at place target_id (relation
// "place": it inherits what it does not say). reason is for people.
struct MergeLink {
  std::string listing_id;
  std::string target_id;
  std::string relation;
  std::string reason;
  bool operator==(const MergeLink& o) const {
    return listing_id == o.listing_id && target_id == o.target_id && relation == o.relation && reason == o.reason;
  }
};

struct SyncRun {
  std::int64_t id = 0;
  std::string source;
  std::int64_t started = 0;     // UTC seconds
  std::int64_t finished = 0;    // 0 while running
  std::string status;           // "running" | "ok" | "failed"
  bool full_snapshot = true;    // false for an incremental pull
  int pages = 0;
  int added = 0, updated = 0, unchanged = 0, removed = 0;
  std::vector<std::string> errors;
};

class Store {
 public:
  // Opens or creates the database at `path` and migrates it to the current schema.
  explicit Store(const std::string& path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Inserts or updates the listings in one transaction. A listing whose content
  // (listing_content_json) and raw payload are unchanged is left as it is apart
  // from last_seen, and reported unchanged. A listing that had been removed comes
  // back as added. Sets first_seen (kept from the first time) and last_seen = now.
  // Returns one outcome per item, in order.
  std::vector<UpsertOutcome> upsert(const std::vector<StoredItem>& items, std::int64_t now);

  // Marks the listings as removed (kept in the file, hidden from everything
  // else). Returns the ids that were active and now are removed.
  std::vector<std::string> remove(const std::vector<std::string>& ids, std::int64_t now);

  // Ids of the active listings of `source`, sorted.
  std::vector<std::string> active_ids(const std::string& source);

  // Ids of the active listings of `source` whose last_seen is before `since`.
  std::vector<std::string> active_ids_not_seen_since(const std::string& source, std::int64_t since);

  std::optional<Listing> get(const std::string& id);              // active listings only
  std::optional<std::string> raw_payload(const std::string& id);
  std::int64_t count_active(const std::string& source = "");      // "" = all sources

  // Calls `visit` for every active listing, in id order. Reads in one
  // transaction, so it sees a consistent snapshot.
  void for_each_active(const std::function<void(const Listing&)>& visit);

  // The index as an outbox: every listing remembers the content hash the index
  // holds. pending_index_changes() returns up to `limit` listings whose index
  // state is behind (new, changed, or removed but still indexed), in id order;
  // after the caller has committed them to the index, mark_indexed() records
  // it. A crash in between only means they are applied again (idempotent).
  std::vector<IndexChange> pending_index_changes(int limit);
  void mark_indexed(const std::vector<IndexChange>& applied);
  // After a full rebuild from for_each_active(): the index holds exactly the
  // active listings. REQUIRES: no writer changed the store since the rebuild read it.
  void mark_all_indexed();

  // Runs `work` in one write transaction: the store calls it makes (reads and
  // writes) share one lock and one commit instead of one each, which is what
  // a loop of many small calls needs. Rolled back if `work` throws.
  void in_one_transaction(const std::function<void()>& work);

  // Duplicate links, kept like the index outbox: every listing remembers
  // the content hash its links were computed for. pending_link_ids() returns
  // up to `limit` ids (id order) whose links are behind (new, changed, or
  // removed with links); mark_linked() records that they are done.
  // clear_links() forgets every key and link and makes every listing pending
  // (a full recompute). The decisions themselves are the app's.
  std::vector<std::string> pending_link_ids(int limit);
  void mark_linked(const std::vector<std::string>& ids);
  void clear_links();
  // Replaces the listing's match keys (strings such as "place:tprek:1" or
  // "addr:uimahalli|yrjonkatu21b"); ids_with_match_key() gives the active listings with a
  // key, in id order: none of `except_source` (unless ""), at most `limit` (0 = all).
  void set_match_keys(const std::string& id, const std::vector<std::string>& keys);
  std::vector<std::string> ids_with_match_key(const std::string& key, const std::string& except_source = "",
                                              int limit = 0);
  std::optional<MergeLink> link_from(const std::string& id);
  std::vector<MergeLink> links_to(const std::string& target_id);   // ordered by relation, then id
  void set_link(const std::string& id, const std::optional<MergeLink>& link);  // nullopt: no link
  // Active listings merged into another (relation "duplicate"): not documents of their own.
  std::int64_t count_merged_away();
  // Puts active listings back in the index outbox (their document depends on
  // a listing that changed), so the next apply rebuilds their documents.
  void mark_needs_reindex(const std::vector<std::string>& ids);

  // Validators (ETag, Last-Modified) of a feed URL's last completely delivered
  // response, for conditional requests; empty strings when none are known.
  std::pair<std::string, std::string> feed_validators(const std::string& url);
  void set_feed_validators(const std::string& source, const std::string& url, const std::string& etag,
                           const std::string& last_modified);

  // The most recent run of `source` with status "ok" (optionally only full snapshots).
  std::optional<SyncRun> last_ok_run(const std::string& source, bool full_snapshot_only);

  std::int64_t begin_run(const std::string& source, std::int64_t started);
  void finish_run(const SyncRun& run);  // by run.id
  std::vector<SyncRun> recent_runs(const std::string& source = "", int limit = 20);

  int schema_version();

 private:
  void migrate();
  sqlite3* db_ = nullptr;
};

}  // namespace tarjotin
