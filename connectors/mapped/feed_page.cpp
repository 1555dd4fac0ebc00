#include "connectors/mapped/feed_page.h"

#include <rapidjson/error/en.h>

namespace tarjotin {

FeedPage parse_feed_page(const FeedMapping& mapping, const std::string& source, const std::string& body) {
  FeedPage page;
  const std::size_t bom = body.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  page.document.Parse(body.data() + bom, body.size() - bom);
  if (page.document.HasParseError()) {
    page.error = std::string("invalid JSON: ") + rapidjson::GetParseError_En(page.document.GetParseError());
    page.error_offset = static_cast<long long>(page.document.GetErrorOffset() + bom);
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
