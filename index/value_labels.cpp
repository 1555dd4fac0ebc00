#include "index/value_labels.h"

#include <map>
#include <memory>
#include <utility>

#include "index/facet_labels.h"
#include "model/labels.h"

namespace tarjotin {
namespace {

struct Labels {
  const char* fi;
  const char* sv;
  const char* en;
};

const std::map<std::pair<std::string, std::string>, Labels>& table() {
  static const std::map<std::pair<std::string, std::string>, Labels> kTable = {
      {{"weekday", "mon"}, {"ma", "må", "Mon"}},
      {{"weekday", "tue"}, {"ti", "ti", "Tue"}},
      {{"weekday", "wed"}, {"ke", "on", "Wed"}},
      {{"weekday", "thu"}, {"to", "to", "Thu"}},
      {{"weekday", "fri"}, {"pe", "fr", "Fri"}},
      {{"weekday", "sat"}, {"la", "lö", "Sat"}},
      {{"weekday", "sun"}, {"su", "sö", "Sun"}},
      {{"time_of_day", "morning"}, {"Aamupäivä (ennen klo 12)", "Förmiddag (före kl. 12)", "Morning (before 12)"}},
      {{"time_of_day", "afternoon"}, {"Iltapäivä (klo 12–17)", "Eftermiddag (kl. 12–17)", "Afternoon (12–17)"}},
      {{"time_of_day", "evening"}, {"Ilta (klo 17 jälkeen)", "Kväll (efter kl. 17)", "Evening (from 17)"}},
      {{"accessibility", "wheelchair"}, {"Pyörätuolilla", "Med rullstol", "Wheelchair accessible"}},
      {{"accessibility", "rollator"}, {"Rollaattorilla", "Med rollator", "Accessible with a rollator"}},
      {{"accessibility", "stroller"}, {"Lastenvaunuilla", "Med barnvagn", "Accessible with a stroller"}},
      {{"accessibility", "hearing_loop"}, {"Induktiosilmukka", "Hörslinga", "Hearing loop"}},
      {{"accessibility", "visual"}, {"Näkövammaisille", "För synskadade", "For the visually impaired"}},
      {{"accessibility", "accessible_toilet"}, {"Esteetön WC", "Tillgänglig toalett", "Accessible toilet"}},
      {{"accessibility", "accessible_parking"}, {"Esteetön pysäköinti", "Tillgänglig parkering", "Accessible parking"}},
      {{"accessibility", "visually_impaired"}, {"Näkövammaisille", "För synskadade", "For the visually impaired"}},
      {{"accessibility", "reduced_mobility"}, {"Liikkumisesteisille", "För rörelsehindrade", "Reduced mobility"}},
      {{"accessibility", "sign_language"}, {"Viittomakielellä", "På teckenspråk", "In sign language"}},
      {{"accessibility", "easy_read"}, {"Selkokielellä", "På lättläst språk", "In easy-read language"}},
  };
  return kTable;
}

std::shared_ptr<const VocabularyLabels>& vocabulary_slot() {
  static std::shared_ptr<const VocabularyLabels> slot;
  return slot;
}

std::optional<std::string> vocabulary_label(const std::string& facet, const std::string& value, const std::string& lang) {
  const auto labels = std::atomic_load(&vocabulary_slot());
  if (!labels || !*labels) return std::nullopt;
  return (*labels)(facet, value, lang);
}

}  // namespace

void set_vocabulary_labels(VocabularyLabels labels) {
  std::shared_ptr<const VocabularyLabels> next;
  if (labels) next = std::make_shared<const VocabularyLabels>(std::move(labels));
  std::atomic_store(&vocabulary_slot(), next);
}

std::string search_label(const std::string& facet, const std::string& value, const std::string& lang) {
  auto it = table().find({facet, value});
  if (it == table().end()) return value;
  if (lang == "sv") return it->second.sv;
  if (lang == "en") return it->second.en;
  return it->second.fi;
}

std::string facet_value_label(const Xapian::Database& db, const std::string& facet, const std::string& value,
                              const std::string& lang) {
  if (facet == "municipality") return municipality_label(db, value, lang);
  if (facet == "kind" || facet == "free" || facet == "channel") return fixed_label(facet, value, lang);
  if (facet == "language") {
    const std::string fixed = fixed_label(facet, value, lang);
    if (fixed != value) return fixed;
    return vocabulary_label(facet, value, lang).value_or(value);
  }
  if (facet == "category" || facet == "theme" || facet == "target_group")
    if (auto label = vocabulary_label(facet, value, lang)) return *label;
  const std::string own = search_label(facet, value, lang);
  if (own != value) return own;
  return vocabulary_label(facet, value, lang).value_or(value);
}

}  // namespace tarjotin
