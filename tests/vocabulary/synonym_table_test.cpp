// Needs and everyday words in a query -> vocabulary concepts: the table
// alone, and the repository's synonyms.json.
#include <gtest/gtest.h>

#include "vocabulary/synonym_table.h"
#include "vocabulary/vocabulary_files.h"

namespace tarjotin {
namespace {

const ConceptRef kBefriending{"activity", "befriending"};
const ConceptRef kMeetingPlace{"activity", "meeting_place"};
const ConceptRef kCrisis{"activity", "crisis_help"};
const ConceptRef kFamilies{"target_group", "families"};
const ConceptRef kViolence{"theme", "violence"};

SynonymTable small_table() {
  SynonymTable table;
  table.add({{"yksinäi*", "ensam*", "ei ystäviä"}, {kBefriending, kMeetingPlace}, {"ystävä"}, false});
  table.add({{"perhe*"}, {kFamilies}, {}, false});
  table.add({{"perheväkivalt*", "väkivalt*"}, {kViolence}, {}, false});
  table.add({{"perheväkivalt*", "kriisi*"}, {kCrisis}, {}, true});
  return table;
}

TEST(SynonymTable, APrefixPhraseMatchesInflectedFormsAndCompounds) {
  const SynonymTable table = small_table();
  for (const char* q : {"yksinäinen", "Yksinäisille", "yksinäisyys", "ENSAMHET"}) {
    const SynonymMatch m = table.match(q);
    ASSERT_EQ(m.needs.size(), 1u) << q;
    EXPECT_EQ(m.needs[0].concepts, (std::vector<ConceptRef>{kBefriending, kMeetingPlace})) << q;
    EXPECT_EQ(m.needs[0].words, std::vector<std::string>{"ystävä"});
    EXPECT_TRUE(m.rest.empty());
    EXPECT_TRUE(m.pinned.empty());
  }
  EXPECT_TRUE(table.match("yksi").empty());
}

TEST(SynonymTable, MultiWordPhrasesConsumeTheirWordsAndTheRestIsKept) {
  const SynonymMatch m = small_table().match("ei ystäviä Kalliossa");
  ASSERT_EQ(m.needs.size(), 1u);
  EXPECT_EQ(m.needs[0].phrase, "ei ystäviä");
  EXPECT_EQ(m.rest, std::vector<std::string>{"kalliossa"});
}

TEST(SynonymTable, TheMostSpecificPhraseWinsAndPinnedEntriesArePinned) {
  const SynonymMatch m = small_table().match("perheväkivalta");
  ASSERT_EQ(m.needs.size(), 1u);
  // perheväkivalt* beats perhe*: no family concept.
  EXPECT_EQ(m.needs[0].concepts, (std::vector<ConceptRef>{kViolence, kCrisis}));
  EXPECT_EQ(m.pinned, std::vector<ConceptRef>{kCrisis});
  EXPECT_EQ(small_table().match("perhekahvila").needs.at(0).concepts, std::vector<ConceptRef>{kFamilies});
}

TEST(SynonymTable, ExcludedWordsNeverMatch) {
  const SynonymMatch m = small_table().match("perhe -kriisi");
  ASSERT_EQ(m.needs.size(), 1u);
  EXPECT_TRUE(m.pinned.empty());
  EXPECT_EQ(m.excluded, std::vector<std::string>{"kriisi"});
}

TEST(SynonymTable, TheRepositorySynonymsCoverTheIssuesExamples) {
  VocabularyError error;
  const auto set = load_vocabulary(TARJOTIN_VOCABULARY_DIR, &error);
  ASSERT_TRUE(set) << error.to_string();
  const auto concepts_of = [&](const std::string& q) {
    const SynonymMatch m = set->synonyms.match(q);
    return m.needs.empty() ? std::vector<ConceptRef>() : m.needs[0].concepts;
  };
  const auto has = [](const std::vector<ConceptRef>& list, const ConceptRef& ref) {
    return std::find(list.begin(), list.end(), ref) != list.end();
  };
  for (const char* q : {"yksinäinen", "yksinäisyys", "seuraa", "ystävä", "ensamhet", "lonely"}) {
    const auto c = concepts_of(q);
    for (const char* code : {"befriending", "meeting_place", "peer_support", "group_club"})
      EXPECT_TRUE(has(c, {"activity", code})) << q << " " << code;
  }
  for (const char* q : {"digiapu", "kännykkäapu", "tietokoneopastus", "datorhjälp", "smartphone help"})
    EXPECT_TRUE(has(concepts_of(q), {"activity", "digital_help"})) << q;
  for (const char* q : {"språkcafé", "kielikahvila", "kielikahvilassa", "language café"})
    EXPECT_TRUE(has(concepts_of(q), {"theme", "languages"})) << q;
  for (const char* q : {"liikunta", "jumppa", "träning", "exercise", "jumppaan"})
    EXPECT_TRUE(has(concepts_of(q), {"theme", "exercise"})) << q;
  for (const char* q : {"kriisi", "itsemurha", "väkivalta", "kris", "självmord", "suicide", "crisis", "haluan kuolla"}) {
    const SynonymMatch m = set->synonyms.match(q);
    EXPECT_TRUE(has(m.pinned, kCrisis)) << q;
  }
  for (const char* q : {"kristen", "krishna", "ilmastokriisi"}) EXPECT_TRUE(set->synonyms.match(q).pinned.empty()) << q;
}

}  // namespace
}  // namespace tarjotin
