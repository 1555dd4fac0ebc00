#pragma once
// Maps one TPR REST v4 unit object to a FeedItem (a Listing of Kind::place).
// Pure: no I/O, never throws. The field-by-field mapping is listed in
// tpr_connector.h; unknown and extra members are ignored, and what the unit
// does not say stays unknown / empty.

#include <optional>
#include <string>

#include <rapidjson/document.h>

#include "connectors/connector.h"
#include "connectors/tpr/ontology_words.h"

namespace tarjotin::tpr {

// `source` is the configured source name (the id prefix); `root` the API root
// ending in '/' (source_url is "<root>unit/<id>/"); `labels` the ontology word
// labels known so far (may be empty). nullopt, with *error saying why, when
// `unit` is not an object with an integer or non-empty string "id".
std::optional<FeedItem> map_unit(const std::string& source, const std::string& root,
                                 const rapidjson::Value& unit, const OntologyLabels& labels,
                                 std::string* error);

}  // namespace tarjotin::tpr
