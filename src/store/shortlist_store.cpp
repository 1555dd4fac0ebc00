#include "store/shortlist_store.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <sqlite3.h>

#include "store/sqlite_statement.h"
#include "store/store.h"

namespace tarjotin {
namespace {

std::string ids_to_json(const std::vector<std::string>& ids) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartArray();
  for (const auto& id : ids) w.String(id.c_str(), static_cast<rapidjson::SizeType>(id.size()));
  w.EndArray();
  return std::string(buf.GetString(), buf.GetSize());
}

std::vector<std::string> ids_from_json(const std::string& json) {
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  if (!doc.IsArray()) throw StoreError("stored shortlist has damaged listing ids");
  std::vector<std::string> out;
  for (const auto& v : doc.GetArray())
    if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

}  // namespace

ShortlistStore::ShortlistStore(const std::string& path) {
  { Store migrate(path); }  // creates the file and brings the schema (with the shortlists table) up to date
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw StoreError("cannot open store " + path + ": " + message);
  }
  sqlite3_busy_timeout(db_, 10'000);
}

ShortlistStore::~ShortlistStore() { sqlite3_close(db_); }

void ShortlistStore::add(const StoredShortlist& list) {
  Transaction tx(db_);
  Statement(db_, "DELETE FROM shortlists WHERE expires <= ?").bind(1, list.created).step();
  Statement insert(db_,
                   "INSERT INTO shortlists(id, lang, note, listing_ids, created, expires) VALUES(?, ?, ?, ?, ?, ?)");
  insert.bind(1, list.id).bind(2, list.lang).bind(3, list.note).bind(4, ids_to_json(list.listing_ids));
  insert.bind(5, list.created).bind(6, list.expires);
  insert.step();
  tx.commit();
}

std::optional<StoredShortlist> ShortlistStore::find(const std::string& id, std::int64_t now) {
  Statement s(db_, "SELECT lang, note, listing_ids, created, expires FROM shortlists WHERE id = ?");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  StoredShortlist list;
  list.id = id;
  list.lang = s.text(0);
  list.note = s.text(1);
  list.listing_ids = ids_from_json(s.text(2));
  list.created = s.integer(3);
  list.expires = s.integer(4);
  s.reset();
  if (list.expires <= now) {
    Statement(db_, "DELETE FROM shortlists WHERE id = ?").bind(1, id).step();
    return std::nullopt;
  }
  return list;
}

int ShortlistStore::purge_expired(std::int64_t now) {
  Statement(db_, "DELETE FROM shortlists WHERE expires <= ?").bind(1, now).step();
  return sqlite3_changes(db_);
}

std::int64_t ShortlistStore::count() {
  Statement s(db_, "SELECT COUNT(*) FROM shortlists");
  s.step();
  return s.integer(0);
}

}  // namespace tarjotin
