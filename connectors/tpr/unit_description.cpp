#include "connectors/tpr/unit_description.h"

#include "connectors/tpr/unit_fields.h"

namespace tarjotin::tpr {
namespace {

struct Heading {
  const char* fi;
  const char* sv;
  const char* en;
  std::string in(const std::string& lang) const { return lang == "sv" ? sv : lang == "en" ? en : fi; }
};

constexpr Heading kOpeningHours{"Aukioloajat", "Öppettider", "Opening hours"};
constexpr Heading kOtherInfo{"Lisätietoja", "Övrig information", "Other information"};
constexpr Heading kAccessibility{"Esteettömyys", "Tillgänglighet", "Accessibility"};

void add_section(LocalizedText& description, const Heading& heading, const LocalizedText& section) {
  for (const auto& [lang, text] : section) {
    std::string& existing = description[lang];
    existing += (existing.empty() ? "" : "\n\n") + heading.in(lang) + ":\n" + text;
  }
}

}  // namespace

LocalizedText accessibility_sentences_text(const rapidjson::Value* sentences) {
  LocalizedText text;
  if (!sentences || !sentences->IsArray()) return text;
  for (const char* lang : kLanguages) {
    std::string lines;
    std::string current_group;
    for (const rapidjson::Value& sentence : sentences->GetArray()) {
      const std::string body = string_field(sentence, (std::string("sentence_") + lang).c_str());
      if (body.find_first_not_of(" \t\r\n") == std::string::npos) continue;
      const std::string group = string_field(sentence, (std::string("sentence_group_") + lang).c_str());
      if (group != current_group && !group.empty()) lines += (lines.empty() ? "" : "\n") + group;
      current_group = group;
      lines += (lines.empty() ? "" : "\n") + ("- " + body);
    }
    set_text(text, lang, lines);
  }
  return text;
}

LocalizedText unit_description(const rapidjson::Value& unit, const UnitConnections& connections) {
  LocalizedText description = suffixed_text(unit, "desc");
  add_section(description, kOpeningHours, connections.opening_hours);
  add_section(description, kOtherInfo, connections.other_info);
  add_section(description, kAccessibility, accessibility_sentences_text(member(unit, "accessibility_sentences")));
  return description;
}

}  // namespace tarjotin::tpr
