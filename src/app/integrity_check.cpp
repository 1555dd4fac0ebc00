#include "app/integrity_check.h"

#include <sqlite3.h>

#include <memory>

#include "app/duplicates/merge_links.h"
#include "app/index_outbox.h"
#include "index/searcher.h"
#include "model/listing_json.h"

namespace tarjotin {
namespace {

// PRAGMA integrity_check over its own read-only connection: "" when "ok".
std::string sqlite_integrity(const std::string& path) {
  sqlite3* raw = nullptr;
  if (sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    const std::string message = raw ? sqlite3_errmsg(raw) : "cannot open";
    sqlite3_close(raw);
    return "cannot open " + path + ": " + message;
  }
  std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close);
  sqlite3_busy_timeout(db.get(), 10'000);
  sqlite3_stmt* raw_statement = nullptr;
  if (sqlite3_prepare_v2(db.get(), "PRAGMA integrity_check", -1, &raw_statement, nullptr) != SQLITE_OK)
    return std::string("PRAGMA integrity_check failed: ") + sqlite3_errmsg(db.get());
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw_statement, sqlite3_finalize);
  std::string problems;
  int rc;
  while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement.get(), 0));
    const std::string line = text ? text : "";
    if (line != "ok") problems += (problems.empty() ? "" : "; ") + line;
  }
  if (rc != SQLITE_DONE) problems += (problems.empty() ? "" : "; ") + std::string(sqlite3_errmsg(db.get()));
  return problems;
}

}  // namespace

std::string IntegrityReport::describe() const {
  std::string out = "store: " + (store_ok() ? "ok (" + std::to_string(stored) + " listings)" : store_problem) + "\n";
  if (!index_problem.empty()) return out + "index: " + index_problem + "\n";
  const std::string merged_text =
      merged ? ", " + std::to_string(merged) + " listings merged into others as duplicates" : std::string();
  if (index_agrees())
    return out + "index: agrees with the store (" + std::to_string(indexed) + " documents" + merged_text + ")\n";
  out += "index: " + std::to_string(indexed) + " documents for " + std::to_string(stored) + " listings" + merged_text;
  if (missing) out += ", " + std::to_string(missing) + " missing";
  if (differing) out += ", " + std::to_string(differing) + " out of date";
  if (pending) out += ", " + std::to_string(pending) + " store changes not yet indexed";
  std::string ids;
  for (const std::string& id : examples) ids += (ids.empty() ? "" : ", ") + id;
  if (!ids.empty()) out += " (e.g. " + ids + ")";
  return out + "\n";
}

std::string store_integrity_problem(const std::string& store_path) { return sqlite_integrity(store_path); }

IntegrityReport check_integrity(Store& store, const std::string& store_path, const std::string& index_root) {
  IntegrityReport report;
  report.store_problem = sqlite_integrity(store_path);
  report.stored = store.count_active();
  report.merged = store.count_merged_away();
  report.pending = static_cast<std::int64_t>(store.pending_index_changes(1000).size());
  try {
    Searcher searcher(index_root);
    report.indexed = searcher.size();
    store.for_each_active([&](const Listing& listing) {
      // What the index should hold: the listing with its duplicates merged in,
      // or, for one merged into another, that other listing's document.
      const std::optional<Listing> expected = duplicates::index_view(store, listing);
      const std::optional<Listing> indexed = searcher.get(listing.id);
      const bool missing = !indexed;
      if (missing)
        ++report.missing;
      else if (!expected ? indexed->id == listing.id
                         : listing_content_json(*indexed) != listing_content_json(*expected))
        ++report.differing;
      else
        return;
      if (report.examples.size() < 5) report.examples.push_back(listing.id);
    });
  } catch (const std::exception& e) {
    report.index_problem = std::string("cannot be read: ") + e.what();
  }
  return report;
}

std::int64_t repair_index(Store& store, const std::string& index_root) {
  return rebuild_index_from_store(store, index_root);
}

}  // namespace tarjotin
