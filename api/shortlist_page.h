#pragma once
// GET /s/{id}: a shortlist as a printable HTML page in the shortlist's
// language (fi / sv / en), for a client to take home on paper or a phone.
// Large type and plain language; for each listing: what it is, who it is for,
// when (the next dates), where and how to get there, price, how to sign up,
// phone and web page. A listing that has left the catalogue says "no longer
// available". Print CSS lays it out on A4.
//
// Every text from feeds or from the counsellor's note is HTML-escaped; links
// are only ever absolute http(s) URLs. Pure function.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "api/shortlist_book.h"
#include "model/listing.h"

namespace tarjotin {

// The page in list.lang. `listings[i]` is list.listing_ids[i] resolved now.
std::string shortlist_page_html(const Shortlist& list, const std::vector<std::optional<Listing>>& listings,
                                std::int64_t now);

// A small page for an unknown or expired shortlist, in `lang`.
std::string shortlist_missing_html(const std::string& lang);

}  // namespace tarjotin
