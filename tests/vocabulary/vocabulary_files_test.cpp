// The repository's vocabulary (config/vocabulary/) loads, is complete in fi,
// sv and en, uses the codes the rest of tarjotin uses; broken files are
// refused with a message naming the file and the place.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "temp_dir.h"
#include "vocabulary/vocabulary_files.h"

namespace tarjotin {
namespace {

std::shared_ptr<const VocabularySet> repository_vocabulary() {
  VocabularyError error;
  auto set = load_vocabulary(TARJOTIN_VOCABULARY_DIR, &error);
  EXPECT_TRUE(set) << error.to_string();
  return set;
}

std::set<std::string> codes(const Vocabulary& v, const std::string& dimension) {
  std::set<std::string> out;
  if (const Dimension* d = v.dimension(dimension))
    for (const Concept& c : d->concepts) out.insert(c.code);
  return out;
}

TEST(VocabularyFiles, TheRepositoryVocabularyLoadsWithEveryDimension) {
  const auto set = repository_vocabulary();
  ASSERT_TRUE(set);
  EXPECT_FALSE(set->vocabulary.version().empty());
  std::vector<std::string> names;
  for (const Dimension& d : set->vocabulary.dimensions()) names.push_back(d.name);
  EXPECT_EQ(names, (std::vector<std::string>{"activity", "theme", "target_group", "accessibility", "language", "channel"}));
  EXPECT_GT(set->rules.id_count(), 300u);
  EXPECT_GT(set->rules.label_count(), 100u);
  EXPECT_GT(set->synonyms.entries().size(), 40u);
}

TEST(VocabularyFiles, EveryConceptAndDimensionHasFinnishSwedishAndEnglishLabels) {
  const auto set = repository_vocabulary();
  ASSERT_TRUE(set);
  std::size_t concepts = 0;
  for (const Dimension& d : set->vocabulary.dimensions()) {
    for (const char* lang : {"fi", "sv", "en"}) EXPECT_FALSE(d.labels.at(lang).empty()) << d.name << " " << lang;
    for (const Concept& c : d.concepts) {
      ++concepts;
      EXPECT_TRUE(is_valid_code(c.code)) << c.code;
      for (const char* lang : {"fi", "sv", "en"}) {
        ASSERT_TRUE(c.labels.count(lang)) << d.name << ":" << c.code << " has no " << lang;
        EXPECT_FALSE(c.labels.at(lang).empty()) << d.name << ":" << c.code << " " << lang;
      }
    }
  }
  EXPECT_GT(concepts, 100u);
}

TEST(VocabularyFiles, TheDimensionsHoldTheCodesTheIssueAndTheConnectorsUse) {
  const auto set = repository_vocabulary();
  ASSERT_TRUE(set);
  const Vocabulary& v = set->vocabulary;
  const auto activity = codes(v, "activity");
  for (const char* code : {"peer_support", "meeting_place", "conversation_help", "befriending", "digital_help",
                           "advice_guidance", "group_club", "course", "event", "volunteering", "crisis_help"})
    EXPECT_TRUE(activity.count(code)) << code;
  const auto theme = codes(v, "theme");
  for (const char* code : {"exercise", "culture", "nature", "crafts", "music", "games", "food", "languages"})
    EXPECT_TRUE(theme.count(code)) << code;
  const auto groups = codes(v, "target_group");
  for (const char* code : {"all", "children", "youth", "families", "working_age", "older_people", "immigrants",
                           "unemployed", "disabled", "mental_health", "substance_use", "carers", "lgbtq", "women", "men"})
    EXPECT_TRUE(groups.count(code)) << code;
  // The accessibility feature names the connectors write (TPR viewpoints, Lähellä codes, mapped feeds).
  EXPECT_EQ(codes(v, "accessibility"),
            (std::set<std::string>{"wheelchair", "rollator", "stroller", "hearing_loop", "visually_impaired",
                                   "accessible_toilet", "accessible_parking", "reduced_mobility", "sign_language",
                                   "easy_read"}));
  const auto languages = codes(v, "language");
  for (const char* code : {"fi", "sv", "en", "ar", "so", "ru", "uk", "et", "fa", "ku", "selkokieli", "sgn"})
    EXPECT_TRUE(languages.count(code)) << code;
  EXPECT_EQ(codes(v, "channel"), (std::set<std::string>{"in_person", "online", "phone"}));
}

TEST(VocabularyFiles, BroaderConceptsAreFollowedTransitively) {
  const auto set = repository_vocabulary();
  ASSERT_TRUE(set);
  const auto chain = set->vocabulary.with_broader({"theme", "singing"});
  EXPECT_EQ(chain, (std::vector<ConceptRef>{{"theme", "singing"}, {"theme", "music"}, {"theme", "culture"}}));
  EXPECT_EQ(set->vocabulary.label({"theme", "singing"}, "sv"), "Sång och körer");
  EXPECT_EQ(set->vocabulary.label({"theme", "no_such"}, "sv"), "no_such");
}

// A copy of the repository vocabulary with one file replaced, for the error cases.
class BrokenVocabulary : public ::testing::Test {
 protected:
  BrokenVocabulary() {
    std::filesystem::copy(TARJOTIN_VOCABULARY_DIR, dir.path(), std::filesystem::copy_options::recursive);
  }
  void write(const std::string& name, const std::string& text) { std::ofstream(dir / name) << text; }
  std::string load_error() {
    VocabularyError error;
    EXPECT_FALSE(load_vocabulary(dir.path(), &error));
    return error.to_string();
  }
  testing::TempDir dir;
};

TEST_F(BrokenVocabulary, AMissingLabelIsNamed) {
  write("vocabulary.json", R"({"version": "x", "dimensions": [{"name": "activity", "labels": {"fi": "a", "sv": "b", "en": "c"},
    "concepts": [{"code": "peer_support", "labels": {"fi": "Vertaistuki", "en": "Peer support"}}]}]})");
  const std::string error = load_error();
  EXPECT_NE(error.find("vocabulary.json"), std::string::npos) << error;
  EXPECT_NE(error.find("dimensions[0].concepts[0].labels: no \"sv\" label"), std::string::npos) << error;
}

