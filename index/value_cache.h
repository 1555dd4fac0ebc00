#pragma once
// ValueCache: the facet slots, the packed occurrences, the name sort keys and
// the coordinates of one database revision, in memory, by document id.
//
// Why: counting facets and checking occurrences read a few value slots of
// every matching document. Through Xapian::Document::get_value that is a
// B-tree lookup per document and slot (a pread(2) every few documents), which
// made a date + weekday search over 10k listings take ~25 ms. The cache is
// read once per revision from the value streams (sequential) and then costs
// an array access.
//
// Sharing: one cache per process, shared by every thread's Database, for the
// newest revision asked for. for_database() builds it on the calling thread
// when the revision has none yet; while another thread builds, or when the
// cache is of an older revision of the same database built less than
// kMinRebuildSeconds ago (a sync commits a revision every few seconds), it
// returns nullptr and callers read the documents as before. The answer is the
// same either way.
//
// Memory: about 4 bytes per document per cached slot plus the values
// themselves (~200 MiB at 1M listings, half of it the three name keys).

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace tarjotin {

class ValueCache {
 public:
  static constexpr int kMinRebuildSeconds = 30;

  // The cache of db's revision, or nullptr (see above). Throws what Xapian
  // throws while reading (e.g. DatabaseModifiedError: retry with a reopened db).
  static std::shared_ptr<const ValueCache> for_database(const Xapian::Database& db);

  // True for the slots this cache holds (kOccurrences, the kFacet* slots, kNameSort*, kGeo).
  static bool caches(Xapian::valueno slot);

  // The value of `slot` in document `did` ("" when it has none). `slot` must
  // be one caches() accepts.
  std::string_view get(Xapian::valueno slot, Xapian::docid did) const;

  // What `doc` has in `slot`: from `cache` when given and it holds the slot, else from the document.
  static std::string read(const ValueCache* cache, const Xapian::Document& doc, Xapian::valueno slot);

 private:
  struct Slot {
    std::vector<std::uint32_t> ends;  // ends[did]: end of did's value in data (its start: ends[did - 1])
    std::string data;
  };
  explicit ValueCache(const Xapian::Database& db);

  Xapian::docid last_docid_ = 0;
  std::vector<Slot> slots_;  // by slot number; empty for the slots not cached
};

}  // namespace tarjotin
