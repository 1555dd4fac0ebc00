#include "html_text.h"

#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace tarjotin {
namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

struct Entity { const char* name; std::uint32_t cp; };
constexpr Entity kEntities[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", ' '},
    {"auml", 0xE4}, {"ouml", 0xF6}, {"aring", 0xE5}, {"Auml", 0xC4}, {"Ouml", 0xD6}, {"Aring", 0xC5},
    {"euro", 0x20AC}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026}, {"middot", 0xB7},
    {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"rdquo", 0x201D}, {"ldquo", 0x201C}, {"eacute", 0xE9},
};

// Decodes the entity starting at html[i] == '&'; returns the length consumed or 0.
size_t decode_entity(const std::string& html, size_t i, std::string& out) {
  size_t semi = html.find(';', i);
  if (semi == std::string::npos || semi - i > 10) return 0;
  std::string body = html.substr(i + 1, semi - i - 1);
  if (body.size() > 1 && body[0] == '#') {
    char* end = nullptr;
    unsigned long cp = (body[1] == 'x' || body[1] == 'X') ? std::strtoul(body.c_str() + 2, &end, 16)
                                                          : std::strtoul(body.c_str() + 1, &end, 10);
    if (!end || *end != '\0') return 0;
    append_utf8(out, static_cast<std::uint32_t>(cp));
    return semi - i + 1;
  }
  for (const Entity& e : kEntities) {
    if (body == e.name) {
      append_utf8(out, e.cp);
      return semi - i + 1;
    }
  }
  return 0;
}

bool is_block_tag(const std::string& name) {
  static const char* kBlock[] = {"br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article"};
  for (const char* b : kBlock)
    if (name == b) return true;
  return false;
}

}  // namespace

std::string html_to_text(const std::string& html) {
  std::string raw;
  raw.reserve(html.size());
  for (size_t i = 0; i < html.size();) {
    const char c = html[i];
    if (c == '<') {
      size_t close = html.find('>', i);
      if (close == std::string::npos) break;  // an unterminated tag: drop the rest
      size_t n = i + 1;
      if (n < close && html[n] == '/') ++n;
      std::string name;
      while (n < close && std::isalnum(static_cast<unsigned char>(html[n])))
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[n++])));
      if ((name == "script" || name == "style") && html[i + 1] != '/') {
        size_t end = html.find("</" + name, close);
        close = end == std::string::npos ? html.size() - 1 : html.find('>', end);
        if (close == std::string::npos) close = html.size() - 1;
      }
      raw += is_block_tag(name) ? '\n' : ' ';
      i = close + 1;
    } else if (c == '&') {
      size_t used = decode_entity(html, i, raw);
      if (used == 0) {
        raw += '&';
        ++i;
      } else {
        i += used;
      }
    } else {
      raw += c;
      ++i;
    }
  }
  // Fold runs of spaces; keep single line breaks between blocks.
  std::string out;
  out.reserve(raw.size());
  bool pending_space = false, pending_break = false;
  for (char c : raw) {
    if (c == '\n') {
      pending_break = true;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      pending_space = true;
    } else {
      if (!out.empty()) {
        if (pending_break) out += '\n';
        else if (pending_space) out += ' ';
      }
      pending_space = pending_break = false;
      out += c;
    }
  }
  return out;
}

}  // namespace tarjotin
