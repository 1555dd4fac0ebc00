#pragma once
// PageWalk: the URL of each page of a mapped feed, by the mapping's paging style
// (feed_mapping.h). Builds URLs and reads the paging values (next link,
// last_page, has_more, total) out of each page; the connector does the fetching.
// Plain value type; never throws; one instance per pull.
//
// A configured paging path that a page does not have (`last_page`, `has_more`,
// `total`; for `next`, a path whose parent object is missing too) is an error
// naming the mapping key, not the end of the feed: a mistyped path must not make
// a partial read look complete. A `next` key that is absent from an existing
// parent (e.g. "links" without "next") or null or "" ends the feed.

#include <string>

#include <rapidjson/document.h>

#include "connectors/mapped/feed_mapping.h"

namespace tarjotin {

struct PageStep {
  bool end = false;    // the feed has been read to its end
  std::string next;    // the next page's URL, when !end and error is empty
  std::string error;   // the pull must stop here (incomplete)
};

class PageWalk {
 public:
  PageWalk(PagingSpec paging, std::string source_url);

  std::string first_url() const;

  // What follows the page fetched from `url`: `page` is its parsed body and
  // `item_count` the number of entries in its item array.
  PageStep after(const std::string& url, const rapidjson::Value& page, std::size_t item_count);

 private:
  PagingSpec paging_;
  std::string source_url_;
  long long position_;  // the current page number (page) or skip (limit_skip)
};

// `url` with query parameter `name` set to `value`: earlier `name=` parameters
// are removed, the new one appended (before any #fragment). `value` is not escaped.
std::string with_param_set(const std::string& url, const std::string& name, const std::string& value);

}  // namespace tarjotin
