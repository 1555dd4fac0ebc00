#pragma once
// JSON bodies of the API: search results in one requested language, a full
// listing, and errors. Pure functions; the HTTP handlers only send what these
// return.
//
// A search result carries each text in the requested language where the
// listing has it, else in another (fi, sv, en, then any) and says which in
// "lang" (and "lang_fallback": true), so a client can mark the text. When the
// request has a point (near / dwithin_origin) every result with coordinates
// carries "distance_km" (kilometres, rounded to 0.1); one without has none.

#include <cstdint>
#include <string>

#include "api/search_params.h"
#include "index/search_request.h"
#include "model/listing.h"

namespace tarjotin {

std::string search_response_json(const SearchRequest& request, const SearchResponse& response);

// One listing as a search result item (the SearchResult schema), without a
// score or distance: what a shortlist shows of each listing.
std::string search_result_json(const Listing& listing, const std::string& lang, std::int64_t now);

// The full normalised record, every language, with its source URL and its
// "sources" (just itself when nothing was merged into it). Search results
// carry the same "sources".
std::string listing_json_body(const Listing& listing);

// {"error": {"parameter": ..., "message": ..., "allowed": [...]}}
std::string param_error_json(const ParamError& error);

// {"error": {"message": ...}}
std::string error_json(const std::string& message);

}  // namespace tarjotin
