#pragma once
// URL helpers shared by the Fetcher and the connectors: what kind of address a
// source or `next` link is, where a local one points on disk, and small query
// edits. resolve_url() itself is declared in fetcher.h.
//
// Pure functions on strings; they never touch the network. local_path() does
// not check that the file exists.

#include <optional>
#include <string>

namespace tarjotin {

// True for http:// and https:// URLs (scheme case-insensitive).
bool is_http_url(const std::string& url);

// The file-system path a local URL names: file:///abs/path, file://relative/path
// (relative to base_dir), or a plain path (relative ones against base_dir).
// Percent-escapes in file:// URLs are decoded. nullopt for http(s) and any other
// scheme.
std::optional<std::string> local_path(const std::string& url, const std::string& base_dir);

// True when the query string of `url` already has parameter `name`.
bool has_query_param(const std::string& url, const std::string& name);

// `url` with "name=value" appended to its query (before any #fragment),
// using '?' or '&' as needed. `value` is appended as given (not escaped).
std::string with_query_param(const std::string& url, const std::string& name, const std::string& value);

// `url` without any `name` or `name=...` query parameter (fragment kept).
std::string without_query_param(const std::string& url, const std::string& name);

}  // namespace tarjotin

namespace tarjotin {

// The host of an http(s) URL, lower-cased, without user info or port; "" for
// any other URL.
std::string url_host(const std::string& url);

// "" when a feed that started at `start` may follow its `next` link to `next`;
// otherwise why not: a feed read over http(s) may only lead to http(s) URLs on
// the same host (a feed is untrusted input and must not send tarjotin to
// other hosts or to local files).
std::string foreign_link_error(const std::string& start, const std::string& next);

}  // namespace tarjotin
