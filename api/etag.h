#pragma once
// Weak entity tags over response bodies, and the If-None-Match test.
//
// The API's ETag is a hash of the exact (uncompressed) response body, not the
// index revision: search bodies also depend on the clock (next_occurrence,
// "today"/"now" parameters) and /v1/sources, /metrics do not come from the
// index at all, so only the bytes themselves make a validator that is always
// right. It is weak (W/"...") because the same bytes are sent gzip-compressed
// or not. It saves the transfer, not the work of answering. Pure functions.

#include <string>
#include <string_view>

namespace tarjotin {

// W/"<FNV-1a 64-bit hash of body, 16 hex digits>-<body size, hex>".
std::string weak_etag(std::string_view body);

// True when the If-None-Match header value lists `etag` under weak comparison
// (W/ prefixes ignored) or is "*". An empty header matches nothing.
bool if_none_match_matches(std::string_view header, std::string_view etag);

}  // namespace tarjotin
