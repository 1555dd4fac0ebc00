#include "labels.h"

#include <map>
#include <tuple>

namespace tarjotin {
namespace {

struct Labels { const char* fi; const char* sv; const char* en; };

const std::map<std::pair<std::string, std::string>, Labels>& table() {
  static const std::map<std::pair<std::string, std::string>, Labels> kTable = {
      {{"kind", "event"}, {"Tapahtuma tai kurssi", "Evenemang eller kurs", "Event or course"}},
      {{"kind", "service"}, {"Palvelu", "Tjänst", "Service"}},
      {{"kind", "place"}, {"Paikka", "Plats", "Place"}},
      {{"kind", "volunteering"}, {"Vapaaehtoistyö", "Frivilligarbete", "Volunteering"}},
      {{"free", "yes"}, {"Maksuton", "Avgiftsfri", "Free"}},
      {{"free", "no"}, {"Maksullinen", "Avgiftsbelagd", "Paid"}},
      {{"free", "unknown"}, {"Hinta ei tiedossa", "Pris okänt", "Price not known"}},
      {{"channel", "in_person"}, {"Paikan päällä", "På plats", "In person"}},
      {{"channel", "online"}, {"Verkossa", "På nätet", "Online"}},
      {{"channel", "phone"}, {"Puhelimessa", "Per telefon", "By phone"}},
      {{"status", "scheduled"}, {"Ajallaan", "Enligt plan", "Scheduled"}},
      {{"status", "cancelled"}, {"Peruttu", "Inställt", "Cancelled"}},
      {{"status", "postponed"}, {"Siirretty", "Uppskjutet", "Postponed"}},
      {{"status", "rescheduled"}, {"Uusi ajankohta", "Ny tidpunkt", "Rescheduled"}},
      {{"language", "fi"}, {"suomi", "finska", "Finnish"}},
      {{"language", "sv"}, {"ruotsi", "svenska", "Swedish"}},
      {{"language", "en"}, {"englanti", "engelska", "English"}},
      {{"language", "ru"}, {"venäjä", "ryska", "Russian"}},
      {{"language", "et"}, {"viro", "estniska", "Estonian"}},
      {{"language", "ar"}, {"arabia", "arabiska", "Arabic"}},
      {{"language", "so"}, {"somali", "somaliska", "Somali"}},
      {{"language", "uk"}, {"ukraina", "ukrainska", "Ukrainian"}},
      {{"language", "fa"}, {"persia", "persiska", "Persian"}},
      {{"language", "ku"}, {"kurdi", "kurdiska", "Kurdish"}},
      {{"language", "zh"}, {"kiina", "kinesiska", "Chinese"}},
      {{"language", "de"}, {"saksa", "tyska", "German"}},
      {{"language", "fr"}, {"ranska", "franska", "French"}},
      {{"language", "es"}, {"espanja", "spanska", "Spanish"}},
      {{"language", "se"}, {"pohjoissaame", "nordsamiska", "Northern Sami"}},
      {{"language", "sgn"}, {"viittomakieli", "teckenspråk", "Sign language"}},
      {{"language", "selkokieli"}, {"selkokieli", "lättläst finska", "Plain Finnish"}},
  };
  return kTable;
}

}  // namespace

std::string fixed_label(const std::string& facet, const std::string& value, const std::string& lang) {
  auto it = table().find({facet, value});
  if (it == table().end()) return value;
  if (lang == "sv") return it->second.sv;
  if (lang == "en") return it->second.en;
  return it->second.fi;
}

}  // namespace tarjotin
