#include "connectors/http/url.h"

#include <cctype>

#include "connectors/http/fetcher.h"

namespace tarjotin {
namespace {

// Length of "scheme:" at the start of `url` when it is followed by "//", else 0.
std::size_t scheme_length(const std::string& url) {
  if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return 0;
  std::size_t i = 1;
  while (i < url.size() && (std::isalnum(static_cast<unsigned char>(url[i])) || url[i] == '+' ||
                            url[i] == '-' || url[i] == '.'))
    ++i;
  if (i < url.size() && url[i] == ':' && url.compare(i + 1, 2, "//") == 0) return i + 1;
  return 0;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string join_path(const std::string& dir, const std::string& rest) {
  if (dir.empty() || (!rest.empty() && rest[0] == '/')) return rest;
  if (dir.back() == '/') return dir + rest;
  return dir + "/" + rest;
}

// Position where the path of `url` starts (after "scheme://authority"), or 0
// for a URL without a scheme (a plain path).
std::size_t path_start(const std::string& url) {
  const std::size_t scheme = scheme_length(url);
  if (scheme == 0) return 0;
  if (lower(url.substr(0, scheme - 1)) == "file") return scheme + 2;  // file:// has no host part
  const std::size_t slash = url.find('/', scheme + 2);
  return slash == std::string::npos ? url.size() : slash;
}

// `url` without its ?query and #fragment.
std::string strip_query(const std::string& url) {
  const std::size_t q = url.find_first_of("?#");
  return q == std::string::npos ? url : url.substr(0, q);
}

}  // namespace

bool is_http_url(const std::string& url) {
  const std::size_t scheme = scheme_length(url);
  if (scheme == 0) return false;
  const std::string name = lower(url.substr(0, scheme - 1));
  return name == "http" || name == "https";
}

std::optional<std::string> local_path(const std::string& url, const std::string& base_dir) {
  const std::size_t scheme = scheme_length(url);
  if (scheme == 0) return join_path(base_dir, url);
  if (lower(url.substr(0, scheme - 1)) != "file") return std::nullopt;
  std::string rest = percent_decode(strip_query(url.substr(scheme + 2)));
  if (rest.compare(0, 10, "localhost/") == 0) rest.erase(0, 9);
  return join_path(base_dir, rest);
}

bool has_query_param(const std::string& url, const std::string& name) {
  const std::size_t q = url.find('?');
  if (q == std::string::npos) return false;
  const std::size_t end = url.find('#', q);
  const std::string query = url.substr(q + 1, end == std::string::npos ? std::string::npos : end - q - 1);
  std::size_t pos = 0;
  while (pos <= query.size()) {
    std::size_t amp = query.find('&', pos);
    if (amp == std::string::npos) amp = query.size();
    const std::string param = query.substr(pos, amp - pos);
    if (param.compare(0, name.size(), name) == 0 && (param.size() == name.size() || param[name.size()] == '='))
      return true;
    pos = amp + 1;
  }
  return false;
}

std::string with_query_param(const std::string& url, const std::string& name, const std::string& value) {
  const std::size_t hash = url.find('#');
  std::string head = hash == std::string::npos ? url : url.substr(0, hash);
  const std::string fragment = hash == std::string::npos ? "" : url.substr(hash);
  if (head.find('?') == std::string::npos)
    head += '?';
  else if (head.back() != '?' && head.back() != '&')
    head += '&';
  return head + name + "=" + value + fragment;
}

std::string resolve_url(const std::string& base, const std::string& ref) {
  if (ref.empty()) return base;
  if (scheme_length(ref) > 0) return ref;
  const std::size_t scheme = scheme_length(base);
  if (ref.compare(0, 2, "//") == 0) return scheme > 0 ? base.substr(0, scheme) + ref : ref;
  const std::string base_path = strip_query(base);
  if (ref[0] == '?') return base_path + ref;
  if (ref[0] == '#') return base.substr(0, base.find('#')) + ref;
  const std::size_t path = path_start(base_path);
  if (ref[0] == '/') return base_path.substr(0, path) + ref;
  // Relative: the base's directory (up to and including its last '/') plus ref.
  const std::size_t slash = base_path.rfind('/');
  if (slash == std::string::npos || slash < path) {
    if (path == base_path.size() && scheme > 0 && !base_path.empty() && base_path.back() != '/')
      return base_path + "/" + ref;  // "https://host": the root is the directory
    return base_path.substr(0, path) + ref;  // "file://page.json", "page.json": same directory
  }
  return base_path.substr(0, slash + 1) + ref;
}

std::string without_query_param(const std::string& url, const std::string& name) {
  const std::size_t q = url.find('?');
  if (q == std::string::npos) return url;
  const std::size_t hash = url.find('#', q);
  const std::string query = url.substr(q + 1, hash == std::string::npos ? std::string::npos : hash - q - 1);
  std::string kept;
  std::size_t pos = 0;
  while (pos <= query.size()) {
    std::size_t amp = query.find('&', pos);
    if (amp == std::string::npos) amp = query.size();
    const std::string param = query.substr(pos, amp - pos);
    const bool named = param.compare(0, name.size(), name) == 0 && (param.size() == name.size() || param[name.size()] == '=');
    if (!named && !param.empty()) kept += (kept.empty() ? "" : "&") + param;
    pos = amp + 1;
  }
  return url.substr(0, q) + (kept.empty() ? "" : "?" + kept) + (hash == std::string::npos ? "" : url.substr(hash));
}


}  // namespace tarjotin

namespace tarjotin {

std::string url_host(const std::string& url) {
  if (!is_http_url(url)) return "";
  const std::size_t begin = url.find("://") + 3;
  std::string authority = url.substr(begin, url.find_first_of("/?#", begin) - begin);
  if (const std::size_t at = authority.rfind('@'); at != std::string::npos) authority.erase(0, at + 1);
  if (!authority.empty() && authority[0] == '[') {
    authority = authority.substr(0, authority.find(']') + 1);  // [ipv6]
  } else if (const std::size_t colon = authority.find(':'); colon != std::string::npos) {
    authority.erase(colon);
  }
  for (char& c : authority) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return authority;
}

std::string foreign_link_error(const std::string& start, const std::string& next) {
  if (!is_http_url(start)) return "";
  if (!is_http_url(next)) return "next link " + next + " is not an http(s) URL; not followed";
  if (url_host(next) != url_host(start))
    return "next link " + next + " points to another host than " + url_host(start) + "; not followed";
  return "";
}

}  // namespace tarjotin
