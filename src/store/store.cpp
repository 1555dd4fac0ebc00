#include "store/store.h"

#include <sqlite3.h>

#include <cstdio>
#include <utility>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "model/listing_json.h"
#include "store/sqlite_statement.h"

namespace tarjotin {
namespace {

// Schema migrations, applied in order; PRAGMA user_version holds how many ran.
// Append new steps; never edit a released one.
const char* const kMigrations[] = {
    // 1: listings and sync runs.
    "CREATE TABLE listings ("
    "  id TEXT PRIMARY KEY,"
    "  source TEXT NOT NULL,"
    "  json TEXT NOT NULL,"            // listing_content_json: normalised, without bookkeeping
    "  raw TEXT NOT NULL,"             // the feed's payload for this listing
    "  content_hash TEXT NOT NULL,"
    "  first_seen INTEGER NOT NULL,"
    "  last_seen INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL,"
    "  removed_at INTEGER"             // NULL while active
    ");"
    "CREATE INDEX listings_by_source ON listings(source, removed_at, last_seen);"
    "CREATE TABLE sync_runs ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  source TEXT NOT NULL,"
    "  started INTEGER NOT NULL,"
    "  finished INTEGER NOT NULL DEFAULT 0,"
    "  status TEXT NOT NULL,"
    "  pages INTEGER NOT NULL DEFAULT 0,"
    "  added INTEGER NOT NULL DEFAULT 0,"
    "  updated INTEGER NOT NULL DEFAULT 0,"
    "  unchanged INTEGER NOT NULL DEFAULT 0,"
    "  removed INTEGER NOT NULL DEFAULT 0,"
    "  errors TEXT NOT NULL DEFAULT '[]'"
    ");"
    "CREATE INDEX sync_runs_by_source ON sync_runs(source, started);",
    // 2: the index as an outbox (indexed_hash = what the index holds, NULL =
    // not in the index), and whether a run was a full snapshot. Existing
    // listings start unindexed, so the next sync brings the index up to date.
    "ALTER TABLE listings ADD COLUMN indexed_hash TEXT;"
    "CREATE INDEX listings_index_pending ON listings(id) WHERE"
    "  (removed_at IS NULL AND indexed_hash IS NOT content_hash) OR"
    "  (removed_at IS NOT NULL AND indexed_hash IS NOT NULL);"
    "ALTER TABLE sync_runs ADD COLUMN full_snapshot INTEGER NOT NULL DEFAULT 1;",
    // 3: validators of feed responses, for conditional requests.
    "CREATE TABLE feed_validators ("
    "  url TEXT PRIMARY KEY,"
    "  source TEXT NOT NULL,"
    "  etag TEXT NOT NULL,"
    "  last_modified TEXT NOT NULL"
    ");",
    // 4: counsellors' shortlists (src/store/shortlist_store.h): no personal
    // data, deleted when they expire.
    "CREATE TABLE shortlists ("
    "  id TEXT PRIMARY KEY,"
    "  lang TEXT NOT NULL,"
    "  note TEXT NOT NULL,"
    "  listing_ids TEXT NOT NULL,"     // JSON array of listing ids, in order
    "  created INTEGER NOT NULL,"
    "  expires INTEGER NOT NULL"
    ");"
    "CREATE INDEX shortlists_by_expiry ON shortlists(expires);",
    // 5: duplicates across feeds (src/app/duplicates/). linked_hash = the
    // content hash the links were last computed for (NULL = never), like
    // indexed_hash for the index; match_keys find a listing's candidate
    // duplicates without comparing every pair; merge_links hold the decisions.
    "ALTER TABLE listings ADD COLUMN linked_hash TEXT;"
    "CREATE INDEX listings_link_pending ON listings(id) WHERE"
    "  (removed_at IS NULL AND linked_hash IS NOT content_hash) OR"
    "  (removed_at IS NOT NULL AND linked_hash IS NOT NULL);"
    "CREATE TABLE match_keys ("
    "  key TEXT NOT NULL,"
    "  listing_id TEXT NOT NULL,"
    "  PRIMARY KEY(key, listing_id)"
    ") WITHOUT ROWID;"
    "CREATE INDEX match_keys_by_listing ON match_keys(listing_id);"
    "CREATE TABLE merge_links ("
    "  listing_id TEXT PRIMARY KEY,"    // merged into / held at target_id
    "  target_id TEXT NOT NULL,"
    "  relation TEXT NOT NULL,"         // 'duplicate' | 'place'
    "  reason TEXT NOT NULL"
    ");"
    "CREATE INDEX merge_links_by_target ON merge_links(target_id, relation);",
    // 6: the app's match keys changed form (name with address or grid cell
    // instead of the name alone): forget them and relink every listing. The
    // links stay until the relink replaces them, so nothing merged shows twice meanwhile.
    "DELETE FROM match_keys;"
    "UPDATE listings SET linked_hash = NULL WHERE linked_hash IS NOT NULL;",
};

// FNV-1a 64: stable across runs and builds, enough to detect a change.
std::string content_hash(const std::string& text) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string errors_to_json(const std::vector<std::string>& errors) {
  rapidjson::Document doc(rapidjson::kArrayType);
  for (const auto& e : errors)
    doc.PushBack(rapidjson::Value(e.c_str(), static_cast<rapidjson::SizeType>(e.size()), doc.GetAllocator()),
                 doc.GetAllocator());
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buf);
  doc.Accept(writer);
  return buf.GetString();
}

std::vector<std::string> errors_from_json(const std::string& json) {
  std::vector<std::string> out;
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  if (doc.IsArray())
    for (const auto& v : doc.GetArray())
      if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

Listing listing_from_row(const Statement& s, int json_col, int first_col, int last_col) {
  auto listing = listing_from_json(s.text(json_col));
  if (!listing) throw StoreError("stored listing is not valid JSON");
  listing->first_seen = s.integer(first_col);
  listing->last_seen = s.integer(last_col);
  return std::move(*listing);
}

}  // namespace

Store::Store(const std::string& path) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                      nullptr) != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw StoreError("cannot open store " + path + ": " + message);
  }
  sqlite3_busy_timeout(db_, 10'000);
  try {
    exec(db_, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;", "configure store");
    migrate();
  } catch (...) {
    sqlite3_close(db_);
    throw;
  }
}

Store::~Store() { sqlite3_close(db_); }

int Store::schema_version() {
  Statement s(db_, "PRAGMA user_version");
  s.step();
  return static_cast<int>(s.integer(0));
}

void Store::migrate() {
  const int target = static_cast<int>(sizeof kMigrations / sizeof kMigrations[0]);
  Transaction tx(db_);
  int version = schema_version();
  if (version > target)
    throw StoreError("store schema version " + std::to_string(version) + " is newer than this tarjotin (" +
                     std::to_string(target) + ")");
  for (; version < target; ++version) exec(db_, kMigrations[version], "migrate store");
  exec(db_, ("PRAGMA user_version=" + std::to_string(target)).c_str(), "set schema version");
  tx.commit();
}

std::vector<UpsertOutcome> Store::upsert(const std::vector<StoredItem>& items, std::int64_t now) {
  std::vector<UpsertOutcome> outcomes;
  outcomes.reserve(items.size());
  Transaction tx(db_);
  Statement find(db_, "SELECT content_hash, raw, removed_at FROM listings WHERE id = ?");
  Statement insert(db_,
                   "INSERT INTO listings(id, source, json, raw, content_hash, first_seen, last_seen, updated_at) "
                   "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
  Statement update(db_,
                   "UPDATE listings SET source = ?, json = ?, raw = ?, content_hash = ?, last_seen = ?, "
                   "updated_at = ?, removed_at = NULL, first_seen = CASE WHEN removed_at IS NULL THEN first_seen "
                   "ELSE ? END WHERE id = ?");
  Statement touch(db_, "UPDATE listings SET last_seen = ?, raw = ? WHERE id = ?");
  for (const StoredItem& item : items) {
    const std::string json = listing_content_json(item.listing);
    const std::string hash = content_hash(json);
    find.reset();
    find.bind(1, item.listing.id);
    if (!find.step()) {
      insert.reset();
      insert.bind(1, item.listing.id).bind(2, item.listing.source).bind(3, json).bind(4, item.raw).bind(5, hash);
      insert.bind(6, now).bind(7, now).bind(8, now);
      insert.step();
      outcomes.push_back(UpsertOutcome::added);
      continue;
    }
    const bool was_removed = !find.is_null(2);
    if (!was_removed && find.text(0) == hash) {
      // Same content: only bookkeeping (and the raw payload, which may carry
      // volatile counters such as a place's n_events) changes.
      touch.reset();
      touch.bind(1, now).bind(2, item.raw).bind(3, item.listing.id);
      touch.step();
      outcomes.push_back(UpsertOutcome::unchanged);
      continue;
    }
    update.reset();
    update.bind(1, item.listing.source).bind(2, json).bind(3, item.raw).bind(4, hash).bind(5, now).bind(6, now);
    update.bind(7, now).bind(8, item.listing.id);
    update.step();
    outcomes.push_back(was_removed ? UpsertOutcome::added : UpsertOutcome::updated);
  }
  tx.commit();
  return outcomes;
}

std::vector<std::string> Store::remove(const std::vector<std::string>& ids, std::int64_t now) {
  std::vector<std::string> removed;
  Transaction tx(db_);
  Statement s(db_, "UPDATE listings SET removed_at = ?, updated_at = ? WHERE id = ? AND removed_at IS NULL");
  for (const auto& id : ids) {
    s.reset();
    s.bind(1, now).bind(2, now).bind(3, id);
    s.step();
    if (sqlite3_changes(db_) > 0) removed.push_back(id);
  }
  tx.commit();
  return removed;
}

std::vector<std::string> Store::active_ids_not_seen_since(const std::string& source, std::int64_t since) {
  Statement s(db_, "SELECT id FROM listings WHERE source = ? AND removed_at IS NULL AND last_seen < ? ORDER BY id");
  s.bind(1, source).bind(2, since);
  std::vector<std::string> ids;
  while (s.step()) ids.push_back(s.text(0));
  return ids;
}

std::vector<std::string> Store::active_ids(const std::string& source) {
  Statement s(db_, "SELECT id FROM listings WHERE source = ? AND removed_at IS NULL ORDER BY id");
  s.bind(1, source);
  std::vector<std::string> ids;
  while (s.step()) ids.push_back(s.text(0));
  return ids;
}

std::optional<Listing> Store::get(const std::string& id) {
  Statement s(db_, "SELECT json, first_seen, last_seen FROM listings WHERE id = ? AND removed_at IS NULL");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  return listing_from_row(s, 0, 1, 2);
}

std::optional<std::string> Store::raw_payload(const std::string& id) {
  Statement s(db_, "SELECT raw FROM listings WHERE id = ?");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  return s.text(0);
}

std::int64_t Store::count_active(const std::string& source) {
  Statement s(db_, "SELECT count(*) FROM listings WHERE removed_at IS NULL AND (? = '' OR source = ?)");
  s.bind(1, source).bind(2, source);
  s.step();
  return s.integer(0);
}

void Store::for_each_active(const std::function<void(const Listing&)>& visit) {
  exec(db_, "BEGIN", "begin read");
  try {
    Statement s(db_, "SELECT json, first_seen, last_seen FROM listings WHERE removed_at IS NULL ORDER BY id");
    while (s.step()) visit(listing_from_row(s, 0, 1, 2));
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
  exec(db_, "COMMIT", "end read");
}

void Store::in_one_transaction(const std::function<void()>& work) {
  Transaction tx(db_);
  work();
  tx.commit();
}

std::vector<IndexChange> Store::pending_index_changes(int limit) {
  Statement s(db_,
              "SELECT id, json, first_seen, last_seen, content_hash, removed_at FROM listings WHERE"
              "  ((removed_at IS NULL AND indexed_hash IS NOT content_hash) OR"
              "   (removed_at IS NOT NULL AND indexed_hash IS NOT NULL)) ORDER BY id LIMIT ?");
  s.bind(1, std::int64_t{limit});
  std::vector<IndexChange> changes;
  while (s.step()) {
    IndexChange change;
    change.id = s.text(0);
    if (s.is_null(5)) {
      change.listing = listing_from_row(s, 1, 2, 3);
      change.content_hash = s.text(4);
    }
    changes.push_back(std::move(change));
  }
  return changes;
}

void Store::mark_indexed(const std::vector<IndexChange>& applied) {
  Transaction tx(db_);
  Statement set(db_, "UPDATE listings SET indexed_hash = ? WHERE id = ?");
  for (const IndexChange& change : applied) {
    set.reset();
    if (change.listing) set.bind(1, change.content_hash);
    else set.bind_null(1);
    set.bind(2, change.id);
    set.step();
  }
  tx.commit();
}

void Store::mark_all_indexed() {
  exec(db_,
       "UPDATE listings SET indexed_hash = CASE WHEN removed_at IS NULL THEN content_hash ELSE NULL END "
       "WHERE indexed_hash IS NOT (CASE WHEN removed_at IS NULL THEN content_hash ELSE NULL END)",
       "mark listings indexed");
}

std::vector<std::string> Store::pending_link_ids(int limit) {
  Statement s(db_,
              "SELECT id FROM listings WHERE"
              "  ((removed_at IS NULL AND linked_hash IS NOT content_hash) OR"
              "   (removed_at IS NOT NULL AND linked_hash IS NOT NULL)) ORDER BY id LIMIT ?");
  s.bind(1, std::int64_t{limit});
  std::vector<std::string> ids;
  while (s.step()) ids.push_back(s.text(0));
  return ids;
}

void Store::mark_linked(const std::vector<std::string>& ids) {
  Transaction tx(db_);
  Statement set(db_,
                "UPDATE listings SET linked_hash = CASE WHEN removed_at IS NULL THEN content_hash ELSE NULL END "
                "WHERE id = ?");
  for (const std::string& id : ids) {
    set.reset();
    set.bind(1, id);
    set.step();
  }
  tx.commit();
}

void Store::clear_links() {
  Transaction tx(db_);
  exec(db_, "DELETE FROM match_keys; DELETE FROM merge_links; UPDATE listings SET linked_hash = NULL;", "clear links");
  tx.commit();
}

void Store::set_match_keys(const std::string& id, const std::vector<std::string>& keys) {
  Transaction tx(db_);
  Statement clear(db_, "DELETE FROM match_keys WHERE listing_id = ?");
  clear.bind(1, id);
  clear.step();
  Statement add(db_, "INSERT OR IGNORE INTO match_keys(key, listing_id) VALUES(?, ?)");
  for (const std::string& key : keys) {
    add.reset();
    add.bind(1, key).bind(2, id);
    add.step();
  }
  tx.commit();
}

std::vector<std::string> Store::ids_with_match_key(const std::string& key, const std::string& except_source,
                                                   int limit) {
  Statement s(db_,
              "SELECT k.listing_id FROM match_keys k JOIN listings l ON l.id = k.listing_id "
              "WHERE k.key = ? AND l.removed_at IS NULL AND l.source <> ? ORDER BY k.listing_id LIMIT ?");
  s.bind(1, key).bind(2, except_source).bind(3, static_cast<std::int64_t>(limit > 0 ? limit : -1));
  std::vector<std::string> ids;
  while (s.step()) ids.push_back(s.text(0));
  return ids;
}

std::optional<MergeLink> Store::link_from(const std::string& id) {
  Statement s(db_, "SELECT listing_id, target_id, relation, reason FROM merge_links WHERE listing_id = ?");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  return MergeLink{s.text(0), s.text(1), s.text(2), s.text(3)};
}

std::vector<MergeLink> Store::links_to(const std::string& target_id) {
  Statement s(db_,
              "SELECT listing_id, target_id, relation, reason FROM merge_links WHERE target_id = ? "
              "ORDER BY relation, listing_id");
  s.bind(1, target_id);
  std::vector<MergeLink> links;
  while (s.step()) links.push_back({s.text(0), s.text(1), s.text(2), s.text(3)});
  return links;
}

void Store::set_link(const std::string& id, const std::optional<MergeLink>& link) {
  if (!link) {
    Statement s(db_, "DELETE FROM merge_links WHERE listing_id = ?");
    s.bind(1, id);
    s.step();
    return;
  }
  Statement s(db_,
              "INSERT INTO merge_links(listing_id, target_id, relation, reason) VALUES(?, ?, ?, ?) "
              "ON CONFLICT(listing_id) DO UPDATE SET target_id = excluded.target_id, relation = excluded.relation, "
              "reason = excluded.reason");
  s.bind(1, id).bind(2, link->target_id).bind(3, link->relation).bind(4, link->reason);
  s.step();
}

std::int64_t Store::count_merged_away() {
  Statement s(db_,
              "SELECT count(*) FROM merge_links m JOIN listings l ON l.id = m.listing_id "
              "WHERE m.relation = 'duplicate' AND l.removed_at IS NULL");
  s.step();
  return s.integer(0);
}

void Store::mark_needs_reindex(const std::vector<std::string>& ids) {
  Transaction tx(db_);
  Statement s(db_, "UPDATE listings SET indexed_hash = NULL WHERE id = ? AND removed_at IS NULL");
  for (const std::string& id : ids) {
    s.reset();
    s.bind(1, id);
    s.step();
  }
  tx.commit();
}

std::pair<std::string, std::string> Store::feed_validators(const std::string& url) {
  Statement s(db_, "SELECT etag, last_modified FROM feed_validators WHERE url = ?");
  s.bind(1, url);
  if (!s.step()) return {};
  return {s.text(0), s.text(1)};
}

void Store::set_feed_validators(const std::string& source, const std::string& url, const std::string& etag,
                                const std::string& last_modified) {
  Statement s(db_,
              "INSERT INTO feed_validators(url, source, etag, last_modified) VALUES(?, ?, ?, ?) "
              "ON CONFLICT(url) DO UPDATE SET source = excluded.source, etag = excluded.etag, "
              "last_modified = excluded.last_modified");
  s.bind(1, url).bind(2, source).bind(3, etag).bind(4, last_modified);
  s.step();
}

std::optional<SyncRun> Store::last_ok_run(const std::string& source, bool full_snapshot_only) {
  for (SyncRun& run : recent_runs(source, 1000))
    if (run.status == "ok" && (run.full_snapshot || !full_snapshot_only)) return std::move(run);
  return std::nullopt;
}

std::int64_t Store::begin_run(const std::string& source, std::int64_t started) {
  Statement s(db_, "INSERT INTO sync_runs(source, started, status) VALUES(?, ?, 'running')");
  s.bind(1, source).bind(2, started);
  s.step();
  return sqlite3_last_insert_rowid(db_);
}

void Store::finish_run(const SyncRun& run) {
  Statement s(db_,
              "UPDATE sync_runs SET finished = ?, status = ?, pages = ?, added = ?, updated = ?, unchanged = ?, "
              "removed = ?, errors = ?, full_snapshot = ? WHERE id = ?");
  s.bind(1, run.finished).bind(2, run.status).bind(3, std::int64_t{run.pages}).bind(4, std::int64_t{run.added});
  s.bind(5, std::int64_t{run.updated}).bind(6, std::int64_t{run.unchanged}).bind(7, std::int64_t{run.removed});
  s.bind(8, errors_to_json(run.errors)).bind(9, std::int64_t{run.full_snapshot ? 1 : 0}).bind(10, run.id);
  s.step();
}

std::vector<SyncRun> Store::recent_runs(const std::string& source, int limit) {
  Statement s(db_,
              "SELECT id, source, started, finished, status, pages, added, updated, unchanged, removed, errors, "
              "full_snapshot "
              "FROM sync_runs WHERE ? = '' OR source = ? ORDER BY id DESC LIMIT ?");
  s.bind(1, source).bind(2, source).bind(3, std::int64_t{limit});
  std::vector<SyncRun> runs;
  while (s.step()) {
    SyncRun r;
    r.id = s.integer(0);
    r.source = s.text(1);
    r.started = s.integer(2);
    r.finished = s.integer(3);
    r.status = s.text(4);
    r.pages = static_cast<int>(s.integer(5));
    r.added = static_cast<int>(s.integer(6));
    r.updated = static_cast<int>(s.integer(7));
    r.unchanged = static_cast<int>(s.integer(8));
    r.removed = static_cast<int>(s.integer(9));
    r.errors = errors_from_json(s.text(10));
    r.full_snapshot = s.integer(11) != 0;
    runs.push_back(std::move(r));
  }
  return runs;
}

}  // namespace tarjotin
