#include "api/html_escape.h"

#include <cctype>

namespace tarjotin {

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string safe_link(const std::string& url) {
  auto starts = [&](const char* prefix) {
    const std::string p(prefix);
    if (url.size() <= p.size()) return false;
    for (std::size_t i = 0; i < p.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(url[i])) != p[i]) return false;
    return true;
  };
  for (char c : url)
    if (static_cast<unsigned char>(c) <= 0x20) return "";
  return starts("https://") || starts("http://") ? url : "";
}

}  // namespace tarjotin
