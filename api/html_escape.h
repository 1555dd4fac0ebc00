#pragma once
// Escaping for text put into HTML: element content and quoted attribute
// values alike (& < > " ' are replaced). Any byte string is accepted.

#include <string>

namespace tarjotin {

std::string html_escape(const std::string& text);

// `url` when it is an absolute http(s) URL, else "" (so a feed's
// "javascript:..." never becomes a link). The caller still escapes it.
std::string safe_link(const std::string& url);

}  // namespace tarjotin
