#pragma once
// Display labels, in fi / sv / en, for the fixed value sets of the model:
// kinds, yes/no/unknown, channels and the ISO 639-1 languages feeds use.
// Unknown codes get the code itself as label.

#include <string>

namespace tarjotin {

// `facet` is one of "kind", "free", "language", "channel", "status".
std::string fixed_label(const std::string& facet, const std::string& value, const std::string& lang);

}  // namespace tarjotin
