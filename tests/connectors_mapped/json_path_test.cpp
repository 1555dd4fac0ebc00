// JsonPath: parsing and resolving dot paths with array indexes.
#include "connectors/mapped/json_path.h"

#include <gtest/gtest.h>

namespace tarjotin {
namespace {

TEST(JsonPath, ResolvesKeysAndIndexes) {
  rapidjson::Document doc;
  doc.Parse(R"({"a":{"b":[10,{"c":"x"}],"0":"zero"},"n":null,"s":"t"})");
  auto at = [&](const std::string& text) {
    std::string error;
    const auto path = JsonPath::parse(text, &error);
    EXPECT_TRUE(path) << error;
    return path ? path->resolve(doc) : nullptr;
  };
  EXPECT_EQ(at("a.b.0")->GetInt(), 10);
  EXPECT_STREQ(at("a.b.1.c")->GetString(), "x");
  EXPECT_STREQ(at("a.0")->GetString(), "zero");  // digits are keys in objects
  EXPECT_TRUE(at("n")->IsNull());
  EXPECT_EQ(at(""), &doc);
  EXPECT_EQ(at("a.b.2"), nullptr);
  EXPECT_EQ(at("a.b.x"), nullptr);
  EXPECT_EQ(at("s.t"), nullptr);
  EXPECT_EQ(at("missing.deeper"), nullptr);
}

TEST(JsonPath, RejectsEmptySegments) {
  std::string error;
  EXPECT_FALSE(JsonPath::parse("a..b", &error));
  EXPECT_NE(error.find("a..b"), std::string::npos);
  EXPECT_FALSE(JsonPath::parse(".a", &error));
  EXPECT_FALSE(JsonPath::parse("a.", &error));
}

TEST(JsonPath, ScalarsKeepNumbersExact) {
  rapidjson::Document doc;
  doc.Parse(R"([12345678901, 60.1841, true, "x", null, {}])");
  EXPECT_EQ(scalar_of(doc[0])->text, "12345678901");
  EXPECT_EQ(scalar_of(doc[1])->text, "60.1841");
  EXPECT_EQ(scalar_of(doc[2])->text, "true");
  EXPECT_EQ(scalar_of(doc[3])->type, Scalar::Type::string);
  EXPECT_EQ(scalar_of(doc[4])->type, Scalar::Type::null);
  EXPECT_FALSE(scalar_of(doc[5]));
}

}  // namespace
}  // namespace tarjotin
