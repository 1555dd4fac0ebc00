#include "index/text_case.h"

#include <array>

#include <xapian.h>

namespace tarjotin {
namespace {

bool is_operator_word(const std::string& word) {
  static const std::array<const char*, 6> kOperators = {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};
  for (const char* op : kOperators)
    if (word == op) return true;
  return false;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::string lower_utf8(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator(); ++it)
    Xapian::Unicode::append_utf8(out, Xapian::Unicode::tolower(*it));
  return out;
}

std::string lower_query(const std::string& query) {
  std::string out;
  out.reserve(query.size());
  std::size_t pos = 0;
  while (pos < query.size()) {
    std::size_t end = pos;
    if (is_space(query[pos])) {
      while (end < query.size() && is_space(query[end])) ++end;
      out.append(query, pos, end - pos);
    } else {
      while (end < query.size() && !is_space(query[end])) ++end;
      std::string word = query.substr(pos, end - pos);
      out += is_operator_word(word) ? word : lower_utf8(word);
    }
    pos = end;
  }
  return out;
}

std::string name_sort_key(const std::string& name) {
  std::string key;
  key.reserve(name.size());
  for (Xapian::Utf8Iterator it(name); it != Xapian::Utf8Iterator(); ++it) {
    unsigned ch = Xapian::Unicode::tolower(*it);
    // '{' sorts right after 'z'; the digit keeps å < ä < ö.
    if (ch == 0xe5) key += "{1";        // å
    else if (ch == 0xe4) key += "{2";   // ä
    else if (ch == 0xf6) key += "{3";   // ö
    else Xapian::Unicode::append_utf8(key, ch);
  }
  return key;
}

}  // namespace tarjotin
