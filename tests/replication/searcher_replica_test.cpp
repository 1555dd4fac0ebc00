// The Searcher on a replica (a stub database, app/replica_follower.h): when a
// full copy is made live by renaming a new stub into place, every Searcher
// sees it at its next request (close and open; Database::reopen() alone would
// keep serving the old copy, which is still on disk here).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "index/index_layout.h"
#include "index/index_writer.h"
#include "index/searcher.h"
#include "model/localized_text.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

// An index of `n` listings at <root>; returns the path of its one generation.
std::string make_index(const std::string& root, int n) {
  IndexWriter writer(root);
  for (int i = 0; i < n; ++i) {
    Listing l;
    l.id = "t:" + std::to_string(i);
    set_text(l.name, "fi", "Kohde " + std::to_string(i));
    writer.upsert(l);
  }
  writer.commit();
  return generation_path(root, *current_generation(root));
}

// Points the replica's stub at `db` the way Xapian's DatabaseReplica does:
// a new file renamed over the old one.
void write_stub(const std::string& replica_dir, const std::string& db) {
  std::ofstream(replica_dir + "/XAPIANDB.tmp") << "auto " << db << "\n";
  std::filesystem::rename(replica_dir + "/XAPIANDB.tmp", replica_dir + "/XAPIANDB");
}

TEST(SearcherOnAReplica, ANewStubIsOpenedForTheNextRequest) {
  testing::TempDir dir;
  const std::string copy_a = make_index(dir / "a", 3);
  const std::string copy_b = make_index(dir / "b", 5);
  const std::string root = dir / "replica";
  std::filesystem::create_directories(root + "/gen-1");
  write_stub(root + "/gen-1", copy_a);
  swap_current(root, "gen-1");

  Searcher searcher(root);
  Searcher earlier(root);
  EXPECT_EQ(searcher.size(), 3);
  EXPECT_EQ(earlier.size(), 3);
  write_stub(root + "/gen-1", copy_b);
  EXPECT_EQ(searcher.size(), 5);
  EXPECT_TRUE(searcher.get("t:4"));
  EXPECT_EQ(earlier.size(), 5);
  write_stub(root + "/gen-1", copy_a);
  EXPECT_EQ(searcher.size(), 3);
  EXPECT_FALSE(searcher.get("t:4"));
}

}  // namespace
}  // namespace tarjotin
