#pragma once
// Turns feed HTML (Linked Events and Lähellä descriptions) into plain text for
// indexing and snippets: tags dropped, block tags and <br> become line breaks,
// the common named entities and all numeric entities decoded, whitespace folded.
// Script and style contents are dropped. Never throws; any byte string is accepted.

#include <string>

namespace tarjotin {

std::string html_to_text(const std::string& html);

}  // namespace tarjotin
