// The classifier on what every connector makes of its fixtures: TPR units,
// PTV services, Lähellä activities, the example NGO feed and the demo Linked
// Events; and the unmapped-keyword report over all of them.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "vocabulary/fixture_catalogue.h"
#include "vocabulary/unmapped_keywords.h"

namespace tarjotin {
namespace {

using catalogue::find;

struct Expected {
  std::string id;
  std::vector<std::string> categories;     // each must be present
  std::vector<std::string> target_groups;  // exactly these
};

void expect_classified(const std::vector<Listing>& listings, const Expected& e) {
  SCOPED_TRACE(e.id);
  const Listing* l = find(listings, e.id);
  ASSERT_TRUE(l) << "not pulled";
  for (const std::string& code : e.categories)
    EXPECT_NE(std::find(l->categories.begin(), l->categories.end(), code), l->categories.end())
        << code << " missing; has " << ::testing::PrintToString(l->categories);
  EXPECT_EQ(l->target_groups, e.target_groups);
}

const std::vector<Listing>& classified_catalogue() {
  static const std::vector<Listing> listings = catalogue::classified(catalogue::all_sources());
  return listings;
}

TEST(ClassifierSources, TprUnitsByOntologyWords) {
  const auto& all = classified_catalogue();
  expect_classified(all, {"tpr:41102", {"sports_facility", "theme:swimming", "theme:exercise", "theme:wellbeing"}, {"all"}});
  expect_classified(all, {"tpr:900001", {"youth_centre", "group_club", "theme:games", "theme:music"}, {"youth"}});
  expect_classified(all, {"tpr:900002", {"library", "digital_help", "theme:literature", "theme:digital_skills"}, {"all"}});
  expect_classified(all, {"tpr:900003", {"meeting_place", "group_club", "theme:gym", "theme:exercise"}, {"older_people"}});
  expect_classified(all, {"tpr:900004", {"food_aid", "everyday_help"}, {"low_income"}});
  expect_classified(all, {"tpr:900006", {"meeting_place", "theme:substances"}, {"substance_use"}});
}

TEST(ClassifierSources, PtvServicesByServiceClassTargetGroupAndOntologyTerm) {
  const auto& all = classified_catalogue();
  expect_classified(all, {"ptv:6ccb671f-05cd-46cf-a0a4-4f98d43dfd37", {"sports_facility", "theme:exercise", "theme:swimming"}, {"all"}});
  // Outreach youth work: "Kansalaiset" + "Nuoret" -> young people only.
  expect_classified(all, {"ptv:228738ee-754a-49b7-8240-2b84c5ca2970", {"outreach", "advice_guidance", "social_service"}, {"youth"}});
}

TEST(ClassifierSources, LahellaActivitiesByThemeFormatAgeAndName) {
  const auto& all = classified_catalogue();
  expect_classified(all, {"lahella:act-101", {"group_club", "theme:culture", "theme:singing"}, {"older_people"}});
  expect_classified(all, {"lahella:act-102", {"peer_support", "theme:wellbeing"}, {"working_age", "carers"}});
  expect_classified(all, {"lahella:act-103", {"volunteering", "food_aid", "event", "theme:civic_participation"}, {"all"}});
  expect_classified(all, {"lahella:105", {"theme:games"}, {"all"}});
}

TEST(ClassifierSources, MappedFeedTagsByLabel) {
  const auto& all = classified_catalogue();
  expect_classified(all, {"ngo:nh-101", {"peer_support"}, {"carers"}});
  expect_classified(all, {"ngo:nh-102", {"theme:languages"}, {"immigrants"}});
  expect_classified(all, {"ngo:nh-103", {"volunteering"}, {"older_people"}});
  expect_classified(all, {"ngo:104", {"peer_support"}, {"youth", "working_age"}});  // tag and ages 18-29
  expect_classified(all, {"ngo:nh-105", {"theme:languages"}, {"all"}});
  expect_classified(all, {"ngo:nh-106", {"peer_support"}, {"immigrants", "women"}});
  expect_classified(all, {"ngo:nh-107", {"volunteering", "befriending"}, {"older_people"}});
}

TEST(ClassifierSources, DemoLinkedEventsByYsoKeywordsAudienceAndKind) {
  const auto& all = classified_catalogue();
  expect_classified(all, {"linkedevents:demo:kielikahvila-oodi", {"theme:languages"}, {"immigrants"}});
  expect_classified(all, {"linkedevents:demo:tuolijumppa-kontula", {"theme:exercise"}, {"older_people"}});
  expect_classified(all, {"linkedevents:demo:digituki-sello", {"digital_help", "theme:digital_skills"}, {"older_people"}});
  expect_classified(all, {"linkedevents:demo:vertaisryhma-omaishoitajat", {"peer_support"}, {"carers"}});
  expect_classified(all, {"linkedevents:demo:vapaaehtoiseksi-info", {"volunteering"}, {"all"}});
  expect_classified(all, {"linkedevents:demo:ystavapalvelu", {"befriending", "volunteering"}, {"older_people"}});
  expect_classified(all, {"linkedevents:demo:kuorolaulu-avoin", {"theme:singing", "theme:music", "theme:culture"}, {"all"}});
  expect_classified(all, {"linkedevents:demo:nuorten-pelipaja", {"theme:games"}, {"youth"}});
  expect_classified(all, {"linkedevents:demo:arabiankielinen-perhekerho", {"group_club"}, {"children", "immigrants"}});
  expect_classified(all, {"linkedevents:demo:suruvertaisryhma-verkossa", {"peer_support", "theme:grief"}, {"bereaved"}});
}

TEST(ClassifierSources, NearlyEveryListingOfEverySourceGetsACategoryAndATargetGroup) {
  std::map<std::string, std::pair<int, int>> per_source;  // source -> (with a category, all)
  for (const Listing& l : classified_catalogue()) {
    auto& [with, total] = per_source[l.source];
    ++total;
    if (!l.categories.empty()) ++with;
    EXPECT_FALSE(l.target_groups.empty() && !l.min_age && !l.max_age) << l.id << " has no target group";
  }
  EXPECT_EQ(per_source.size(), 5u);
  for (const auto& [source, counts] : per_source) {
    SCOPED_TRACE(source);
    EXPECT_GE(counts.first * 10, counts.second * 9) << counts.first << " of " << counts.second << " classified";
  }
}

TEST(ClassifierSources, TheUnmappedReportListsWhatIsLeft) {
  UnmappedKeywords report(catalogue::repository_vocabulary()->rules);
  for (const Listing& l : catalogue::all_sources()) report.add(l);
  const auto rows = report.most_frequent(0);
  std::string listed;
  for (const UnmappedKeyword& k : rows) listed += k.id + " (" + std::to_string(k.listings) + ")  ";
  std::cout << "[ unmapped ] " << rows.size() << " of the catalogue's keywords: " << listed << std::endl;
  // What is left is the long tail: the four keywords the real Linked Events
  // fixtures carry without labels.
  for (const UnmappedKeyword& k : rows) {
    EXPECT_EQ(k.id.rfind("yso:", 0), 0u) << k.id;
    EXPECT_TRUE(k.label.empty()) << k.id;
  }
  EXPECT_LE(rows.size(), 6u);
  EXPECT_EQ(report.listings_without_mapped_keyword(), 0);
}

}  // namespace
}  // namespace tarjotin
