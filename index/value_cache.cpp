#include "index/value_cache.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <iterator>
#include <mutex>
#include <stdexcept>

#include "index/index_schema.h"

namespace tarjotin {
namespace {

using Clock = std::chrono::steady_clock;

// The sort orders read the name keys and coordinates of every matching document too.
constexpr Xapian::valueno kCached[] = {
    schema::kOccurrences,   schema::kFacetKind,        schema::kFacetLanguage,   schema::kFacetFree,
    schema::kFacetCategory, schema::kFacetMunicipality, schema::kFacetTheme,     schema::kFacetTargetGroup,
    schema::kFacetAccessibility, schema::kFacetChannel, schema::kNameSortFi,     schema::kNameSortSv,
    schema::kNameSortEn,    schema::kGeo};
constexpr Xapian::valueno kSlotCount = *std::max_element(std::begin(kCached), std::end(kCached)) + 1;

struct Shared {
  std::mutex mutex;
  std::string uuid;                         // of the database `cache` is from
  std::string key;                          // uuid:revision of `cache`
  std::shared_ptr<const ValueCache> cache;
  bool building = false;
  Clock::time_point built;                  // when the last build finished
};

Shared& shared() {
  static Shared* s = new Shared();  // never destroyed: worker threads may outlive static destruction
  return *s;
}

// "" when the database has no single revision (a stub over several shards): then no cache.
std::string revision_key(const Xapian::Database& db, const std::string& uuid) {
  try {
    return uuid + ":" + std::to_string(db.get_revision());
  } catch (const Xapian::InvalidOperationError&) {
    return "";
  }
}

}  // namespace

bool ValueCache::caches(Xapian::valueno slot) {
  for (Xapian::valueno s : kCached)
    if (s == slot) return true;
  return false;
}

ValueCache::ValueCache(const Xapian::Database& db) : last_docid_(db.get_lastdocid()), slots_(kSlotCount) {
  for (Xapian::valueno slot : kCached) {
    Slot& out = slots_[slot];
    out.ends.assign(static_cast<std::size_t>(last_docid_) + 1, 0);
    Xapian::docid filled = 0;  // ends[0..filled] are set
    for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
      const Xapian::docid did = it.get_docid();
      if (did > last_docid_) break;
      const auto end_before = static_cast<std::uint32_t>(out.data.size());
      for (Xapian::docid d = filled + 1; d < did; ++d) out.ends[d] = end_before;  // documents without a value
      out.data += *it;
      if (out.data.size() > UINT32_MAX) throw std::length_error("value cache: slot too large");
      out.ends[did] = static_cast<std::uint32_t>(out.data.size());
      filled = did;
    }
    for (Xapian::docid d = filled + 1; d <= last_docid_; ++d) out.ends[d] = static_cast<std::uint32_t>(out.data.size());
    out.data.shrink_to_fit();
  }
}

std::string_view ValueCache::get(Xapian::valueno slot, Xapian::docid did) const {
  if (did == 0 || did > last_docid_ || slot >= slots_.size()) return {};
  const Slot& s = slots_[slot];
  if (s.ends.empty()) return {};
  const std::uint32_t begin = s.ends[did - 1];
  return std::string_view(s.data).substr(begin, s.ends[did] - begin);
}

std::string ValueCache::read(const ValueCache* cache, const Xapian::Document& doc, Xapian::valueno slot) {
  if (cache && caches(slot)) return std::string(cache->get(slot, doc.get_docid()));
  return doc.get_value(slot);
}

std::shared_ptr<const ValueCache> ValueCache::for_database(const Xapian::Database& db) {
  const std::string uuid = db.get_uuid();
  const std::string key = revision_key(db, uuid);
  if (key.empty()) return nullptr;
  Shared& s = shared();
  {
    std::lock_guard<std::mutex> lock(s.mutex);
    if (s.cache && s.key == key) return s.cache;
    if (s.building) return nullptr;
    // A new revision of the same database within the interval: a sync is committing.
    if (s.cache && s.uuid == uuid && Clock::now() - s.built < std::chrono::seconds(kMinRebuildSeconds)) return nullptr;
    s.building = true;
  }
  std::shared_ptr<const ValueCache> built;
  try {
    built.reset(new ValueCache(db));
  } catch (const std::length_error&) {
    std::lock_guard<std::mutex> lock(s.mutex);
    s.building = false;
    return nullptr;
  } catch (...) {
    std::lock_guard<std::mutex> lock(s.mutex);
    s.building = false;
    throw;
  }
  std::lock_guard<std::mutex> lock(s.mutex);
  s.building = false;
  s.built = Clock::now();
  s.uuid = uuid;
  s.key = key;
  s.cache = built;
  return built;
}

}  // namespace tarjotin
