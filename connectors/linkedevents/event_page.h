#pragma once
// Parses one Linked Events list page, `{"meta":{"count","next","previous"},
// "data":[event, ...]}`, into mapped events. Also accepts a single event object
// (the body of /v1/event/{id}/) as a page of one with no `next`.
// Pure: no I/O, never throws. A UTF-8 byte order mark before the JSON is skipped.
//
// A body that is not JSON, or not of that shape, fails as a whole (ok=false)
// with a message and, for JSON syntax errors, the byte offset in `body`.
// A single bad item in a good page (not an object, no id) is skipped and
// described in item_errors; the rest of the page stands.

#include <optional>
#include <string>
#include <vector>

#include "connectors/linkedevents/event_mapping.h"

namespace tarjotin {

struct EventPage {
  bool ok = false;
  std::string error;                     // when !ok
  long long error_offset = -1;           // byte offset in the body of a JSON syntax error, else -1

  std::vector<EventRecord> events;       // the publishable events, in feed order (none withdrawn)
  std::vector<std::string> deleted_ids;  // listing ids of deleted stubs and drafts
  std::optional<std::string> next;       // meta.next as given (maybe relative); nullopt at the end
  std::vector<std::string> item_errors;  // one line per skipped item, e.g. "data[3]: event without a string \"id\""
};

// `source` is the configured source name, the prefix of listing ids.
EventPage parse_event_page(const std::string& source, const std::string& body);

}  // namespace tarjotin
