#pragma once
// The description of a TPR place: the unit's own `desc_*` text followed, per
// language, by what the Listing has no field for, each as a plain-text section
// "<heading>:\n<text>" separated by a blank line:
//
//   1. opening hours (OPENING_HOURS connections)  Aukioloajat / Öppettider / Opening hours
//   2. other information (OTHER_INFO connections) Lisätietoja / Övrig information / Other information
//   3. accessibility sentences (newfeatures=yes)  Esteettömyys / Tillgänglighet / Accessibility
//
// A section is added only in the languages in which it has text; when the unit
// has no `desc_*` in that language the description is the sections alone.
// Accessibility sentences are listed under their group (`sentence_group_<lang>`)
// as "- <sentence>" lines; a sentence without text in a language is left out of
// that language. Pure; never throws.

#include <rapidjson/document.h>

#include "connectors/tpr/unit_connections.h"
#include "model/localized_text.h"

namespace tarjotin::tpr {

// `unit` is the unit object; `connections` what read_connections() found in it.
LocalizedText unit_description(const rapidjson::Value& unit, const UnitConnections& connections);

// The `accessibility_sentences` array as text per language (without heading);
// empty for a missing or non-array value.
LocalizedText accessibility_sentences_text(const rapidjson::Value* sentences);

}  // namespace tarjotin::tpr
