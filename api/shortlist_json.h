#pragma once
// JSON bodies of the shortlist routes. Pure functions.
//
// Created:  {"id", "url": "/s/<id>", "expires": "<UTC ISO 8601>"}
// Read:     {"id", "lang", "note", "created", "expires", "url",
//            "items": [{"id", "available": true,  "listing": <SearchResult in lang>},
//                      {"id", "available": false, "listing": null}, ...]}
// An item whose listing has left the index since is "available": false.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "api/shortlist_book.h"
#include "model/listing.h"

namespace tarjotin {

std::string shortlist_page_path(const std::string& id);  // "/s/<id>"

std::string shortlist_created_json(const Shortlist& list);

// `listings[i]` is list.listing_ids[i] resolved now, nullopt when gone.
std::string shortlist_json(const Shortlist& list, const std::vector<std::optional<Listing>>& listings,
                           std::int64_t now);

}  // namespace tarjotin
