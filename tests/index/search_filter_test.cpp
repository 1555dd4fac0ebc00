// Filters (OR within one, AND across), date overlap against each occurrence,
// browse order and pagination.
#include <gtest/gtest.h>

#include "index/searcher.h"
#include "index_fixture.h"

namespace tarjotin {
namespace {

using test::helsinki;
using test::hit_ids;
using test::sample_ids_where;
using Ids = std::set<std::string>;

class SearchFilterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    test::index_listings(dir_->path(), test::sample_listings());
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  static SearchRequest all() {
    SearchRequest request;
    request.page_size = 100;
    return request;
  }

  Ids ids(const SearchRequest& request) {
    const SearchResponse r = searcher_.search(request);
    EXPECT_EQ(r.total, static_cast<std::int64_t>(r.hits.size()));
    return hit_ids(r);
  }

  static test::TempDir* dir_;
  Searcher searcher_{dir_->path()};
};

test::TempDir* SearchFilterTest::dir_ = nullptr;

const Ids kUndated = {"t:4", "t:5", "t:6", "t:8"};

Ids with_undated(Ids ids) {
  ids.insert(kUndated.begin(), kUndated.end());
  return ids;
}

TEST_F(SearchFilterTest, Kind) {
  SearchRequest r = all();
  r.kinds = {"event"};
  EXPECT_EQ(ids(r), sample_ids_where([](const Listing& l) { return l.kind == Kind::event; }));
  EXPECT_EQ(ids(r).size(), 7u);
  r.kinds = {"place", "service"};
  EXPECT_EQ(ids(r), (Ids{"t:4", "t:5", "t:8"}));
  r.kinds = {"volunteering"};
  EXPECT_EQ(ids(r), (Ids{"t:6"}));
}

TEST_F(SearchFilterTest, Language) {
  SearchRequest r = all();
  r.languages = {"sv"};
  EXPECT_EQ(ids(r), (Ids{"t:1", "t:5", "t:8", "t:9"}));
  r.languages = {"en", "ru"};
  EXPECT_EQ(ids(r), (Ids{"t:5", "t:7", "t:10", "t:11"}));
}

TEST_F(SearchFilterTest, Free) {
  SearchRequest r = all();
  r.free = true;
  EXPECT_EQ(ids(r), (Ids{"t:1", "t:4", "t:5", "t:8", "t:10"}));
  r.free = false;
  EXPECT_EQ(ids(r), (Ids{"t:2", "t:3", "t:9"}));
}

TEST_F(SearchFilterTest, Category) {
  SearchRequest r = all();
  r.categories = {"culture"};
  EXPECT_EQ(ids(r), (Ids{"t:1", "t:3", "t:5", "t:9"}));
  r.categories = {"music", "games"};
  EXPECT_EQ(ids(r), (Ids{"t:7", "t:9", "t:10", "t:11"}));
}

TEST_F(SearchFilterTest, Municipality) {
  SearchRequest r = all();
  r.municipalities = {"helsinki"};
  EXPECT_EQ(ids(r), (Ids{"t:1", "t:4", "t:6", "t:7", "t:9"}));
  r.municipalities = {"espoo", "vantaa"};
  EXPECT_EQ(ids(r), (Ids{"t:2", "t:3", "t:5", "t:8", "t:10"}));
  r.municipalities = {"turku"};
  EXPECT_EQ(ids(r), Ids{});
}

TEST_F(SearchFilterTest, FiltersAreAndedAndCombineWithText) {
  SearchRequest r = all();
  r.kinds = {"event"};
  r.municipalities = {"espoo"};
  EXPECT_EQ(ids(r), (Ids{"t:2", "t:10"}));
  r.free = true;
  EXPECT_EQ(ids(r), (Ids{"t:10"}));
  r = all();
  r.q = "kirjasto";
  r.kinds = {"place"};
  EXPECT_EQ(ids(r), (Ids{"t:5"}));
}

TEST_F(SearchFilterTest, DateRangeSkipsGapsOfRecurringCourse) {
  SearchRequest r = all();
  r.start = helsinki(1, 6);
  r.end = helsinki(1, 11, 23, 59);  // between the Jan 5, 12 and 19 sessions
  EXPECT_EQ(ids(r), kUndated);
  r.start = helsinki(1, 12);
  r.end = helsinki(1, 12, 23, 59);
  EXPECT_EQ(ids(r), with_undated({"t:3"}));
  r.start = helsinki(1, 12, 19);  // during the session
  r.end = helsinki(1, 12, 19);
  EXPECT_EQ(ids(r), with_undated({"t:3"}));
  r.start = helsinki(1, 12, 20, 1);  // just after it
  r.end = helsinki(1, 12, 23);
  EXPECT_EQ(ids(r), kUndated);
}

TEST_F(SearchFilterTest, DateRangeOverlap) {
  SearchRequest r = all();
  r.start = helsinki(3, 1);
  r.end = helsinki(3, 31);
  EXPECT_EQ(ids(r), with_undated({"t:1", "t:2"}));
  r.start = helsinki(4, 1, 17);  // open-ended occurrence at 18:00
  r.end = helsinki(4, 1, 19);
  EXPECT_EQ(ids(r), with_undated({"t:9"}));
  r.start = helsinki(4, 1, 18, 30);
  EXPECT_EQ(ids(r), kUndated);
}

TEST_F(SearchFilterTest, OpenDateBounds) {
  SearchRequest r = all();
  r.start = helsinki(6, 11);  // inside the three-day festival
  EXPECT_EQ(ids(r), with_undated({"t:10"}));
  r = all();
  r.end = helsinki(1, 1);  // before everything dated
  EXPECT_EQ(ids(r), kUndated);
  r.end = helsinki(1, 5, 18);
  EXPECT_EQ(ids(r), with_undated({"t:3"}));
}

TEST_F(SearchFilterTest, DatesCombineWithOtherFilters) {
  SearchRequest r = all();
  r.start = helsinki(1, 1);
  r.end = helsinki(12, 31);
  r.kinds = {"event"};
  r.municipalities = {"helsinki"};
  EXPECT_EQ(ids(r), (Ids{"t:1", "t:7", "t:9"}));
}

TEST_F(SearchFilterTest, BrowseSortsByNextStartThenName) {
  SearchRequest r = all();
  r.start = helsinki(1, 1);
  EXPECT_EQ(test::ordered_ids(searcher_.search(r)),
            (std::vector<std::string>{"t:3", "t:7", "t:11", "t:2", "t:1", "t:9", "t:10",  // by date
                                      "t:4", "t:8", "t:5", "t:6"}));  // undated by Finnish name
  r.start = helsinki(1, 13);  // the course's next session is now Jan 19
  r.end = helsinki(2, 10);
  EXPECT_EQ(test::ordered_ids(searcher_.search(r)),
            (std::vector<std::string>{"t:3", "t:7", "t:4", "t:8", "t:5", "t:6"}));
  r.start = helsinki(1, 20);
  r.end = helsinki(2, 10);
  r.lang = "sv";  // undated by Swedish name: Centralparken, Familjerådgivning, Sellobiblioteket, Ystävätoiminta
  EXPECT_EQ(test::ordered_ids(searcher_.search(r)), (std::vector<std::string>{"t:7", "t:4", "t:8", "t:5", "t:6"}));
}

TEST_F(SearchFilterTest, PaginationIsExactAndComplete) {
  SearchRequest r = all();
  r.start = helsinki(1, 1);
  r.page_size = 3;
  std::vector<std::string> seen;
  for (int page = 1; page <= 4; ++page) {
    r.page = page;
    const SearchResponse response = searcher_.search(r);
    EXPECT_EQ(response.total, 11);
    EXPECT_EQ(response.page, page);
    EXPECT_EQ(response.page_size, 3);
    EXPECT_EQ(response.hits.size(), page < 4 ? 3u : 2u);
    for (const std::string& id : test::ordered_ids(response)) seen.push_back(id);
  }
  r.page_size = 100;
  r.page = 1;
  EXPECT_EQ(seen, test::ordered_ids(searcher_.search(r)));
  r.page_size = 3;
  r.page = 50;  // past the end
  const SearchResponse past = searcher_.search(r);
  EXPECT_EQ(past.total, 11);
  EXPECT_TRUE(past.hits.empty());
}

TEST_F(SearchFilterTest, TotalIsExactWithDateDecider) {
  SearchRequest r = all();
  r.page_size = 1;
  r.start = helsinki(1, 6);
  r.end = helsinki(1, 11);
  EXPECT_EQ(searcher_.search(r).total, 4);
  r.q = "maalauskurssi";
  EXPECT_EQ(searcher_.search(r).total, 0);
}

}  // namespace
}  // namespace tarjotin
