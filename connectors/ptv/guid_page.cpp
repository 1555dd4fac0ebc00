#include "connectors/ptv/guid_page.h"

#include "connectors/ptv/ptv_json.h"

namespace tarjotin::ptv {

GuidPage parse_guid_page(const std::string& body) {
  GuidPage page;
  ParsedBody parsed = parse_body(body);
  if (!parsed.ok) {
    page.error = parsed.error;
    page.error_offset = parsed.error_offset;
    return page;
  }
  const Value& root = *parsed.document;
  if (!root.IsObject()) {
    page.error = "expected a JSON object {\"pageNumber\", \"pageCount\", \"itemList\"}";
    return page;
  }
  const Value* count = member(root, "pageCount");
  // PTV has a few hundred pages of 1,000 GUIDs; a count beyond a million is a
  // broken page (and would overflow the progress arithmetic).
  if (!count || !count->IsInt() || count->GetInt() < 0 || count->GetInt() > 1'000'000) {
    page.error = "page has no \"pageCount\" in 0..1000000";
    return page;
  }
  page.page_count = count->GetInt();
  if (const Value* number = member(root, "pageNumber"); number && number->IsInt()) page.page_number = number->GetInt();
  const Value* items = member(root, "itemList");
  if (items && !items->IsNull() && !items->IsArray()) {
    page.error = "page \"itemList\" is neither an array nor null";
    return page;
  }
  if (items && items->IsArray()) {
    for (const Value& item : items->GetArray()) {
      const std::string id = string_member(item, "id");
      if (id.empty())
        ++page.skipped_items;
      else
        page.ids.push_back(id);
    }
  }
  page.ok = true;
  return page;
}

}  // namespace tarjotin::ptv
