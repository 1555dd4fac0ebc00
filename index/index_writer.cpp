#include "index/index_writer.h"

#include <stdexcept>
#include <unordered_set>

#include <xapian.h>

#include "index/facet_labels.h"
#include "index/index_layout.h"
#include "index/index_schema.h"
#include "index/listing_document.h"
#include "index/spelling.h"
#include "index/term_labels.h"

namespace tarjotin {
namespace {

constexpr std::int64_t kRebuildBatch = 10'000;

std::runtime_error xapian_failure(const std::string& what, const std::string& path, const Xapian::Error& e) {
  return std::runtime_error("index: " + what + " " + path + ": " + e.get_description());
}

}  // namespace

// ---- IndexWriter ----

struct IndexWriter::Impl {
  explicit Impl(const std::string& root) : lock(root) {
    std::optional<std::string> generation = current_generation(root);
    const bool fresh = !generation;
    if (fresh) generation = next_generation(root);
    path = generation_path(root, *generation);
    try {
      db = Xapian::WritableDatabase(path, fresh ? Xapian::DB_CREATE_OR_OPEN : Xapian::DB_OPEN);
      if (fresh) {
        db.set_metadata(schema::kSchemaVersionKey, schema::kSchemaVersion);
        db.commit();  // an empty but valid database before readers can see it
        swap_current(root, *generation);
      }
      started_empty = db.get_doccount() == 0;
    } catch (const Xapian::Error& e) {
      throw xapian_failure("cannot open", path, e);
    }
  }

  WriteLock lock;  // first: released last
  std::string path;
  Xapian::WritableDatabase db;
  MunicipalityLabels labels;
  TermLabels term_labels;
  // An index that was empty when the (exclusive) write lock was taken holds
  // only the ids added since: the others need no lookup of their id term,
  // which is most of replace_document's cost (a first sync of 100k listings).
  bool started_empty = false;
  std::unordered_set<std::string> added;
};

IndexWriter::IndexWriter(const std::string& index_root) : impl_(std::make_unique<Impl>(index_root)) {}

IndexWriter::~IndexWriter() {
  try {
    impl_->db.commit();
  } catch (...) {  // a destructor must not throw; callers wanting errors call commit()
  }
}

void IndexWriter::upsert(const Listing& listing) {
  try {
    const Xapian::Document doc = listing_document(listing);
    add_spelling_words(impl_->db, doc);  // "did you mean" (spelling.h)
    if (impl_->started_empty && impl_->added.insert(listing.id).second)
      impl_->db.add_document(doc);
    else
      impl_->db.replace_document(schema::id_term(listing.id), doc);
    impl_->labels.note(impl_->db, listing);
    impl_->term_labels.note(impl_->db, listing);
  } catch (const Xapian::Error& e) {
    throw xapian_failure("cannot index " + listing.id + " in", impl_->path, e);
  }
}

void IndexWriter::remove(const std::string& listing_id) {
  if (impl_->started_empty && !impl_->added.count(listing_id)) return;  // never indexed
  try {
    impl_->db.delete_document(schema::id_term(listing_id));
  } catch (const Xapian::Error& e) {
    throw xapian_failure("cannot remove " + listing_id + " from", impl_->path, e);
  }
}

void IndexWriter::commit() {
  try {
    impl_->db.commit();
  } catch (const Xapian::Error& e) {
    throw xapian_failure("cannot commit", impl_->path, e);
  }
}

bool index_is_current(const std::string& index_root) {
  const std::optional<std::string> generation = current_generation(index_root);
  if (!generation) return true;
  try {
    Xapian::Database db(generation_path(index_root, *generation));
    return db.get_metadata(schema::kSchemaVersionKey) == schema::kSchemaVersion;
  } catch (const Xapian::Error&) {
    return false;  // unreadable: a rebuild replaces it
  }
}

// ---- rebuild_index ----

namespace {

std::int64_t fill_generation(const std::string& path,
                             const std::function<void(const ListingVisitor&)>& for_each_listing) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
  db.set_metadata(schema::kSchemaVersionKey, schema::kSchemaVersion);
  MunicipalityLabels labels;
  TermLabels term_labels;
  std::int64_t pending = 0;
  std::unordered_set<std::string> seen;
  for_each_listing([&](const Listing& listing) {
    const Xapian::Document doc = listing_document(listing);
    add_spelling_words(db, doc);  // "did you mean" (spelling.h)
    // The generation starts empty: only an id seen before needs replace_document,
    // whose lookup of the id term was two thirds of a rebuild's time.
    if (seen.insert(listing.id).second)
      db.add_document(doc);
    else
      db.replace_document(schema::id_term(listing.id), doc);
    labels.note(db, listing);
    term_labels.note(db, listing);
    if (++pending % kRebuildBatch == 0) db.commit();
  });
  db.commit();
  const auto count = static_cast<std::int64_t>(db.get_doccount());
  db.close();
  return count;
}

}  // namespace

std::int64_t rebuild_index(const std::string& index_root,
                           const std::function<void(const ListingVisitor&)>& for_each_listing) {
  WriteLock lock(index_root);
  const std::optional<std::string> previous = current_generation(index_root);
  const std::string generation = next_generation(index_root);
  const std::string path = generation_path(index_root, generation);
  std::int64_t count = 0;
  try {
    count = fill_generation(path, for_each_listing);
  } catch (const Xapian::Error& e) {
    remove_generation(index_root, generation);
    throw xapian_failure("rebuild failed in", path, e);
  } catch (const std::exception& e) {
    remove_generation(index_root, generation);
    throw std::runtime_error("index: rebuild of " + index_root + " failed: " + e.what());
  } catch (...) {
    remove_generation(index_root, generation);
    throw std::runtime_error("index: rebuild of " + index_root + " failed");
  }
  swap_current(index_root, generation);
  remove_generations_except(index_root, generation, previous.value_or(""));
  return count;
}

}  // namespace tarjotin
