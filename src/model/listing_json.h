#pragma once
// The canonical JSON form of a Listing, used by the store (SQLite column), the
// index (document data) and the API (GET /v1/listings/{id}). Field names follow
// the Listing struct; enums are their to_string() values; times are ISO 8601 UTC
// ("2026-06-01T13:45:00Z") and date-only occurrences are written as dates.
//
// listing_to_json is deterministic (same Listing, same bytes), so a hash of it
// detects changes.

#include <optional>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "listing.h"

namespace tarjotin {

std::string listing_to_json(const Listing& listing);

// Writes the listing as a JSON object into `out` (allocator of the owning document).
void listing_to_value(const Listing& listing, rapidjson::Value& out, rapidjson::Document::AllocatorType& alloc);

// Writes `sources` (model/listing.h SourceRef) as the JSON array both the stored
// form and the API's responses carry: source, id, url, relation, reason.
rapidjson::Value sources_to_value(const std::vector<SourceRef>& sources, rapidjson::Document::AllocatorType& alloc);

// Parses what listing_to_json wrote. Unknown keys are ignored; nullopt (and an
// explanation in *error) when the text is not a JSON object with an "id".
std::optional<Listing> listing_from_json(const std::string& json, std::string* error = nullptr);

// The same Listing without the store's bookkeeping (first_seen, last_seen):
// the part whose hash tells whether a feed changed the listing.
std::string listing_content_json(const Listing& listing);

}  // namespace tarjotin
