// The vocabulary through the real binary: sync classifies with the vocabulary
// next to the config (or --vocabulary DIR), `vocab unmapped` lists what no
// mapping covers, `vocab reclassify` updates stored listings and the index,
// `vocab check` and broken files.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <sys/wait.h>

#include "index/searcher.h"
#include "store/store.h"
#include "process_helpers.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

const std::string kVocabulary = std::string(TARJOTIN_SOURCE_DIR) + "/config/vocabulary";

using Result = testing::CommandResult;

Result run(const std::string& args) { return testing::run_command(std::string(TARJOTIN_BINARY) + " " + args); }

class VocabCli : public ::testing::Test {
 protected:
  VocabCli() {
    std::ofstream(config) << R"({"data_dir": "data", "listen": "127.0.0.1:0", "sources": [)"
                          << R"({"name": "linkedevents", "type": "linkedevents", "url": "file://)"
                          << TARJOTIN_SOURCE_DIR << R"(/data/demo/linkedevents/"}]})";
  }
  std::string cli(const std::string& args) { return "--config " + config + " " + args; }
  std::optional<Listing> stored(const std::string& id) { return Store(dir / "data/tarjotin.sqlite").get(id); }

  testing::TempDir dir;
  std::string config = dir / "tarjotin.json";
};

TEST_F(VocabCli, SyncClassifiesWithTheVocabularyNextToTheConfig) {
  std::filesystem::copy(kVocabulary, dir / "vocabulary", std::filesystem::copy_options::recursive);
  const Result sync = run(cli("sync"));
  ASSERT_EQ(sync.exit_code, 0) << sync.output;
  const auto cafe = stored("linkedevents:demo:kielikahvila-oodi");
  ASSERT_TRUE(cafe);
  EXPECT_EQ(cafe->categories, std::vector<std::string>{"theme:languages"});
  EXPECT_EQ(cafe->target_groups, std::vector<std::string>{"immigrants"});
  // The search is expanded and labelled by the same vocabulary.
  const Result search = run(cli("search digiapu"));
  EXPECT_NE(search.output.find("linkedevents:demo:digituki-sello"), std::string::npos) << search.output;
}

TEST_F(VocabCli, UnmappedListsTheMostFrequentKeywordsNoMappingCovers) {
  ASSERT_EQ(run(cli("--vocabulary " + kVocabulary + " sync")).exit_code, 0);
  const Result report = run(cli("--vocabulary " + kVocabulary + " vocab unmapped"));
  ASSERT_EQ(report.exit_code, 0) << report.output;
  EXPECT_NE(report.output.find("34 listings, 4 unmapped keywords"), std::string::npos) << report.output;
  EXPECT_NE(report.output.find("listings  keyword  label"), std::string::npos) << report.output;
  for (const char* id : {"yso:p13980", "yso:p15882", "yso:p8268", "yso:p8270"})
    EXPECT_NE(report.output.find(std::string("       1  ") + id), std::string::npos) << id << "\n" << report.output;
  const Result limited = run(cli("--vocabulary " + kVocabulary + " vocab unmapped --limit 1"));
  EXPECT_EQ(std::count(limited.output.begin(), limited.output.end(), '\n'), 3) << limited.output;
  const Result other = run(cli("--vocabulary " + kVocabulary + " vocab unmapped --source nosuch"));
  EXPECT_NE(other.output.find("0 listings, 0 unmapped keywords"), std::string::npos) << other.output;
}

TEST_F(VocabCli, ReclassifyUpdatesListingsStoredWithoutTheVocabularyAndTheIndex) {
  ASSERT_EQ(run(cli("sync")).exit_code, 0);  // no vocabulary next to the config: stored unclassified
  ASSERT_TRUE(stored("linkedevents:demo:tuolijumppa-kontula"));
  EXPECT_TRUE(stored("linkedevents:demo:tuolijumppa-kontula")->categories.empty());
  const Result reclassify = run(cli("--vocabulary " + kVocabulary + " vocab reclassify"));
  ASSERT_EQ(reclassify.exit_code, 0) << reclassify.output;
  EXPECT_NE(reclassify.output.find("reclassified 34 of 34 listings"), std::string::npos) << reclassify.output;
  EXPECT_EQ(stored("linkedevents:demo:tuolijumppa-kontula")->target_groups, std::vector<std::string>{"older_people"});
  SearchRequest request;
  request.themes = {"exercise"};
  request.target_groups = {"older_people"};
  request.target_group_only = true;
  EXPECT_GE(Searcher(dir / "data/index").search(request).total, 3);
  // Nothing changes the second time.
  EXPECT_NE(run(cli("--vocabulary " + kVocabulary + " vocab reclassify")).output.find("reclassified 0 of 34"),
            std::string::npos);
}

TEST_F(VocabCli, CheckBrokenFilesAndAMissingVocabulary) {
  const Result check = run(cli("--vocabulary " + kVocabulary + " vocab check"));
  EXPECT_EQ(check.exit_code, 0) << check.output;
  EXPECT_NE(check.output.find("activity: "), std::string::npos) << check.output;
  const Result none = run(cli("vocab unmapped"));
  EXPECT_EQ(none.exit_code, 2) << none.output;
  EXPECT_NE(none.output.find("no vocabulary"), std::string::npos) << none.output;
  std::filesystem::copy(kVocabulary, dir / "vocabulary", std::filesystem::copy_options::recursive);
  std::ofstream(dir / "vocabulary/synonyms.json") << R"({"version": "1", "needs": [{"phrases": ["x"], "concepts": ["theme:nope"]}]})";
  const Result broken = run(cli("sync"));
  EXPECT_EQ(broken.exit_code, 2) << broken.output;
  EXPECT_NE(broken.output.find("synonyms.json: needs[0].concepts: \"theme:nope\" is not in vocabulary.json"),
            std::string::npos)
      << broken.output;
}

}  // namespace
}  // namespace tarjotin