TEST_F(BrokenVocabulary, UnknownKeysBadCodesAndLoopsAreRefused) {
  write("vocabulary.json", R"({"version": "x", "dimensionz": []})");
  EXPECT_NE(load_error().find("unknown key \"dimensionz\""), std::string::npos);
  write("vocabulary.json", R"({"version": "x", "dimensions": [{"name": "theme", "labels": {"fi": "a", "sv": "b", "en": "c"},
    "concepts": [{"code": "Bad-Code", "labels": {"fi": "a", "sv": "b", "en": "c"}}]}]})");
  EXPECT_NE(load_error().find("code \"Bad-Code\""), std::string::npos);
  write("vocabulary.json", R"({"version": "x", "dimensions": [{"name": "theme", "labels": {"fi": "a", "sv": "b", "en": "c"},
    "concepts": [{"code": "a", "labels": {"fi": "a", "sv": "b", "en": "c"}, "broader": ["b"]},
                 {"code": "b", "labels": {"fi": "a", "sv": "b", "en": "c"}, "broader": ["a"]}]}]})");
  EXPECT_NE(load_error().find("loop"), std::string::npos);
}

TEST_F(BrokenVocabulary, AMappingToAnUnknownConceptNamesFileAndTerm) {
  write("mappings/zz-test.json", R"({"version": "1", "source": "test", "ids": {"yso:p1": ["theme:no_such_theme"]}})");
  const std::string error = load_error();
  EXPECT_NE(error.find("zz-test.json"), std::string::npos) << error;
  EXPECT_NE(error.find("ids[\"yso:p1\"]: \"theme:no_such_theme\" is not in vocabulary.json"), std::string::npos) << error;
  write("mappings/zz-test.json", R"({"version": "1", "source": "test", "ids": {"yso:p1": ["language:fi"]}})");
  EXPECT_NE(load_error().find("only activity, theme and target_group"), std::string::npos);
}

TEST_F(BrokenVocabulary, BadJsonAndMissingDirectoriesAreErrorsNotCrashes) {
  write("synonyms.json", "{\"version\": ");
  EXPECT_NE(load_error().find("synonyms.json: not valid JSON at byte"), std::string::npos);
  VocabularyError error;
  EXPECT_FALSE(load_vocabulary(dir / "nowhere", &error));
  EXPECT_NE(error.message.find("is not a directory"), std::string::npos);
}

}  // namespace
}  // namespace tarjotin
