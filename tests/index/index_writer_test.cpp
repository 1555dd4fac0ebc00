// IndexWriter: upsert/remove/commit, the on-disk layout, the write lock, and
// reading a missing index.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "index/index_writer.h"
#include "index/searcher.h"
#include "index_fixture.h"
#include "model/listing_json.h"

namespace tarjotin {
namespace {

std::string link_target(const std::string& path) {
  char buf[256];
  ssize_t n = ::readlink(path.c_str(), buf, sizeof buf);
  return n < 0 ? std::string() : std::string(buf, static_cast<std::size_t>(n));
}

TEST(IndexWriterTest, CreatesLayoutOnFirstOpen) {
  test::TempDir dir;
  const std::string root = dir.path() + "/nested/index";
  { IndexWriter writer(root); }
  EXPECT_EQ(link_target(root + "/current"), "gen-1");
  EXPECT_TRUE(std::filesystem::is_directory(root + "/gen-1"));
  EXPECT_TRUE(std::filesystem::exists(root + "/write.lock"));
  Searcher searcher(root);
  EXPECT_EQ(searcher.size(), 0);
}

TEST(IndexWriterTest, UpsertIsIdempotentAndRemoveWorks) {
  test::TempDir dir;
  test::index_listings(dir.path(), test::sample_listings());
  Searcher searcher(dir.path());
  EXPECT_EQ(searcher.size(), 11);
  {
    IndexWriter writer(dir.path());
    for (const Listing& l : test::sample_listings()) writer.upsert(l);
    for (const Listing& l : test::sample_listings()) writer.upsert(l);
    writer.commit();
    EXPECT_EQ(searcher.size(), 11);

    Listing renamed = test::sample("t:2");
    renamed.name = {{"fi", "Vesiliikunta"}};
    writer.upsert(renamed);
    writer.remove("t:7");
    writer.remove("t:no-such-id");  // not an error
    writer.commit();
  }
  EXPECT_EQ(searcher.size(), 10);
  EXPECT_FALSE(searcher.get("t:7"));
  SearchRequest request;
  request.q = "vesiliikunta";
  EXPECT_EQ(test::hit_ids(searcher.search(request)), (std::set<std::string>{"t:2"}));
  request.q = "uimahallissa";  // the old name is gone
  EXPECT_EQ(searcher.search(request).total, 0);
  request.q = "board";
  EXPECT_EQ(searcher.search(request).total, 0);
}

TEST(IndexWriterTest, ChangesAreVisibleAfterCommitToAnOpenSearcher) {
  test::TempDir dir;
  IndexWriter writer(dir.path());
  Searcher searcher(dir.path());
  EXPECT_EQ(searcher.size(), 0);
  writer.upsert(test::sample("t:1"));
  writer.commit();
  EXPECT_EQ(searcher.size(), 1);
  writer.upsert(test::sample("t:2"));
  writer.commit();
  EXPECT_EQ(searcher.search(SearchRequest{}).total, 2);
}

TEST(IndexWriterTest, GetRoundTripsTheListing) {
  test::TempDir dir;
  Listing full = test::sample("t:1");
  full.description = {{"fi", "<p>Tule <b>kuuntelemaan</b></p>"}};
  full.accessibility = {{"wheelchair", Tri::yes}};
  full.first_seen = 1'900'000'000;
  full.last_seen = 1'900'000'100;
  full.contact.email = "kirjasto@example.fi";
  test::index_listings(dir.path(), {full, test::sample("t:3")});
  Searcher searcher(dir.path());
  const std::optional<Listing> got = searcher.get("t:1");
  ASSERT_TRUE(got);
  EXPECT_EQ(listing_to_json(*got), listing_to_json(full));
  EXPECT_EQ(listing_to_json(*searcher.get("t:3")), listing_to_json(test::sample("t:3")));
  EXPECT_FALSE(searcher.get("t:99"));
  EXPECT_FALSE(searcher.get(""));

  SearchRequest request;
  request.q = "kuuntelemaan";
  const SearchResponse r = searcher.search(request);
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(listing_to_json(r.hits[0].listing), listing_to_json(full));
}

TEST(IndexWriterTest, VeryLongIdsStillWork) {
  test::TempDir dir;
  Listing a = test::sample("t:1");
  a.id = "t:" + std::string(400, 'x') + "a";
  Listing b = test::sample("t:2");
  b.id = "t:" + std::string(400, 'x') + "b";
  b.categories = {std::string(300, 'c')};
  test::index_listings(dir.path(), {a, b});
  Searcher searcher(dir.path());
  EXPECT_EQ(searcher.size(), 2);
  ASSERT_TRUE(searcher.get(a.id));
  EXPECT_EQ(searcher.get(b.id)->id, b.id);
  SearchRequest request;
  request.categories = {std::string(300, 'c')};
  EXPECT_EQ(test::hit_ids(searcher.search(request)), (std::set<std::string>{b.id}));
}

TEST(IndexWriterTest, SecondWriterFailsWhileOneIsAlive) {
  test::TempDir dir;
  auto first = std::make_unique<IndexWriter>(dir.path());
  try {
    IndexWriter second(dir.path());
    FAIL() << "second writer opened";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("locked"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(dir.path()), std::string::npos) << e.what();
  }
  EXPECT_THROW(rebuild_index(dir.path(), [](const ListingVisitor&) {}), std::runtime_error);
  first.reset();
  EXPECT_NO_THROW(IndexWriter again(dir.path()));
}

TEST(IndexWriterTest, UnusableRootIsAClearError) {
  test::TempDir dir;
  const std::string file = dir.path() + "/plain-file";
  { std::FILE* f = std::fopen(file.c_str(), "w"); std::fclose(f); }
  EXPECT_THROW(IndexWriter writer(file + "/index"), std::runtime_error);
}

TEST(SearchMissingIndexTest, AnswersAsAnEmptyCatalogue) {
  test::TempDir dir;
  Searcher searcher(dir.path() + "/not-created-yet");
  SearchRequest request;
  request.q = "kirjasto";
  request.kinds = {"event"};
  request.page = 2;
  SearchResponse r;
  ASSERT_NO_THROW(r = searcher.search(request));
  EXPECT_EQ(r.total, 0);
  EXPECT_TRUE(r.hits.empty());
  EXPECT_EQ(r.page, 2);
  ASSERT_EQ(r.facets.size(), known_facets().size());
  for (const auto& [facet, values] : r.facets) EXPECT_TRUE(values.empty()) << facet;
  EXPECT_EQ(searcher.size(), 0);
  EXPECT_FALSE(searcher.get("t:1"));

  // Once an index appears, the same Searcher finds it.
  test::index_listings(dir.path() + "/not-created-yet", test::sample_listings());
  EXPECT_EQ(searcher.size(), 11);
}

TEST(SearchConcurrencyTest, SearchesWhileAWriterCommitsRepeatedly) {
  test::TempDir dir;
  test::index_listings(dir.path(), test::sample_listings());
  std::atomic<bool> stop{false};
  std::atomic<int> searches{0};
  std::atomic<int> failures{0};
  std::thread reader([&] {
    Searcher searcher(dir.path());
    SearchRequest request;
    request.q = "kirjasto";
    while (!stop) {
      try {
        const SearchResponse r = searcher.search(request);
        if (r.total != 2) ++failures;
        ++searches;
      } catch (const std::exception&) {
        ++failures;
      }
    }
  });
  {
    IndexWriter writer(dir.path());
    for (int round = 0; round < 60; ++round) {
      for (const Listing& l : test::sample_listings()) writer.upsert(l);
      writer.commit();
    }
  }
  while (searches < 20) std::this_thread::yield();
  stop = true;
  reader.join();
  EXPECT_EQ(failures, 0);
}

}  // namespace
}  // namespace tarjotin
