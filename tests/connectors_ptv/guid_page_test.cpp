// parse_guid_page: the v11 GUID page, its tolerated variants and its failures.
#include "connectors/ptv/guid_page.h"

#include <gtest/gtest.h>

#include "connectors_ptv/ptv_payloads.h"

namespace tarjotin::ptv {
namespace {

TEST(PtvGuidPage, ReadsIdsAndCounts) {
  const GuidPage page = parse_guid_page(testing::guid_page_json(2, 3, {"a-1", "b-2"}));
  ASSERT_TRUE(page.ok) << page.error;
  EXPECT_EQ(page.page_number, 2);
  EXPECT_EQ(page.page_count, 3);
  EXPECT_EQ(page.ids, (std::vector<std::string>{"a-1", "b-2"}));
  EXPECT_EQ(page.skipped_items, 0);
}

TEST(PtvGuidPage, AcceptsBomUnknownFieldsAndNullItemList) {
  const GuidPage page = parse_guid_page(
      "\xEF\xBB\xBF" R"({"pageNumber":1,"pageSize":1000,"pageCount":0,"itemList":null,"future":{"x":[1]}})");
  ASSERT_TRUE(page.ok) << page.error;
  EXPECT_EQ(page.page_count, 0);
  EXPECT_TRUE(page.ids.empty());
}

TEST(PtvGuidPage, SkipsItemsWithoutId) {
  const GuidPage page = parse_guid_page(R"({"pageCount":1,"itemList":[{"id":"a"},{"name":"x"},{"id":7},"z"]})");
  ASSERT_TRUE(page.ok) << page.error;
  EXPECT_EQ(page.ids, (std::vector<std::string>{"a"}));
  EXPECT_EQ(page.skipped_items, 3);
}

TEST(PtvGuidPage, FailsWithoutPageCount) {
  EXPECT_FALSE(parse_guid_page(R"({"pageNumber":1,"itemList":[]})").ok);
  EXPECT_FALSE(parse_guid_page(R"({"pageCount":"3","itemList":[]})").ok);
  EXPECT_FALSE(parse_guid_page(R"({"pageCount":-1,"itemList":[]})").ok);
  EXPECT_FALSE(parse_guid_page(R"({"pageCount":2147483647,"itemList":[]})").ok);
  EXPECT_FALSE(parse_guid_page(R"([{"id":"a"}])").ok);
  EXPECT_FALSE(parse_guid_page(R"({"pageCount":1,"itemList":{"id":"a"}})").ok);
}

TEST(PtvGuidPage, SyntaxErrorHasByteOffsetCountingTheBom) {
  const GuidPage page = parse_guid_page("\xEF\xBB\xBF{\"pageCount\":1,,}");
  EXPECT_FALSE(page.ok);
  EXPECT_NE(page.error.find("invalid JSON"), std::string::npos);
  EXPECT_EQ(page.error_offset, 3 + 15);  // the second comma
}

}  // namespace
}  // namespace tarjotin::ptv
