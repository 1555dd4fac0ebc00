#include "index/search_request.h"

namespace tarjotin {

const std::vector<std::string>& known_facets() {
  static const std::vector<std::string> kFacets = {"category", "theme",        "target_group", "language",
                                                   "free",     "accessibility", "municipality", "kind",
                                                   "channel",  "weekday",      "time_of_day"};
  return kFacets;
}

}  // namespace tarjotin
