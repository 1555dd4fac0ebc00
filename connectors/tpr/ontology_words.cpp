#include "connectors/tpr/ontology_words.h"

#include "connectors/tpr/json_body.h"
#include "connectors/tpr/unit_fields.h"

namespace tarjotin::tpr {

OntologyWords parse_ontology_words(const std::string& body) {
  OntologyWords words;
  JsonArrayBody parsed = parse_array_body(body, "ontology words");
  if (!parsed.ok) {
    words.error = parsed.error;
    words.error_offset = parsed.error_offset;
    return words;
  }
  for (const rapidjson::Value& word : parsed.document.GetArray()) {
    const std::string id = id_text(member(word, "id"));
    if (!id.empty()) words.labels[id] = suffixed_text(word, "ontologyword");
  }
  words.ok = true;
  return words;
}

}  // namespace tarjotin::tpr
