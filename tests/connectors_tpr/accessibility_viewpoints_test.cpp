// The accessibility_viewpoints string and the viewpoint id table.
#include "connectors/tpr/accessibility_viewpoints.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <set>

#include "connectors_tpr/tpr_api.h"

namespace tarjotin::tpr {
namespace {

TEST(TprAccessibilityViewpoints, GreenIsYesRedIsNoUnknownStaysUnknown) {
  const auto map = parse_accessibility_viewpoints("00:unknown,11:green,12:red,13:unknown,41:green,61:red");
  const std::map<std::string, Tri> expected = {{"wheelchair", Tri::yes},
                                               {"wheelchair_by_car", Tri::no},
                                               {"wheelchair_drop_off", Tri::unknown},
                                               {"stroller", Tri::yes},
                                               {"hearing_loop", Tri::no}};
  EXPECT_EQ(map, expected);
}

TEST(TprAccessibilityViewpoints, EmptyOrMalformedGivesNothing) {
  EXPECT_TRUE(parse_accessibility_viewpoints("").empty());
  EXPECT_TRUE(parse_accessibility_viewpoints("00:unknown").empty());
  EXPECT_TRUE(parse_accessibility_viewpoints("garbage,,:green").empty());
}

TEST(TprAccessibilityViewpoints, UnlistedIdKeepsItsNumberAndSpacesAreTolerated) {
  const auto map = parse_accessibility_viewpoints(" 71 : green , 51:purple");
  const std::map<std::string, Tri> expected = {{"tpr_viewpoint_71", Tri::yes}, {"visually_impaired", Tri::unknown}};
  EXPECT_EQ(map, expected);
}

// Every viewpoint of the real accessibility_viewpoint/ list has a readable name of its own.
TEST(TprAccessibilityViewpoints, TableCoversTheRegistersViewpointList) {
  rapidjson::Document list;
  list.Parse(testing::read_fixture("tpr_v4_unifiedsearch_mock_accessibility_viewpoint_response.json").c_str());
  ASSERT_TRUE(list.IsArray());
  std::set<std::string> names;
  for (const auto& viewpoint : list.GetArray()) {
    const std::string id = viewpoint["id"].GetString();
    const std::string name = viewpoint_feature(id);
    if (id == "00") {
      EXPECT_EQ(name, "");
      continue;
    }
    EXPECT_EQ(name.find("tpr_viewpoint_"), std::string::npos) << id;
    EXPECT_TRUE(names.insert(name).second) << name;
  }
  EXPECT_EQ(names.size(), 13u);
  EXPECT_EQ(viewpoint_feature("11"), "wheelchair");
  EXPECT_EQ(viewpoint_feature("31"), "rollator");
  EXPECT_EQ(viewpoint_feature("41"), "stroller");
  EXPECT_EQ(viewpoint_feature("51"), "visually_impaired");
  EXPECT_EQ(viewpoint_feature("61"), "hearing_loop");
}

}  // namespace
}  // namespace tarjotin::tpr
