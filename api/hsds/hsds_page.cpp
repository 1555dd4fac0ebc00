#include "api/hsds/hsds_page.h"

namespace tarjotin::hsds {

std::string page_json(rapidjson::Document& doc, Value contents, std::int64_t total_items, int page, int per_page) {
  Alloc& a = doc.GetAllocator();
  const std::int64_t pages = (total_items + per_page - 1) / per_page;
  const auto size = static_cast<std::int64_t>(contents.Size());
  doc.SetObject();
  doc.AddMember("total_items", total_items, a);
  doc.AddMember("total_pages", pages, a);
  doc.AddMember("page_number", page, a);
  doc.AddMember("size", size, a);
  doc.AddMember("first_page", page == 1, a);
  doc.AddMember("last_page", page >= pages, a);
  doc.AddMember("empty", size == 0, a);
  doc.AddMember("contents", contents, a);
  return to_json(doc);
}

}  // namespace tarjotin::hsds
