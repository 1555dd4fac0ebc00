#include "api/etag.h"

#include <cstdint>
#include <cstdio>

namespace tarjotin {
namespace {

std::uint64_t fnv1a64(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

// The opaque-tag of an entity-tag: without W/ and surrounding spaces.
std::string_view opaque_tag(std::string_view tag) {
  while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t')) tag.remove_prefix(1);
  while (!tag.empty() && (tag.back() == ' ' || tag.back() == '\t')) tag.remove_suffix(1);
  if (tag.size() >= 2 && tag[0] == 'W' && tag[1] == '/') tag.remove_prefix(2);
  return tag;
}

}  // namespace

std::string weak_etag(std::string_view body) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "W/\"%016llx-%llx\"", static_cast<unsigned long long>(fnv1a64(body)),
                static_cast<unsigned long long>(body.size()));
  return buf;
}

bool if_none_match_matches(std::string_view header, std::string_view etag) {
  const std::string_view wanted = opaque_tag(etag);
  // The server's tags contain no comma, so splitting the list on commas never
  // breaks one of them (a foreign tag with a comma just does not match).
  while (!header.empty()) {
    const size_t comma = header.find(',');
    const std::string_view tag = opaque_tag(header.substr(0, comma));
    if (tag == "*" || (!tag.empty() && tag == wanted)) return true;
    if (comma == std::string_view::npos) break;
    header.remove_prefix(comma + 1);
  }
  return false;
}

}  // namespace tarjotin
