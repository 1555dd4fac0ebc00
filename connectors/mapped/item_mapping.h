#pragma once
// Maps one item of a configured JSON feed to a FeedItem with a FeedMapping
// (feed_mapping.h). Pure: no I/O, never throws.
//
// - id "<source>:<value of fields.id>"; an item without an id or a name is
//   skipped (no item), with a problem saying which mapping key found nothing.
// - A value of the wrong shape for its field (an object where a number is
//   expected, "kerho" for kind without a map entry, a channel that is not
//   in_person / online / phone) leaves the field unknown and adds a problem
//   naming the mapping key, its path and what was found; the item is kept.
// - Values the item does not have stay unknown (Tri::unknown, empty, nullopt).
// - start/end make one occurrence (a date-only start is the whole Helsinki day,
//   a date-only end inclusive); "occurrences" adds one per element; all sorted.
// - raw is the item's JSON, re-serialised compactly.

#include <optional>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "connectors/connector.h"
#include "connectors/mapped/feed_mapping.h"

namespace tarjotin {

struct MappedItem {
  std::optional<FeedItem> item;       // nullopt when the item was skipped
  std::string id;                     // the feed's id, when the item has one
  std::vector<std::string> problems;  // e.g. "fields.location.lat: value at \"geo\" is an object, expected a number"
};

MappedItem map_feed_item(const FeedMapping& mapping, const std::string& source, const rapidjson::Value& item);

}  // namespace tarjotin
