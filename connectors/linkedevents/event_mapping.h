#pragma once
// Maps one Linked Events event object (API v1, with or without
// include=location,keywords) to a FeedItem. Pure: no I/O, never throws.
//
// Deleted stubs (`deleted: true`) and drafts (`publication_status: "draft"`)
// are not listings; they come back `withdrawn`, with only the listing id set,
// so the caller can report the id as deleted.
// The field-by-field mapping is listed in linkedevents_connector.h; unknown and
// extra keys are ignored.

#include <optional>
#include <string>

#include <rapidjson/document.h>

#include "connectors/connector.h"

namespace tarjotin {

struct EventRecord {
  FeedItem item;                  // item.listing.id is always set
  bool withdrawn = false;         // deleted or draft: item.listing.id is gone from the public feed
  std::string super_event_id;     // id of the event's super event, "" when none
  std::string super_event_type;   // this event's own super_event_type: "recurring", "umbrella" or ""
};

// nullopt, with *error saying why, when `event` is not an object with a string id.
std::optional<EventRecord> map_event(const std::string& source, const rapidjson::Value& event,
                                     std::string* error);

// The id a Linked Events reference names: its "id" member, else the last path
// segment of its "@id" URL (".../keyword/yso:p4354/" -> "yso:p4354"). A string
// value is read as such a URL. "" when neither is there.
std::string referenced_id(const rapidjson::Value& ref);

}  // namespace tarjotin
