// Sync with the vocabulary: the classify hook runs on every listing before it
// is stored, so store and index hold the codes; the repository vocabulary
// through app/vocabulary_setup.h classifies the demo Linked Events pages.
#include <gtest/gtest.h>

#include "app/sync_runner.h"
#include "app/vocabulary_setup.h"
#include "index/searcher.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

const std::string kVocabulary = std::string(TARJOTIN_FIXTURES) + "/../../config/vocabulary";
const std::string kDemoPages = "file://" + std::string(TARJOTIN_FIXTURES) + "/../../data/demo/linkedevents/";

class SyncRunnerVocabulary : public ::testing::Test {
 protected:
  SyncRunnerVocabulary() {
    source.name = "linkedevents";
    source.type = "linkedevents";
    source.url = kDemoPages;
  }
  SyncRun sync() {
    IndexWriter index(dir / "index");
    return sync_source(source, store, index, options);
  }

  testing::TempDir dir;
  Store store{dir / "tarjotin.sqlite"};
  SourceConfig source;
  SyncOptions options;
};

TEST_F(SyncRunnerVocabulary, TheClassifyHookRunsOnEveryListingBeforeItIsStored) {
  int calls = 0;
  options.classify = [&calls](Listing& l) {
    ++calls;
    l.categories = {"hooked"};
    l.target_groups = {"all"};
  };
  const SyncRun run = sync();
  ASSERT_EQ(run.status, "ok");
  EXPECT_EQ(calls, run.added);
  const auto stored = store.get("linkedevents:demo:kielikahvila-oodi");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->categories, std::vector<std::string>{"hooked"});
  SearchRequest request;
  request.categories = {"hooked"};
  EXPECT_EQ(Searcher(dir / "index").search(request).total, run.added);
}

TEST_F(SyncRunnerVocabulary, TheRepositoryVocabularyClassifiesTheDemoAndASecondSyncChangesNothing) {
  VocabularyError error;
  const auto vocabulary = load_vocabulary(kVocabulary, &error);
  ASSERT_TRUE(vocabulary) << error.to_string();
  options.classify = listing_classifier(vocabulary);
  ASSERT_EQ(sync().status, "ok");
  const auto chair = store.get("linkedevents:demo:tuolijumppa-kontula");
  ASSERT_TRUE(chair);
  EXPECT_EQ(chair->categories, (std::vector<std::string>{"theme:exercise", "theme:wellbeing"}));
  EXPECT_EQ(chair->target_groups, std::vector<std::string>{"older_people"});
  const SyncRun again = sync();
  EXPECT_EQ(again.updated, 0);  // classification is deterministic: same feed, same content hash
  EXPECT_EQ(again.added, 0);
  EXPECT_EQ(again.unchanged, store.count_active("linkedevents"));
  SearchRequest request;
  request.themes = {"exercise"};
  request.target_groups = {"older_people"};
  request.target_group_only = true;
  EXPECT_GE(Searcher(dir / "index").search(request).total, 3);
}

}  // namespace
}  // namespace tarjotin
