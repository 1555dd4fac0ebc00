// parse_untrusted_json: nesting beyond the limit is refused before parsing,
// and syntax errors keep RapidJSON's message and offset.
#include "model/untrusted_json.h"

#include <gtest/gtest.h>

#include <string>

namespace tarjotin {
namespace {

std::string nested(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

TEST(UntrustedJson, ParsesValidTextAndSkipsAByteOrderMark) {
  rapidjson::Document document;
  EXPECT_FALSE(parse_untrusted_json("\xEF\xBB\xBF{\"a\":[1,2]}", document));
  ASSERT_TRUE(document.IsObject());
  EXPECT_EQ(document["a"].Size(), 2u);
}

TEST(UntrustedJson, SyntaxErrorsHaveTheParsersMessageAndAnOffsetCountingTheBom) {
  rapidjson::Document document;
  const auto error = parse_untrusted_json("\xEF\xBB\xBF[1,2", document);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->offset, 7u);
  EXPECT_NE(error->message.find("Missing a comma or ']'"), std::string::npos) << error->message;
}

TEST(UntrustedJson, NestingUpToTheLimitParsesAndOneLevelMoreIsRefused) {
  rapidjson::Document document;
  EXPECT_FALSE(parse_untrusted_json(nested(kMaxJsonDepth), document));
  EXPECT_TRUE(document.IsArray());

  const auto error = parse_untrusted_json(" " + nested(kMaxJsonDepth + 1), document);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->offset, static_cast<std::size_t>(kMaxJsonDepth) + 1);  // the bracket that opens level 101
  EXPECT_EQ(error->message, "arrays and objects nested more than 100 levels deep");
  EXPECT_TRUE(document.IsNull());
}

TEST(UntrustedJson, AMillionOpeningBracketsAreRefusedNotAStackOverflow) {
  // What fuzzing found: RapidJSON's recursive parser ran out of stack on this.
  rapidjson::Document document;
  const auto error = parse_untrusted_json(std::string(1'000'000, '[') + std::string(1'000'000, '{'), document);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->offset, static_cast<std::size_t>(kMaxJsonDepth));
}

TEST(UntrustedJson, BracketsInsideStringsAndAfterEscapedQuotesDoNotCount) {
  rapidjson::Document document;
  const std::string brackets(5000, '[');
  EXPECT_FALSE(parse_untrusted_json("{\"text\":\"" + brackets + "\",\"q\":\"\\\"[[[\\\\\"}", document));
  EXPECT_EQ(document["text"].GetStringLength(), 5000u);
  EXPECT_EQ(std::string(document["q"].GetString()), "\"[[[\\");
}

TEST(UntrustedJson, ClosingBracketsLowerTheDepthAgain) {
  rapidjson::Document document;
  std::string many;  // 1000 arrays side by side, each 90 deep
  for (int i = 0; i < 1000; ++i) many += (i ? "," : "") + nested(90);
  EXPECT_FALSE(parse_untrusted_json("[" + many + "]", document));
  EXPECT_EQ(document.Size(), 1000u);
}

}  // namespace
}  // namespace tarjotin
