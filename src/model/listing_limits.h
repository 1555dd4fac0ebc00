#pragma once
// Limits on what one feed item can put into the catalogue. Feeds are untrusted
// input: a listing may arrive with bytes that are not UTF-8 or with a
// megabyte-long text. Before a listing is stored (and so indexed and served),
// every string in it is made valid UTF-8 (invalid bytes become U+FFFD) and cut
// to at most kMaxListingTextBytes at a character boundary, with "…" appended.

#include <cstddef>
#include <string>

#include "model/listing.h"

namespace tarjotin {

inline constexpr std::size_t kMaxListingTextBytes = 32 * 1024;

// Applies the limits to `listing` in place. Returns what was changed, e.g.
// "invalid UTF-8 replaced; a text of 1048576 bytes cut to 32768", or "" when
// the listing was within the limits (and is then left untouched).
std::string enforce_listing_limits(Listing& listing);

}  // namespace tarjotin
