#include "connectors/linkedevents/event_page.h"

#include "model/untrusted_json.h"

#include <rapidjson/document.h>
namespace tarjotin {
namespace {

void add_event(const std::string& source, const rapidjson::Value& value, const std::string& where,
               EventPage& page) {
  std::string error;
  std::optional<EventRecord> record = map_event(source, value, &error);
  if (!record) {
    page.item_errors.push_back(where + ": " + error);
  } else if (record->withdrawn) {
    page.deleted_ids.push_back(record->item.listing.id);
  } else {
    page.events.push_back(std::move(*record));
  }
}

}  // namespace

EventPage parse_event_page(const std::string& source, const std::string& body) {
  EventPage page;
  rapidjson::Document document;
  if (const std::optional<JsonTextError> invalid = parse_untrusted_json(body, document)) {
    page.error = "invalid JSON: " + invalid->message;
    page.error_offset = static_cast<long long>(invalid->offset);
    return page;
  }
  if (!document.IsObject()) {
    page.error = "expected a JSON object {\"meta\": ..., \"data\": [...]}";
    return page;
  }
  const auto data = document.FindMember("data");
  if (data == document.MemberEnd()) {
    if (document.HasMember("id") && !document.HasMember("meta")) {  // a single event
      add_event(source, document, "event", page);
      page.ok = true;
      return page;
    }
    page.error = "page has no \"data\" array";
    return page;
  }
  if (!data->value.IsArray()) {
    page.error = "page \"data\" is not an array";
    return page;
  }
  const auto meta = document.FindMember("meta");
  if (meta != document.MemberEnd() && meta->value.IsObject()) {
    const auto next = meta->value.FindMember("next");
    if (next != meta->value.MemberEnd() && !next->value.IsNull()) {
      if (!next->value.IsString()) {
        page.error = "page \"meta.next\" is neither a URL nor null";
        return page;
      }
      if (next->value.GetStringLength() > 0)
        page.next = std::string(next->value.GetString(), next->value.GetStringLength());
    }
  } else if (meta != document.MemberEnd() && !meta->value.IsNull()) {
    page.error = "page \"meta\" is not an object";
    return page;
  }
  const auto& items = data->value.GetArray();
  for (rapidjson::SizeType i = 0; i < items.Size(); ++i)
    add_event(source, items[i], "data[" + std::to_string(i) + "]", page);
  page.ok = true;
  return page;
}

}  // namespace tarjotin
