#pragma once
// The body of POST /v1/shortlists, checked:
//   {"listing_ids": ["<listing id>", ...],   1..kMaxShortlistListings, no repeats
//    "lang": "fi" | "sv" | "en",              optional, default "fi"
//    "note": "..."}                           optional, <= kMaxShortlistNoteChars characters
// Anything else (another key, a wrong type, an empty or over-long id, control
// characters in the note) is a ParamError naming the field ("listing_ids[2]").
// Whether the ids exist is the handler's question (it asks the index).

#include <string>
#include <variant>
#include <vector>

#include "api/search_params.h"

namespace tarjotin {

constexpr int kMaxShortlistListings = 20;
constexpr int kMaxShortlistNoteChars = 500;       // Unicode characters, not bytes
constexpr std::size_t kMaxShortlistBodyBytes = 16 * 1024;

struct ShortlistRequest {
  std::vector<std::string> listing_ids;
  std::string lang = "fi";
  std::string note;
};

std::variant<ShortlistRequest, ParamError> parse_shortlist_request(const std::string& body);

}  // namespace tarjotin
