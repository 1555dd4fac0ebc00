#include "vocabulary/text_fold.h"

#include <cstdint>

namespace tarjotin {
namespace {

// One decoded character: its code point (or the byte, when invalid) and length.
struct Char {
  std::uint32_t code;
  std::size_t length;
  bool valid;
};

Char decode_at(const std::string& text, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char first = byte(pos);
  if (first < 0x80) return {first, 1, true};
  std::size_t length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0;
  if (length == 0 || pos + length > text.size()) return {first, 1, false};
  std::uint32_t code = first & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) return {first, 1, false};
    code = (code << 6) | (byte(pos + i) & 0x3F);
  }
  return {code, length, true};
}

void encode(std::uint32_t code, std::string& out) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

std::uint32_t lower(std::uint32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x178) return 0xFF;
    const bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    const bool even_upper = (c <= 0x137 && c != 0x130) || (c >= 0x14A && c <= 0x177);
    if (odd_upper && c % 2 == 1) return c + 1;
    if (even_upper && c % 2 == 0) return c + 1;
    return c;
  }
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

// Letters and digits of any script; ASCII and Unicode punctuation, symbols
// and spaces are not.
bool is_word_char(const Char& ch) {
  if (!ch.valid) return true;
  const std::uint32_t c = ch.code;
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c >= 0x80 && c <= 0xBF) return c == 0xAA || c == 0xB5 || c == 0xBA;  // Latin-1 punctuation and symbols
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // general punctuation, symbols, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  return true;
}

}  // namespace

std::string fold_case(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const Char ch = decode_at(text, pos);
    if (ch.valid)
      encode(lower(ch.code), out);
    else
      out += text[pos];
    pos += ch.length;
  }
  return out;
}

std::vector<QueryWord> query_words(const std::string& text) {
  const std::string folded = fold_case(text);
  std::vector<QueryWord> words;
  QueryWord word;
  bool excluded_next = false;
  const auto finish = [&] {
    while (!word.text.empty() && word.text.back() == '-') word.text.pop_back();
    if (!word.text.empty()) words.push_back(word);
    word = QueryWord();
  };
  for (std::size_t pos = 0; pos < folded.size();) {
    const Char ch = decode_at(folded, pos);
    const bool inner_hyphen = ch.code == '-' && !word.text.empty();
    if (is_word_char(ch) || inner_hyphen) {
      if (word.text.empty()) word.excluded = excluded_next;
      word.text.append(folded, pos, ch.length);
      excluded_next = false;
    } else {
      finish();
      // A '-' at the start of a word (after a space or at the beginning) excludes it.
      excluded_next = ch.code == '-' && (pos == 0 || folded[pos - 1] == ' ');
    }
    pos += ch.length;
  }
  finish();
  return words;
}

std::vector<std::string> plain_words(const std::string& text) {
  std::vector<std::string> out;
  for (QueryWord& word : query_words(text)) out.push_back(std::move(word.text));
  return out;
}

}  // namespace tarjotin
