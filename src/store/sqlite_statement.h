#pragma once
// Statement: a prepared SQLite statement with RAII finalisation and the few
// bind/column helpers the store needs. Throws StoreError with SQLite's message.

#include <cstdint>
#include <string>

#include <sqlite3.h>

namespace tarjotin {

class Statement {
 public:
  Statement(sqlite3* db, const char* sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, const std::string& value);
  Statement& bind(int index, std::int64_t value);
  Statement& bind_null(int index);

  // Steps once: true while a row is available, false when done.
  bool step();
  void reset();

  std::string text(int column) const;
  std::int64_t integer(int column) const;
  bool is_null(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// Runs SQL without results; throws StoreError naming `what` on failure.
void exec(sqlite3* db, const char* sql, const char* what);

// BEGIN IMMEDIATE ... COMMIT, rolled back if not committed. Inside a
// transaction already open on `db` it joins that one: commit() and the
// destructor leave it to the outer Transaction, which commits or rolls back
// the whole (an exception from the inner part rolls back the outer one as it
// passes through).
class Transaction {
 public:
  explicit Transaction(sqlite3* db);
  ~Transaction();
  void commit();

 private:
  sqlite3* db_;
  bool joined_;
  bool done_ = false;
};

}  // namespace tarjotin
