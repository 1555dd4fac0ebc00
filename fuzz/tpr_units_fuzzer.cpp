// libFuzzer target: a TPR unit list, with a small ontology label table.
#include <cstddef>
#include <cstdint>
#include <string>

#include "connectors/tpr/ontology_words.h"
#include "connectors/tpr/unit_list.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const tarjotin::tpr::OntologyLabels labels{{"813", {{"fi", "uimahallit"}, {"sv", "simhallar"}}}};
  tarjotin::tpr::parse_unit_list("tpr", "https://www.hel.fi/palvelukarttaws/rest/v4/",
                                 std::string(reinterpret_cast<const char*>(data), size), labels);
  return 0;
}
