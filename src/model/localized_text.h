#pragma once
// LocalizedText: one text in several languages, keyed by language code
// ("fi", "sv", "en", and whatever else a feed carries, e.g. "ru", "zh_hans").
// Empty strings are never stored: a language is either present with text or absent.

#include <map>
#include <string>

namespace tarjotin {

using LocalizedText = std::map<std::string, std::string>;

// The text in `lang`, else in the fallback order fi, sv, en, then any other
// language present. Sets *chosen (if given) to the language actually returned,
// or to "" when the text is empty in every language (then returns "").
std::string pick_text(const LocalizedText& text, const std::string& lang,
                      std::string* chosen = nullptr);

// Adds `value` under `lang` unless the value is empty or only whitespace.
void set_text(LocalizedText& text, const std::string& lang, const std::string& value);

}  // namespace tarjotin
