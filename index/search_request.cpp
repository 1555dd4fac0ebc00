#include "index/search_request.h"

namespace tarjotin {

const std::vector<std::string>& known_facets() {
  static const std::vector<std::string> kFacets = {"kind", "language", "free", "category", "municipality"};
  return kFacets;
}

}  // namespace tarjotin
