// rebuild_index: a complete new generation swapped in atomically under
// readers, with old generations cleaned up.
#include <gtest/gtest.h>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <set>
#include <thread>

#include "index/index_writer.h"
#include "index/searcher.h"
#include "index_fixture.h"

namespace tarjotin {
namespace {

std::set<std::string> generations(const std::string& root) {
  std::set<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("gen-", 0) == 0) out.insert(name);
  }
  return out;
}

std::string current(const std::string& root) {
  char buf[256];
  ssize_t n = ::readlink((root + "/current").c_str(), buf, sizeof buf);
  return n < 0 ? std::string() : std::string(buf, static_cast<std::size_t>(n));
}

// `copies` copies of the sample listings with distinct ids.
std::function<void(const ListingVisitor&)> listings_times(int copies) {
  return [copies](const ListingVisitor& visit) {
    for (int c = 0; c < copies; ++c)
      for (Listing l : test::sample_listings()) {
        if (c > 0) l.id += "#" + std::to_string(c);
        visit(l);
      }
  };
}

TEST(RebuildIndexTest, BuildsAFreshIndexFromNothing) {
  test::TempDir dir;
  EXPECT_EQ(rebuild_index(dir.path(), listings_times(1)), 11);
  EXPECT_EQ(current(dir.path()), "gen-1");
  Searcher searcher(dir.path());
  EXPECT_EQ(searcher.size(), 11);
  SearchRequest request;
  request.lang = "sv";
  const SearchResponse r = searcher.search(request);
  ASSERT_FALSE(r.facets.at("municipality").empty());
  EXPECT_EQ(r.facets.at("municipality")[0].label, "Helsingfors");
}

TEST(RebuildIndexTest, SwapsAtomicallyUnderASearchingThread) {
  test::TempDir dir;
  test::index_listings(dir.path(), test::sample_listings());
  std::atomic<bool> stop{false};
  std::atomic<int> searches{0};
  std::atomic<int> bad_totals{0};
  std::atomic<int> exceptions{0};
  std::set<std::int64_t> totals_seen;
  std::thread reader([&] {
    Searcher searcher(dir.path());
    SearchRequest request;
    request.page_size = 5;
    while (!stop) {
      try {
        const std::int64_t total = searcher.search(request).total;
        if (total != 11 && total != 33) ++bad_totals;
        totals_seen.insert(total);
        ++searches;
      } catch (const std::exception&) {
        ++exceptions;
      }
    }
  });
  while (searches < 5) std::this_thread::yield();
  for (int round = 0; round < 4; ++round) {
    const int copies = round % 2 == 0 ? 3 : 1;
    EXPECT_EQ(rebuild_index(dir.path(), listings_times(copies)), 11 * copies);
    const int before = searches;
    while (searches < before + 3) std::this_thread::yield();  // let the reader see this generation
  }
  stop = true;
  reader.join();
  EXPECT_EQ(exceptions, 0);
  EXPECT_EQ(bad_totals, 0);
  EXPECT_EQ(totals_seen, (std::set<std::int64_t>{11, 33}));

  // gen-1 from the writer, then gen-2..gen-5 from rebuilds: only current and previous remain.
  EXPECT_EQ(current(dir.path()), "gen-5");
  EXPECT_EQ(generations(dir.path()), (std::set<std::string>{"gen-4", "gen-5"}));
}

TEST(RebuildIndexTest, ASearcherMovesToTheNewGeneration) {
  test::TempDir dir;
  test::index_listings(dir.path(), test::sample_listings());
  Searcher searcher(dir.path());
  EXPECT_EQ(searcher.size(), 11);
  rebuild_index(dir.path(), listings_times(2));
  EXPECT_EQ(searcher.size(), 22);
  EXPECT_TRUE(searcher.get("t:1#1"));
  rebuild_index(dir.path(), listings_times(1));
  rebuild_index(dir.path(), listings_times(1));
  EXPECT_EQ(searcher.size(), 11);
  EXPECT_FALSE(searcher.get("t:1#1"));
  // A writer opened afterwards updates the rebuilt generation.
  {
    IndexWriter writer(dir.path());
    writer.remove("t:1");
  }
  EXPECT_EQ(searcher.size(), 10);
}

TEST(RebuildIndexTest, FailureKeepsTheCurrentGeneration) {
  test::TempDir dir;
  test::index_listings(dir.path(), test::sample_listings());
  const auto before = generations(dir.path());
  EXPECT_THROW(rebuild_index(dir.path(),
                             [](const ListingVisitor& visit) {
                               visit(test::sample("t:1"));
                               throw std::runtime_error("store went away");
                             }),
               std::runtime_error);
  EXPECT_EQ(current(dir.path()), "gen-1");
  EXPECT_EQ(generations(dir.path()), before);
  Searcher searcher(dir.path());
  EXPECT_EQ(searcher.size(), 11);
}

TEST(RebuildIndexTest, DuplicateIdsAreIndexedOnce) {
  test::TempDir dir;
  EXPECT_EQ(rebuild_index(dir.path(),
                          [](const ListingVisitor& visit) {
                            visit(test::sample("t:1"));
                            visit(test::sample("t:1"));
                          }),
            1);
}

}  // namespace
}  // namespace tarjotin
