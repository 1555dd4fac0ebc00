#pragma once
// Parses one page of a mapped feed: the JSON body, its item array at the
// mapping's `items` path, and each item through item_mapping.h.
// Pure: no I/O, never throws. A UTF-8 byte order mark before the JSON is skipped.
//
// A body that is not JSON, or has no array at `items`, fails as a whole
// (ok=false) with a message naming the mapping key and, for JSON syntax errors,
// the byte offset in `body`. Item problems are listed in item_errors, each
// starting with where the item is ("data[3]", plus its id when it has one);
// skipped items are not in `items`.

#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "connectors/mapped/item_mapping.h"

namespace tarjotin {

struct FeedPage {
  bool ok = false;
  std::string error;               // when !ok
  long long error_offset = -1;     // byte offset in the body of a JSON syntax error, else -1

  rapidjson::Document document;    // the parsed body, for the paging values
  std::vector<FeedItem> items;     // mapped items, in feed order
  std::vector<std::string> item_errors;
  std::size_t raw_count = 0;       // entries in the item array, good or bad
};

FeedPage parse_feed_page(const FeedMapping& mapping, const std::string& source, const std::string& body);

}  // namespace tarjotin
