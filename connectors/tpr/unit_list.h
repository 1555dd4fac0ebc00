#pragma once
// Parses the body of TPR REST v4 `unit/`: one JSON array of unit objects (the
// register has no paging), mapped with map_unit(). Pure: no I/O, never throws.
// A UTF-8 byte order mark before the JSON is skipped.
//
// A body that is not JSON or not an array fails as a whole (ok=false) with a
// message and the byte offset in `body`. A bad unit in a good array (not an
// object, no id) is skipped and described in unit_errors with its array
// index; the other units stand.

#include <string>
#include <vector>

#include "connectors/connector.h"
#include "connectors/tpr/ontology_words.h"

namespace tarjotin::tpr {

struct UnitList {
  bool ok = false;
  std::string error;                     // when !ok
  long long error_offset = -1;           // when !ok: byte offset in the body
  std::vector<FeedItem> units;           // in feed order
  std::vector<std::string> unit_errors;  // one line per skipped unit, e.g. "unit [3]: unit is not a JSON object"
};

// `source`, `root` and `labels` as for map_unit().
UnitList parse_unit_list(const std::string& source, const std::string& root, const std::string& body,
                         const OntologyLabels& labels);

}  // namespace tarjotin::tpr
