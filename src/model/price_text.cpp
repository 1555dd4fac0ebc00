#include "price_text.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace tarjotin {
namespace {

// Lower-cases ASCII and the Finnish/Swedish letters written in UTF-8.
std::string fold(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC3 && i + 1 < s.size()) {
      unsigned char n = static_cast<unsigned char>(s[i + 1]);
      if (n == 0x84 || n == 0x96 || n == 0x85) n += 0x20;  // Ä Ö Å -> ä ö å
      out += static_cast<char>(c);
      out += static_cast<char>(n);
      ++i;
    } else {
      out += static_cast<char>(std::tolower(c));
    }
  }
  return out;
}

}  // namespace

PriceRange parse_price_text(const std::string& text) {
  PriceRange result;
  const std::string folded = fold(text);
  static const char* kFreeWords[] = {"maksuton", "maksuttom", "ilmai", "vapaa pääsy", "vapaa sisään",
                                     "gratis", "avgiftsfri", "fritt inträde", "free of charge", "free admission",
                                     "free entry"};
  for (const char* w : kFreeWords)
    if (folded.find(w) != std::string::npos) result.says_free = true;
  if (folded == "free" || folded == "0" || folded == "0 €" || folded == "0€") result.says_free = true;

  // Numbers with their end positions; a number is a price when a euro sign or
  // word follows it, or when it opens a range ("5-15 €") whose end is one.
  struct Number { double value; size_t end; bool euro; };
  std::vector<Number> numbers;
  for (size_t i = 0; i < folded.size();) {
    if (!std::isdigit(static_cast<unsigned char>(folded[i]))) {
      ++i;
      continue;
    }
    // "€5.80" / "€ 5": the sign may also stand before the amount.
    size_t b = i;
    while (b > 0 && folded[b - 1] == ' ') --b;
    const bool euro_before = b >= 3 && folded.compare(b - 3, 3, "\xE2\x82\xAC") == 0;
    size_t j = i;
    double value = 0;
    while (j < folded.size() && std::isdigit(static_cast<unsigned char>(folded[j]))) value = value * 10 + (folded[j++] - '0');
    if (j + 1 < folded.size() && (folded[j] == ',' || folded[j] == '.') &&
        std::isdigit(static_cast<unsigned char>(folded[j + 1]))) {
      double scale = 0.1;
      ++j;
      while (j < folded.size() && std::isdigit(static_cast<unsigned char>(folded[j]))) {
        value += (folded[j++] - '0') * scale;
        scale /= 10;
      }
    }
    size_t k = j;
    while (k < folded.size() && folded[k] == ' ') ++k;
    const std::string rest = folded.substr(k, 4);
    const bool euro = rest.rfind("\xE2\x82\xAC", 0) == 0 || rest.rfind("eur", 0) == 0 ||
                      (rest.rfind("e", 0) == 0 && (rest.size() == 1 || !std::isalpha(static_cast<unsigned char>(rest[1]))));
    numbers.push_back({value, j, euro || euro_before});
    i = j;
  }
  const bool any_euro = std::any_of(numbers.begin(), numbers.end(), [](const Number& n) { return n.euro; });
  // Without any euro marker only a bare amount ("10", "5-15") is trusted;
  // "ilmoittaudu 12.5. mennessä" holds a date, not a price.
  const bool bare = folded.find_first_not_of("0123456789 .,-/\xE2\x80\x93") == std::string::npos;
  std::vector<double> amounts;
  for (size_t n = 0; n < numbers.size(); ++n) {
    bool counts = any_euro ? numbers[n].euro : bare;
    if (!counts && n + 1 < numbers.size() && numbers[n + 1].euro) {
      // "5-15 €" or "12/8 €": only separators between the two numbers.
      const size_t from = numbers[n].end;
      const std::string between = folded.substr(from, folded.find_first_of("0123456789", from) - from);
      counts = between.find_first_not_of(" -/\xE2\x80\x93") == std::string::npos;
    }
    if (counts && numbers[n].value <= 100000) amounts.push_back(numbers[n].value);
  }
  if (!amounts.empty()) {
    result.min_eur = *std::min_element(amounts.begin(), amounts.end());
    result.max_eur = *std::max_element(amounts.begin(), amounts.end());
  }
  return result;
}

}  // namespace tarjotin
