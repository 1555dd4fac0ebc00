#include "connectors/tpr/unit_list.h"

#include "connectors/tpr/json_body.h"
#include "connectors/tpr/unit_mapping.h"

namespace tarjotin::tpr {

UnitList parse_unit_list(const std::string& source, const std::string& root, const std::string& body,
                         const OntologyLabels& labels) {
  UnitList list;
  JsonArrayBody parsed = parse_array_body(body, "units");
  if (!parsed.ok) {
    list.error = parsed.error;
    list.error_offset = parsed.error_offset;
    return list;
  }
  const auto& units = parsed.document.GetArray();
  list.units.reserve(units.Size());
  for (rapidjson::SizeType i = 0; i < units.Size(); ++i) {
    std::string error;
    if (std::optional<FeedItem> item = map_unit(source, root, units[i], labels, &error))
      list.units.push_back(std::move(*item));
    else
      list.unit_errors.push_back("unit [" + std::to_string(i) + "]: " + error);
  }
  list.ok = true;
  return list;
}

}  // namespace tarjotin::tpr
