#include "index/name_words.h"

#include <xapian.h>

namespace tarjotin {
namespace {

// The base letters of the lower-case Latin-1 Supplement letters U+00DF..U+00FF
// ("" = keep the letter: ÷ is not a letter).
const char* const kLatin1Base[] = {
    "ss", "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // ß..ï
    "d",  "n", "o", "o", "o", "o", "o", "",   "o", "u", "u", "u", "u", "y", "th", "y"};     // ð..ÿ

// Latin Extended-A (U+0100..U+017F): lower-case letters are the odd code
// points for most pairs; this maps each code point to its base letter.
const char* latin_extended_a_base(unsigned ch) {
  static const struct {
    unsigned first, last;
    const char* base;
  } kRanges[] = {
      {0x100, 0x105, "a"}, {0x106, 0x10d, "c"}, {0x10e, 0x111, "d"}, {0x112, 0x11b, "e"}, {0x11c, 0x123, "g"},
      {0x124, 0x127, "h"}, {0x128, 0x131, "i"}, {0x134, 0x135, "j"}, {0x136, 0x138, "k"}, {0x139, 0x142, "l"},
      {0x143, 0x14b, "n"}, {0x14c, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15a, 0x161, "s"},
      {0x162, 0x167, "t"}, {0x168, 0x173, "u"}, {0x174, 0x175, "w"}, {0x176, 0x178, "y"}, {0x179, 0x17e, "z"},
  };
  for (const auto& range : kRanges)
    if (ch >= range.first && ch <= range.last) return range.base;
  return nullptr;
}

void append_folded(std::string& out, unsigned ch) {
  ch = Xapian::Unicode::tolower(ch);
  if (ch >= 0xdf && ch <= 0xff && *kLatin1Base[ch - 0xdf]) {
    out += kLatin1Base[ch - 0xdf];
  } else if (const char* base = ch >= 0x100 && ch <= 0x17f ? latin_extended_a_base(ch) : nullptr) {
    out += base;
  } else {
    Xapian::Unicode::append_utf8(out, ch);
  }
}

// Cuts a folded word to kMaxNameWordBytes without splitting a character.
void cut(std::string& word) {
  if (word.size() <= kMaxNameWordBytes) return;
  std::size_t end = kMaxNameWordBytes;
  while (end > 0 && (static_cast<unsigned char>(word[end]) & 0xc0) == 0x80) --end;
  word.resize(end);
}

bool starts_with(const std::string& word, const std::string& prefix) {
  return word.size() >= prefix.size() && word.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

std::string fold_for_match(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator(); ++it) append_folded(out, *it);
  return out;
}

std::vector<std::string> name_words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    cut(word);
    words.push_back(std::move(word));
    word.clear();
  };
  for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator(); ++it) {
    if (Xapian::Unicode::is_wordchar(*it))
      append_folded(word, *it);
    else
      flush();
  }
  flush();
  return words;
}

std::vector<std::string> word_starts(const std::string& word) {
  std::vector<std::string> starts;
  for (std::size_t end = 1; end <= word.size() && starts.size() < kNameStartChars; ++end)
    if (end == word.size() || (static_cast<unsigned char>(word[end]) & 0xc0) != 0x80) starts.push_back(word.substr(0, end));
  return starts;
}

std::size_t word_chars(const std::string& word) {
  std::size_t chars = 0;
  for (char c : word) chars += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
  return chars;
}

bool words_match(const std::string& text, const std::vector<std::string>& typed) {
  const std::vector<std::string> words = name_words(text);
  for (const std::string& prefix : typed) {
    bool found = false;
    for (const std::string& word : words) found = found || starts_with(word, prefix);
    if (!found) return false;
  }
  return true;
}

}  // namespace tarjotin
