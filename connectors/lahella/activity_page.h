#pragma once
// Parses one page of the Lähellä.fi activity list, `{"items": [activity, ...],
// "total": N, "hasMore": bool}`, into mapped activities. Also accepts a bare
// array of activities and a single activity object (the body of
// /v1/activities/{id}) as a page with no more after it.
// Pure: no I/O, never throws. A UTF-8 byte order mark before the JSON is skipped.
//
// A body that is not JSON, or not of that shape, fails as a whole (ok=false)
// with a message and, for JSON syntax errors, the byte offset in `body`.
// A single bad item in a good page (not an object, no _key) is skipped and
// described in item_errors; the rest of the page stands.

#include <optional>
#include <string>
#include <vector>

#include "connectors/lahella/activity_mapping.h"

namespace tarjotin {

struct ActivityPage {
  bool ok = false;
  std::string error;                     // when !ok
  long long error_offset = -1;           // byte offset in the body of a JSON syntax error, else -1

  std::vector<FeedItem> items;           // published activities, in feed order
  std::vector<std::string> deleted_ids;  // listing ids of activities that are not published
  std::vector<std::string> item_errors;  // one line per skipped item, e.g. "items[3]: activity without a \"_key\""
  std::size_t raw_count = 0;             // entries in the items array, good or bad (for skip arithmetic)
  std::optional<bool> has_more;          // `hasMore` when the page says it
  std::optional<long long> total;        // `total` when the page says it
};

ActivityPage parse_activity_page(const std::string& body, const ActivityContext& context);

}  // namespace tarjotin
