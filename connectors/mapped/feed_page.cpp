#include "connectors/mapped/feed_page.h"

#include "model/untrusted_json.h"

namespace tarjotin {

FeedPage parse_feed_page(const FeedMapping& mapping, const std::string& source, const std::string& body) {
  FeedPage page;
  if (const std::optional<JsonTextError> invalid = parse_untrusted_json(body, page.document)) {
    page.error = "invalid JSON: " + invalid->message;
    page.error_offset = static_cast<long long>(invalid->offset);
    return page;
  }
  const rapidjson::Value* items = mapping.items.resolve(page.document);
  if (!items || !items->IsArray()) {
    page.error = "mapping \"items\": " +
                 (items ? "value at \"" + mapping.items.text() + "\" is a JSON " + json_type_name(*items) + ", not an array"
                        : "path \"" + mapping.items.text() + "\" is not in the page");
    return page;
  }
  const std::string name = mapping.items.empty() ? "items" : mapping.items.text();
  page.raw_count = items->Size();
  for (rapidjson::SizeType i = 0; i < items->Size(); ++i) {
    MappedItem mapped = map_feed_item(mapping, source, (*items)[i]);
    const std::string where = name + "[" + std::to_string(i) + "]" + (mapped.id.empty() ? "" : " (id " + mapped.id + ")");
    for (const std::string& problem : mapped.problems) page.item_errors.push_back(where + ": " + problem);
    if (mapped.item) page.items.push_back(std::move(*mapped.item));
  }
  page.ok = true;
  return page;
}

}  // namespace tarjotin
