#pragma once
// Parses one PTV v11 GUID page, the body of `Service?page=N`:
// `{"pageNumber":1,"pageSize":1000,"pageCount":3,"itemList":[{"id":"…","name":"…"}]}`.
// Pure: no I/O, never throws. A UTF-8 BOM is accepted; unknown members are ignored.
//
// A body that is not JSON, not an object, or has no integer pageCount fails as
// a whole (ok=false) with a message and, for syntax errors, the byte offset.
// `itemList` may be null or empty (an empty catalogue or an incremental window
// with no changes). Items without a string id are skipped and counted.

#include <string>
#include <vector>

namespace tarjotin::ptv {

struct GuidPage {
  bool ok = false;
  std::string error;              // when !ok
  long long error_offset = -1;

  int page_number = 0;            // as the page says; 0 when it does not
  int page_count = 0;             // pages the API claims there are
  std::vector<std::string> ids;   // service GUIDs in page order
  int skipped_items = 0;          // itemList entries without a string id
};

GuidPage parse_guid_page(const std::string& body);

}  // namespace tarjotin::ptv
