#include "connectors/lahella/activity_page.h"

#include "model/untrusted_json.h"

namespace tarjotin {
namespace {

void add_activity(const rapidjson::Value& value, const std::string& where, const ActivityContext& context,
                  ActivityPage& page) {
  std::string error;
  std::optional<ActivityRecord> record = map_activity(value, context, &error);
  if (!record)
    page.item_errors.push_back(where + ": " + error);
  else if (record->withdrawn)
    page.deleted_ids.push_back(record->item.listing.id);
  else
    page.items.push_back(std::move(record->item));
}

void add_all(const rapidjson::Value& items, const ActivityContext& context, ActivityPage& page) {
  page.raw_count = items.Size();
  for (rapidjson::SizeType i = 0; i < items.Size(); ++i)
    add_activity(items[i], "items[" + std::to_string(i) + "]", context, page);
}

}  // namespace

ActivityPage parse_activity_page(const std::string& body, const ActivityContext& context) {
  ActivityPage page;
  rapidjson::Document document;
  if (const std::optional<JsonTextError> invalid = parse_untrusted_json(body, document)) {
    page.error = "invalid JSON: " + invalid->message;
    page.error_offset = static_cast<long long>(invalid->offset);
    return page;
  }
  if (document.IsArray()) {
    add_all(document, context, page);
    page.has_more = false;
    page.ok = true;
    return page;
  }
  if (!document.IsObject()) {
    page.error = "expected a JSON object {\"items\": [...], \"total\": N, \"hasMore\": bool}";
    return page;
  }
  const auto items = document.FindMember("items");
  if (items == document.MemberEnd()) {
    if (document.HasMember("traits")) {  // a single activity
      page.raw_count = 1;
      add_activity(document, "activity", context, page);
      page.has_more = false;
      page.ok = true;
      return page;
    }
    page.error = "page has no \"items\" array";
    return page;
  }
  if (!items->value.IsArray()) {
    page.error = "page \"items\" is not an array";
    return page;
  }
  if (const auto more = document.FindMember("hasMore"); more != document.MemberEnd() && !more->value.IsNull()) {
    if (!more->value.IsBool()) {
      page.error = "page \"hasMore\" is not a boolean";
      return page;
    }
    page.has_more = more->value.GetBool();
  }
  if (const auto total = document.FindMember("total"); total != document.MemberEnd() && total->value.IsInt64())
    page.total = total->value.GetInt64();
  add_all(items->value, context, page);
  page.ok = true;
  return page;
}

}  // namespace tarjotin
