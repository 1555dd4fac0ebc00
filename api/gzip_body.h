#pragma once
// gzip for response bodies (zlib), and whether a request accepts it.
//
// Debian's cpp-httplib 0.11.4 compresses a response by itself only when its
// Content-Type is exactly "application/json" or starts with "text/" (then with
// br or gzip, whatever the size). The API's JSON is "application/json;
// charset=utf-8", which it leaves alone, so the server gzips those bodies here
// (api/server.cpp, after httplib's own step, skipping anything httplib already
// encoded). Pure functions.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tarjotin {

// Bodies up to this size are sent as they are: compressing them saves too little.
constexpr std::size_t kGzipMinBytes = 1024;

// True when an Accept-Encoding value allows gzip: "gzip", "x-gzip" or "*" with a
// q-value above 0 (an explicit "gzip;q=0" refuses it).
bool accepts_gzip(std::string_view accept_encoding);

// The gzip (RFC 1952) stream of `body`; nullopt if zlib fails.
std::optional<std::string> gzip_compress(std::string_view body);

}  // namespace tarjotin
