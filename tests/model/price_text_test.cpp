#include <gtest/gtest.h>

#include "model/price_text.h"

namespace tarjotin {
namespace {

TEST(PriceText, ReadsRangeWithEuroSign) {
  auto p = parse_price_text("5-15€");
  ASSERT_TRUE(p.min_eur && p.max_eur);
  EXPECT_DOUBLE_EQ(*p.min_eur, 5);
  EXPECT_DOUBLE_EQ(*p.max_eur, 15);
  EXPECT_FALSE(p.says_free);
}

TEST(PriceText, ReadsDecimalCommaAndWords) {
  auto p = parse_price_text("Liput 3,50 e / lapset 2 euroa");
  ASSERT_TRUE(p.min_eur && p.max_eur);
  EXPECT_DOUBLE_EQ(*p.min_eur, 2);
  EXPECT_DOUBLE_EQ(*p.max_eur, 3.5);
}

TEST(PriceText, IgnoresAgesDatesAndTimesNextToPrices) {
  auto p = parse_price_text("Sisäänpääsy 5-15€, alle 18-vuotiaille vapaa pääsy");
  ASSERT_TRUE(p.min_eur && p.max_eur);
  EXPECT_DOUBLE_EQ(*p.min_eur, 5);
  EXPECT_DOUBLE_EQ(*p.max_eur, 15);
  auto date = parse_price_text("Ilmoittaudu 12.5. mennessä klo 17.30");
  EXPECT_FALSE(date.min_eur);
}

TEST(PriceText, RecognisesFreeInThreeLanguages) {
  EXPECT_TRUE(parse_price_text("Maksuton").says_free);
  EXPECT_TRUE(parse_price_text("Vapaa pääsy").says_free);
  EXPECT_TRUE(parse_price_text("Fritt inträde").says_free);
  EXPECT_TRUE(parse_price_text("Free of charge").says_free);
  EXPECT_FALSE(parse_price_text("10 €").says_free);
}

TEST(PriceText, EuroSignBeforeTheAmount) {
  auto p = parse_price_text("Adults €5.80, children € 2.90");
  ASSERT_TRUE(p.min_eur && p.max_eur);
  EXPECT_DOUBLE_EQ(*p.min_eur, 2.9);
  EXPECT_DOUBLE_EQ(*p.max_eur, 5.8);
}

TEST(PriceText, BareAmountIsTrusted) {
  auto p = parse_price_text("10");
  ASSERT_TRUE(p.min_eur);
  EXPECT_DOUBLE_EQ(*p.min_eur, 10);
}

}  // namespace
}  // namespace tarjotin
