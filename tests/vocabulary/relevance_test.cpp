// A relevance regression set: queries residents and counsellors type, in
// Finnish, Swedish and English, over the indexed fixture catalogue, each with
// the listings a person would expect among the first five results. The test
// reports success@5 (the share of queries whose expected listings are all in
// the top five) and fails below the bar; the misses are printed.
#include <gtest/gtest.h>

#include <algorithm>
#include <iomanip>

#include "vocabulary/indexed_catalogue.h"

namespace tarjotin {
namespace {

struct Case {
  const char* q;
  const char* lang;
  std::vector<std::string> expected;
};

std::string le(const char* id) { return std::string("linkedevents:demo:") + id; }
const std::string kPool = "ptv:6ccb671f-05cd-46cf-a0a4-4f98d43dfd37";
const std::string kYouthWork = "ptv:228738ee-754a-49b7-8240-2b84c5ca2970";

const std::vector<Case>& cases() {
  static const std::vector<Case> kCases = {
      // Finnish
      {"yksinäinen", "fi", {"extra:vanverksamhet", le("ystavapalvelu")}},
      {"yksinäisyys", "fi", {le("ystavapalvelu")}},
      {"ystävä", "fi", {le("ystavapalvelu")}},
      {"seuraa ikäihmiselle", "fi", {le("ystavapalvelu")}},
      {"digiapu", "fi", {le("digituki-sello")}},
      {"kännykkäapu", "fi", {le("digituki-sello")}},
      {"tietokoneopastus", "fi", {"tpr:900002"}},
      {"kielikahvila", "fi", {le("kielikahvila-oodi"), "ngo:nh-102"}},
      {"suomen kieli", "fi", {le("suomi-kurssi"), le("kielikahvila-oodi")}},
      {"jumppa", "fi", {le("tuolijumppa-kontula"), le("vesijumppa-ikaihmiset")}},
      {"liikunta senioreille", "fi", {le("tuolijumppa-kontula"), le("vesijumppa-ikaihmiset")}},
      {"uimahalli", "fi", {"tpr:41102", kPool}},
      {"uinti", "fi", {"tpr:41102", kPool}},
      {"kävely", "fi", {le("kavelyryhma-tikkurila")}},
      {"luonto", "fi", {le("luontoretki-nuuksio"), "tpr:900005"}},
      {"retki", "fi", {le("luontoretki-nuuksio"), le("lumikenkaily-nuuksio")}},
      {"kuoro", "fi", {le("kuorolaulu-avoin"), "lahella:act-101"}},
      {"laulu", "fi", {"lahella:act-101", le("kuorolaulu-avoin")}},
      {"musiikki", "fi", {le("lounaskonsertti-stoa")}},
      {"konsertti", "fi", {le("lounaskonsertti-stoa")}},
      {"tanssi", "fi", {le("tanssiilta-malmi")}},
      {"käsityö", "fi", {le("kasityokahvila-entresse")}},
      {"neulominen", "fi", {le("kasityokahvila-entresse")}},
      {"lautapelit", "fi", {le("lautapeli-tikkurila")}},
      {"shakki", "fi", {"lahella:105"}},
      {"ruokakurssi", "fi", {le("ruokakurssi-oodi")}},
      {"ruoka-apu", "fi", {"tpr:900004", "lahella:act-103"}},
      {"vapaaehtoistyö", "fi", {le("vapaaehtoiseksi-info")}},
      {"omaishoitaja", "fi", {le("vertaisryhma-omaishoitajat"), "ngo:nh-101"}},
      {"omaishoitajien vertaistuki", "fi", {"ngo:nh-101", le("vertaisryhma-omaishoitajat")}},
      {"vertaistuki", "fi", {le("vertaisryhma-omaishoitajat")}},
      {"suru", "fi", {le("suruvertaisryhma-verkossa")}},
      {"mielenterveys", "fi", {le("mielenterveys-webinaari")}},
      {"masennus", "fi", {le("mielenterveys-webinaari")}},
      {"päihteet", "fi", {"tpr:900006"}},
      {"nuoret", "fi", {le("nuorten-pelipaja"), "tpr:900001"}},
      {"nuorisotalo", "fi", {"tpr:900001"}},
      {"etsivä nuorisotyö", "fi", {kYouthWork}},
      {"kirjasto", "fi", {"tpr:900002"}},
      {"kotoutuminen", "fi", {"ngo:nh-102"}},
      {"työnhaku", "fi", {le("tyonhaku-klinikka")}},
      {"työtön", "fi", {le("tyonhaku-klinikka")}},
      {"perhekerho", "fi", {le("arabiankielinen-perhekerho")}},
      {"lapset", "fi", {le("lukukoira-myyrmaki"), le("arabiankielinen-perhekerho")}},
      {"kohtaamispaikka", "fi", {le("ukrainalaisten-kohtaamispaikka")}},
      {"kriisiapu", "fi", {"extra:kriisikeskus"}},
      {"itsemurha", "fi", {"extra:kriisikeskus", "extra:kristelefonen", "extra:crisis-chat"}},
      {"selkokieli", "fi", {le("selkokielinen-lukupiiri")}},
      {"lukupiiri", "fi", {le("selkokielinen-lukupiiri")}},
      {"näyttely", "fi", {le("taidenayttely-jatkasaari")}},
      // Finnish compounds and inflection (index/finnish_morphology.h): a
      // part of a compound finds it, inflected forms find the base form.
      // Measured when Voikko came in: these 22 passed 12 with Snowball alone,
      // 21 with Voikko; the whole set went from 105/116 to 113/116.
      {"kahvila", "fi", {le("kasityokahvila-entresse"), le("kielikahvila-oodi")}},
      {"kahviloita", "fi", {le("kasityokahvila-entresse"), le("kielikahvila-oodi")}},
      {"kielikahvilaan", "fi", {le("kielikahvila-oodi")}},
      {"kerho", "fi", {le("arabiankielinen-perhekerho"), le("english-conversation-club")}},
      {"keskustelu", "fi", {le("svenska-samtalsgrupp"), le("english-conversation-club")}},
      {"tukiryhmä", "fi", {le("suruvertaisryhma-verkossa")}},
      {"vertaisryhmiä", "fi", {le("vertaisryhma-omaishoitajat")}},
      {"omaishoitajille", "fi", {le("vertaisryhma-omaishoitajat"), "ngo:nh-101"}},
      {"lounas", "fi", {le("lounaskonsertti-stoa")}},
      {"konsertteja", "fi", {le("lounaskonsertti-stoa")}},
      {"klinikka", "fi", {le("tyonhaku-klinikka")}},
      {"lumikenkäily", "fi", {le("lumikenkaily-nuuksio")}},
      {"retket", "fi", {le("luontoretki-nuuksio"), le("lumikenkaily-nuuksio")}},
      {"yhteislaulu", "fi", {le("kuorolaulu-avoin")}},
      {"valokuvia", "fi", {le("taidenayttely-jatkasaari")}},
      {"näyttelyitä", "fi", {le("taidenayttely-jatkasaari")}},
      {"lautapelejä", "fi", {le("lautapeli-tikkurila")}},
      {"pelipajaan", "fi", {le("nuorten-pelipaja")}},
      {"päiväkeskus", "fi", {"tpr:900006"}},
      {"polku luonnossa", "fi", {"tpr:900005"}},
      {"kirjastoissa", "fi", {"tpr:900002", le("lukukoira-myyrmaki")}},
      {"seniorit", "fi", {"tpr:900003"}},
      // Swedish
      {"ensam", "sv", {"extra:vanverksamhet", le("ystavapalvelu")}},
      {"vänverksamhet", "sv", {"extra:vanverksamhet"}},
      {"språkcafé", "sv", {"ngo:nh-105", le("kielikahvila-oodi")}},
      {"träning för äldre", "sv", {le("tuolijumppa-kontula"), le("vesijumppa-ikaihmiset")}},
      {"simhall", "sv", {"tpr:41102", kPool}},
      {"simning", "sv", {"tpr:41102", kPool}},
      {"kör", "sv", {le("kuorolaulu-avoin"), "lahella:act-101"}},
      {"dans", "sv", {le("tanssiilta-malmi")}},
      {"handarbete", "sv", {le("kasityokahvila-entresse")}},
      {"brädspel", "sv", {le("lautapeli-tikkurila")}},
      {"kamratstöd", "sv", {le("vertaisryhma-omaishoitajat")}},
      {"närståendevårdare", "sv", {le("vertaisryhma-omaishoitajat"), "ngo:nh-101"}},
      {"frivilligarbete", "sv", {le("vapaaehtoiseksi-info")}},
      {"mathjälp", "sv", {"tpr:900004"}},
      {"digistöd", "sv", {le("digituki-sello")}},
      {"självmord", "sv", {"extra:kristelefonen", "extra:kriisikeskus"}},
      {"kris", "sv", {"extra:kristelefonen"}},
      {"natur", "sv", {le("luontoretki-nuuksio"), "tpr:900005"}},
      {"bibliotek", "sv", {"tpr:900002"}},
      {"sorg", "sv", {le("suruvertaisryhma-verkossa")}},
      {"ungdomar", "sv", {le("nuorten-pelipaja"), "tpr:900001"}},
      // English
      {"lonely", "en", {"extra:vanverksamhet", le("ystavapalvelu")}},
      {"befriending", "en", {le("ystavapalvelu")}},
      {"language café", "en", {le("kielikahvila-oodi"), "ngo:nh-102"}},
      {"learn finnish", "en", {le("suomi-kurssi"), le("kielikahvila-oodi")}},
      {"exercise for seniors", "en", {le("tuolijumppa-kontula"), le("vesijumppa-ikaihmiset")}},
      {"swimming", "en", {"tpr:41102", kPool}},
      {"choir", "en", {le("kuorolaulu-avoin")}},
      {"board games", "en", {le("lautapeli-tikkurila")}},
      {"crafts", "en", {le("kasityokahvila-entresse")}},
      {"volunteer", "en", {le("vapaaehtoiseksi-info")}},
      {"peer support", "en", {le("vertaisryhma-omaishoitajat"), le("suruvertaisryhma-verkossa")}},
      {"family carers", "en", {le("vertaisryhma-omaishoitajat"), "ngo:nh-101"}},
      {"food aid", "en", {"tpr:900004"}},
      {"digital help", "en", {le("digituki-sello")}},
      {"smartphone help", "en", {le("digituki-sello")}},
      {"suicide", "en", {"extra:kriisikeskus", "extra:crisis-chat"}},
      {"crisis", "en", {"extra:crisis-chat", "extra:kriisikeskus"}},
      {"nature walk", "en", {le("luontoretki-nuuksio")}},
      {"job search", "en", {le("tyonhaku-klinikka")}},
      {"grief", "en", {le("suruvertaisryhma-verkossa")}},
      {"youth centre", "en", {"tpr:900001"}},
      {"mental health", "en", {le("mielenterveys-webinaari")}},
      {"dance", "en", {le("tanssiilta-malmi")}},
  };
  return kCases;
}

TEST(Relevance, SuccessAtFiveOverTheFixtureCatalogue) {
  catalogue::IndexedCatalogue index;
  ASSERT_GE(cases().size(), 60u);
  int passed = 0;
  std::string misses;
  for (const Case& c : cases()) {
    for (const std::string& id : c.expected) ASSERT_NO_THROW(index.listing(id)) << c.q << ": no listing " << id;
    const std::vector<std::string> top = index.top(c.q, 5, c.lang);
    std::vector<std::string> missing;
    for (const std::string& id : c.expected)
      if (std::find(top.begin(), top.end(), id) == top.end()) missing.push_back(id);
    if (missing.empty()) {
      ++passed;
      continue;
    }
    misses += std::string("  \"") + c.q + "\" (" + c.lang + "): missing " + ::testing::PrintToString(missing) +
              ", top 5 " + ::testing::PrintToString(top) + "\n";
  }
  const double success = static_cast<double>(passed) / static_cast<double>(cases().size());
  std::cout << "[ relevance ] success@5 = " << passed << "/" << cases().size() << " = " << std::fixed
            << std::setprecision(3) << success << "\n"
            << misses << std::flush;
  EXPECT_GE(success, 0.9) << misses;
}

}  // namespace
}  // namespace tarjotin
