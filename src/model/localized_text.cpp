#include "localized_text.h"

#include <array>

namespace tarjotin {

std::string pick_text(const LocalizedText& text, const std::string& lang, std::string* chosen) {
  auto found = text.find(lang);
  if (found == text.end()) {
    static const std::array<const char*, 3> kFallback{"fi", "sv", "en"};
    for (const char* fallback : kFallback) {
      found = text.find(fallback);
      if (found != text.end()) break;
    }
  }
  if (found == text.end() && !text.empty()) found = text.begin();
  if (found == text.end()) {
    if (chosen) chosen->clear();
    return "";
  }
  if (chosen) *chosen = found->first;
  return found->second;
}

void set_text(LocalizedText& text, const std::string& lang, const std::string& value) {
  if (value.find_first_not_of(" \t\r\n") == std::string::npos) return;
  text[lang] = value;
}

}  // namespace tarjotin
