#pragma once
// Reads euro amounts out of a feed's free-text price ("5-15€", "10 €",
// "3,50 e", "Vapaa pääsy", "12/8 €"). Texts that say free in fi/sv/en
// ("maksuton", "ilmainen", "vapaa pääsy", "gratis", "avgiftsfri", "free") are
// reported as free. Amounts above 100000 are treated as noise (phone numbers).

#include <optional>
#include <string>

namespace tarjotin {

struct PriceRange {
  std::optional<double> min_eur;
  std::optional<double> max_eur;
  bool says_free = false;
};

PriceRange parse_price_text(const std::string& text);

}  // namespace tarjotin
