#include "connectors/tpr/accessibility_viewpoints.h"

namespace tarjotin::tpr {
namespace {

struct Viewpoint {
  const char* id;
  const char* feature;
};

constexpr Viewpoint kViewpoints[] = {
    {"00", ""},
    {"11", "wheelchair"},
    {"12", "wheelchair_by_car"},
    {"13", "wheelchair_drop_off"},
    {"21", "reduced_mobility"},
    {"22", "reduced_mobility_by_car"},
    {"23", "reduced_mobility_drop_off"},
    {"31", "rollator"},
    {"32", "rollator_by_car"},
    {"33", "rollator_drop_off"},
    {"41", "stroller"},
    {"51", "visually_impaired"},
    {"52", "visually_impaired_drop_off"},
    {"61", "hearing_loop"},
};

std::string trimmed(const std::string& s) {
  const std::size_t first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  const std::size_t last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

Tri tri_of(const std::string& colour) {
  if (colour == "green") return Tri::yes;
  if (colour == "red") return Tri::no;
  return Tri::unknown;
}

}  // namespace

std::string viewpoint_feature(const std::string& id) {
  for (const Viewpoint& viewpoint : kViewpoints)
    if (id == viewpoint.id) return viewpoint.feature;
  return "tpr_viewpoint_" + id;
}

std::map<std::string, Tri> parse_accessibility_viewpoints(const std::string& viewpoints) {
  std::map<std::string, Tri> accessibility;
  std::size_t start = 0;
  while (start <= viewpoints.size()) {
    std::size_t end = viewpoints.find(',', start);
    if (end == std::string::npos) end = viewpoints.size();
    const std::string entry = viewpoints.substr(start, end - start);
    start = end + 1;
    const std::size_t colon = entry.find(':');
    if (colon == std::string::npos) continue;
    const std::string id = trimmed(entry.substr(0, colon));
    if (id.empty()) continue;
    const std::string feature = viewpoint_feature(id);
    if (feature.empty()) continue;
    accessibility[feature] = tri_of(trimmed(entry.substr(colon + 1)));
  }
  return accessibility;
}

}  // namespace tarjotin::tpr
