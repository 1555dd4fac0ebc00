#pragma once
// The HSDS page envelope of every list (components.schemas.Page of the HSDS
// OpenAPI document) around `contents`:
//   {"total_items", "total_pages" (0 when there are no items), "page_number",
//    "size" (items on this page), "first_page", "last_page" (no page after
//    this one), "empty" (no items on this page), "contents": [...]}
// Pure function.

#include <cstdint>
#include <string>

#include "api/hsds/hsds_json.h"

namespace tarjotin::hsds {

// REQUIRES: contents is an array allocated with doc's allocator; per_page >= 1.
std::string page_json(rapidjson::Document& doc, Value contents, std::int64_t total_items, int page, int per_page);

}  // namespace tarjotin::hsds
