// ValueCache: the in-memory copy of the facet and occurrence slots answers
// what the documents answer, for every document (also after removals leave
// gaps in the document ids), and searches count the same facets through it.
#include <gtest/gtest.h>

#include <xapian.h>

#include "index/index_layout.h"
#include "index/index_schema.h"
#include "index/index_writer.h"
#include "index/searcher.h"
#include "index/value_cache.h"
#include "index_fixture.h"

namespace tarjotin {
namespace {

Xapian::Database open_current(const std::string& root) {
  return Xapian::Database(generation_path(root, *current_generation(root)));
}

void expect_same_values(const Xapian::Database& db, const ValueCache& cache) {
  int checked = 0;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::Document doc = db.get_document(*it);
    for (Xapian::valueno slot = 0; slot <= schema::kUpdated; ++slot) {
      if (!ValueCache::caches(slot)) continue;
      EXPECT_EQ(std::string(cache.get(slot, *it)), doc.get_value(slot)) << "doc " << *it << " slot " << slot;
      ++checked;
    }
  }
  EXPECT_GT(checked, 0);
}

TEST(ValueCacheTest, HoldsWhatTheDocumentsHold) {
  test::TempDir dir;
  test::index_listings(dir.path(), test::sample_listings());
  const Xapian::Database db = open_current(dir.path());
  const std::shared_ptr<const ValueCache> cache = ValueCache::for_database(db);
  ASSERT_NE(cache, nullptr);  // a database it has not seen: built at once
  expect_same_values(db, *cache);
  EXPECT_TRUE(ValueCache::caches(schema::kOccurrences));
  EXPECT_FALSE(ValueCache::caches(schema::kStart));
  EXPECT_EQ(cache->get(schema::kFacetKind, db.get_lastdocid() + 1), "");  // no such document
  EXPECT_EQ(ValueCache::for_database(db), cache);  // the same revision: the same cache
}

TEST(ValueCacheTest, DocumentsRemovedBetweenOthersLeaveEmptyValues) {
  test::TempDir dir;
  test::index_listings(dir.path(), test::sample_listings());
  {
    IndexWriter writer(dir.path());
    writer.remove("t:2");
    writer.remove("t:7");
    writer.commit();
  }
  // A rebuilt generation is a new database: cached at once.
  rebuild_index(dir.path(), [](const ListingVisitor& visit) {
    for (const Listing& l : test::sample_listings())
      if (l.id != "t:2" && l.id != "t:7") visit(l);
  });
  IndexWriter(dir.path()).remove("t:5");  // a gap inside the new generation
  const Xapian::Database db = open_current(dir.path());
  const std::shared_ptr<const ValueCache> cache = ValueCache::for_database(db);
  ASSERT_NE(cache, nullptr);
  expect_same_values(db, *cache);
}

TEST(ValueCacheTest, SearchCountsTheSameWithAndWithoutTheCache) {
  test::TempDir dir;
  test::index_listings(dir.path(), test::sample_listings());
  SearchRequest request;
  request.facets = {"kind", "language", "free", "municipality", "weekday", "time_of_day", "channel"};
  request.weekdays = {"sat"};
  Searcher searcher(dir.path());
  const SearchResponse cached = searcher.search(request);  // builds the cache of this new database
  ASSERT_NE(ValueCache::for_database(open_current(dir.path())), nullptr);
  // A second revision of the same database right away: no new cache, the documents are read.
  { IndexWriter(dir.path()).upsert(test::sample("t:1")); }
  EXPECT_EQ(ValueCache::for_database(open_current(dir.path())), nullptr);
  const SearchResponse read = searcher.search(request);
  EXPECT_EQ(test::hit_ids(cached), test::hit_ids(read));
  EXPECT_EQ(cached.total, read.total);
  for (const std::string& facet : request.facets)
    EXPECT_EQ(test::counts_of(cached.facets.at(facet)), test::counts_of(read.facets.at(facet))) << facet;
  EXPECT_GT(cached.total, 0);
}

std::vector<std::string> ids_in_order(const SearchResponse& response) {
  std::vector<std::string> ids;
  for (const SearchHit& hit : response.hits) ids.push_back(hit.listing.id);
  return ids;
}

TEST(ValueCacheTest, EverySortOrderIsTheSameWithAndWithoutTheCache) {
  test::TempDir dir;
  std::vector<Listing> listings = test::sample_listings();
  for (std::size_t i = 0; i < listings.size(); i += 2) {  // every other one somewhere near Helsinki
    listings[i].location.lat = 60.1 + 0.01 * static_cast<double>(i);
    listings[i].location.lon = 24.9 + 0.02 * static_cast<double>(i % 3);
  }
  test::index_listings(dir.path(), listings);
  std::vector<SearchRequest> requests(5);
  requests[0].sort = SortOrder::start_time;
  requests[1].sort = SortOrder::distance;
  requests[1].near = GeoCircle{60.17, 24.94, 50};
  requests[2].sort = SortOrder::updated;
  requests[3].lang = "sv";  // browse order by the Swedish name
  requests[4].q = "kirjasto";  // relevance, ties in the browse order
  Searcher searcher(dir.path());
  std::vector<std::vector<std::string>> cached;
  for (const SearchRequest& r : requests) cached.push_back(ids_in_order(searcher.search(r)));
  ASSERT_NE(ValueCache::for_database(open_current(dir.path())), nullptr);
  { IndexWriter(dir.path()).upsert(listings[0]); }  // the same listing, a new revision right away: no cache
  ASSERT_EQ(ValueCache::for_database(open_current(dir.path())), nullptr);
  for (std::size_t i = 0; i < requests.size(); ++i) {
    EXPECT_GT(cached[i].size(), 1u) << i;
    EXPECT_EQ(cached[i], ids_in_order(searcher.search(requests[i]))) << i;
  }
}

}  // namespace
}  // namespace tarjotin
