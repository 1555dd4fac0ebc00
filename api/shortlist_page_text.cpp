#include "api/shortlist_page_text.h"

namespace tarjotin {
namespace {

const ShortlistWords kFinnish = {
    "Sinun listasi",
    "Tässä ovat palvelut, joista puhuimme. Voit soittaa tai mennä paikalle.",
    "Muistiinpano",
    "Mitä se on",
    "Kenelle",
    "Milloin",
    "Missä",
    "Hinta",
    "Ilmoittautuminen",
    "Puhelin",
    "Verkkosivu",
    "Maksuton",
    "Kysy hintaa järjestäjältä.",
    "Ilmoittaudu etukäteen.",
    "Ei tarvitse ilmoittautua. Voit vain tulla.",
    "Kysy järjestäjältä, pitääkö ilmoittautua.",
    "Kysy ajat järjestäjältä.",
    "muuta päivää",
    "Ikä",
    "Kieli",
    "Reittiohjeet: reittiopas.hsl.fi",
    "Tämä palvelu ei ole enää saatavilla.",
    "Voit avata tämän listan",
    "Tulosta",
    "Listaa ei löydy",
    "Lista on vanhentunut tai osoite on väärin. Pyydä uusi lista.",
    "Peruttu",
    {"ma", "ti", "ke", "to", "pe", "la", "su"},
    "klo",
};

const ShortlistWords kSwedish = {
    "Din lista",
    "Här är tjänsterna vi talade om. Du kan ringa eller gå dit.",
    "Anteckning",
    "Vad det är",
    "För vem",
    "När",
    "Var",
    "Pris",
    "Anmälan",
    "Telefon",
    "Webbsida",
    "Gratis",
    "Fråga arrangören om priset.",
    "Anmäl dig i förväg.",
    "Du behöver inte anmäla dig. Du kan bara komma.",
    "Fråga arrangören om du måste anmäla dig.",
    "Fråga arrangören om tiderna.",
    "andra dagar",
    "Ålder",
    "Språk",
    "Vägbeskrivning: reittiopas.hsl.fi",
    "Den här tjänsten finns inte längre.",
    "Du kan öppna listan till",
    "Skriv ut",
    "Listan finns inte",
    "Listan har gått ut eller adressen är fel. Be om en ny lista.",
    "Inställt",
    {"mån", "tis", "ons", "tors", "fre", "lör", "sön"},
    "kl.",
};

const ShortlistWords kEnglish = {
    "Your list",
    "Here are the services we talked about. You can call them or just go there.",
    "Note",
    "What it is",
    "Who it is for",
    "When",
    "Where",
    "Price",
    "Signing up",
    "Phone",
    "Web page",
    "Free",
    "Ask the organiser about the price.",
    "Sign up before you go.",
    "You do not need to sign up. You can just come.",
    "Ask the organiser if you need to sign up.",
    "Ask the organiser for the times.",
    "more dates",
    "Age",
    "Language",
    "Directions: reittiopas.hsl.fi",
    "This service is no longer available.",
    "You can open this list until",
    "Print",
    "List not found",
    "The list has expired or the address is wrong. Ask for a new list.",
    "Cancelled",
    {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"},
    "at",
};

}  // namespace

const ShortlistWords& shortlist_words(const std::string& lang) {
  if (lang == "sv") return kSwedish;
  if (lang == "en") return kEnglish;
  return kFinnish;
}

}  // namespace tarjotin
