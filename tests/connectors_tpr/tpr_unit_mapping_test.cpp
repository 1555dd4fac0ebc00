// The real unit 41102 (Yrjönkatu swimming hall) and the real ontology word
// dump, served over HTTP and mapped value by value; and a unit that says
// almost nothing, which must stay unknown rather than "no".
#include <gtest/gtest.h>

#include "connectors/recording_sink.h"
#include "connectors/tpr/tpr_connector.h"
#include "connectors_tpr/tpr_api.h"

namespace tarjotin {
namespace {

using testing::fast_options;
using testing::RecordingSink;
using testing::TprApi;
using testing::tpr_source;

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class RealUnit : public ::testing::Test {
 protected:
  void SetUp() override {
    TprConnector connector(tpr_source(api.root()), fast_options());
    outcome = connector.pull(sink, PullOptions{});
    ASSERT_EQ(sink.items.size(), 1u) << sink.error_text();
    unit = &sink.items[0].listing;
  }

  TprApi api{{200, testing::real_unit_array()}, {200, testing::real_ontology_words()}};
  RecordingSink sink;
  PullOutcome outcome;
  const Listing* unit = nullptr;
};

TEST_F(RealUnit, PullIsACompleteSnapshotWithNewFeatures) {
  EXPECT_TRUE(sink.errors.empty()) << sink.error_text();
  EXPECT_TRUE(outcome.complete);
  EXPECT_TRUE(outcome.full_snapshot);
  EXPECT_EQ(outcome.pages, 1);
  ASSERT_EQ(api.unit_queries().size(), 1u);
  const httplib::Params query = api.unit_queries().at(0);
  ASSERT_EQ(query.count("newfeatures"), 1u);
  EXPECT_EQ(query.find("newfeatures")->second, "yes");
  EXPECT_EQ(api.ontology_requests(), 1);
  EXPECT_EQ(sink.page_urls, std::vector<std::string>{api.root() + "unit/?newfeatures=yes"});
}

TEST_F(RealUnit, IdentityKindAndProvenance) {
  EXPECT_EQ(unit->id, "tpr:41102");
  EXPECT_EQ(unit->source, "tpr");
  EXPECT_EQ(unit->source_id, "41102");
  EXPECT_EQ(unit->kind, Kind::place);
  EXPECT_EQ(unit->status, EventStatus::scheduled);
  EXPECT_EQ(unit->source_url, api.root() + "unit/41102/");
  EXPECT_EQ(unit->source_modified, "2023-11-13T12:50:18");
  EXPECT_EQ(unit->channels, std::vector<std::string>{"in_person"});
  EXPECT_TRUE(unit->occurrences.empty());
  EXPECT_TRUE(unit->organiser.id.empty());
  EXPECT_TRUE(unit->organiser.name.empty());
  EXPECT_TRUE(starts_with(sink.items[0].raw, "{\"id\":41102,")) << sink.items[0].raw.substr(0, 40);
}

TEST_F(RealUnit, NamesAndSummaryInThreeLanguages) {
  const LocalizedText name = {{"fi", "Yrjönkadun uimahalli"}, {"sv", "Georgsgatans simhall"}, {"en", "Yrjönkatu swimming hall"}};
  EXPECT_EQ(unit->name, name);
  ASSERT_EQ(unit->summary.size(), 3u);
  EXPECT_EQ(unit->summary.at("fi"),
            "Kaupungin hallinnassa on neljä uimahallia. Lisäksi Helsingissä on yhdeksän yhtiöpohjaista uimahallia, "
            "joiden toimintaa kaupunki avustaa.");
  EXPECT_TRUE(starts_with(unit->summary.at("sv"), "Helsingfors stad förfogar över fyra simhallar."));
  EXPECT_TRUE(starts_with(unit->summary.at("en"), "The City of Helsinki has four swimming halls."));
}

TEST_F(RealUnit, DescriptionThenOpeningHoursOtherInfoAndAccessibility) {
  ASSERT_EQ(unit->description.size(), 3u);
  const std::string& fi = unit->description.at("fi");
  EXPECT_TRUE(starts_with(fi, "Yrjönkadun uimahalli suljetaan 31.12.2023 jälkeen perusparannuksen vuoksi."));
  EXPECT_TRUE(contains(fi, "1920-luvun klassismin edustus.\n\nAukioloajat:\nNaiset (uintiaika 2 h):\n- ma\n"));
  EXPECT_TRUE(contains(fi, "Suljettu \"2. kerros\"\n\nSisäänpääsy päättyy 20, uintiaika 20.30"));
  EXPECT_TRUE(contains(fi, "\n\nLisätietoja:\nAlueella on kuvauskielto.\n\nHallissa on yksi 25 metriä pitkä allas"));
  EXPECT_TRUE(contains(fi, "\n\nEsteettömyys:\nReitti pääsisäänkäynnille\n- Kulkureitti sisäänkäynnille on epätasainen.\n"
                           "Pääsisäänkäynti\n- Sisäänkäynti erottuu selkeästi."));
  EXPECT_LT(fi.find("Aukioloajat:"), fi.find("Lisätietoja:"));
  EXPECT_LT(fi.find("Lisätietoja:"), fi.find("Esteettömyys:"));
  EXPECT_TRUE(contains(unit->description.at("sv"), "\n\nÖppettider:\nDamer (simningstid 2 timmar):"));
  EXPECT_TRUE(contains(unit->description.at("sv"), "\n\nTillgänglighet:\nRutten till huvudingången\n- Rutten till ingången är ojämn."));
  EXPECT_TRUE(contains(unit->description.at("en"), "\n\nOpening hours:\nWomen (swimming time 2 hrs):"));
  EXPECT_TRUE(contains(unit->description.at("en"), "\n\nOther information:\nTaking photos is prohibited"));
  EXPECT_TRUE(contains(unit->description.at("en"),
                       "\n\nAccessibility:\nThe route to the main entrance\n- The route to the entrance is rough."));
}

TEST_F(RealUnit, LocationAddressMunicipalityAndCoordinates) {
  const Location& location = unit->location;
  EXPECT_EQ(location.id, "tprek:41102");
  EXPECT_EQ(location.name, unit->name);
  const LocalizedText street = {{"fi", "Yrjönkatu 21 b"}, {"sv", "Georgsgatan 21 b"}, {"en", "Yrjönkatu 21 b"}};
  EXPECT_EQ(location.street_address, street);
  EXPECT_EQ(location.postal_code, "00100");
  const LocalizedText municipality = {{"fi", "Helsinki"}, {"sv", "Helsingfors"}};
  EXPECT_EQ(location.municipality, municipality);
  ASSERT_TRUE(location.lat && location.lon);
  EXPECT_DOUBLE_EQ(*location.lat, 60.16835);
  EXPECT_DOUBLE_EQ(*location.lon, 24.93896);
}

TEST_F(RealUnit, LanguagesAndAccessibility) {
  EXPECT_EQ(unit->languages, (std::vector<std::string>{"fi", "sv"}));
  // "00:unknown,11:red,...,61:red": the placeholder 00 dropped, every viewpoint red.
  const std::map<std::string, Tri> expected = {
      {"wheelchair", Tri::no},        {"wheelchair_by_car", Tri::no},         {"wheelchair_drop_off", Tri::no},
      {"reduced_mobility", Tri::no},  {"reduced_mobility_by_car", Tri::no},   {"reduced_mobility_drop_off", Tri::no},
      {"rollator", Tri::no},          {"rollator_by_car", Tri::no},           {"rollator_drop_off", Tri::no},
      {"stroller", Tri::no},          {"visually_impaired", Tri::no},         {"visually_impaired_drop_off", Tri::no},
      {"hearing_loop", Tri::no}};
  EXPECT_EQ(unit->accessibility, expected);
}

TEST_F(RealUnit, ContactPhoneEmailAndFirstLink) {
  EXPECT_EQ(unit->contact.phone, "+358 9 310 87401");
  EXPECT_EQ(unit->contact.email, "");  // neither the unit nor a PHONE_OR_EMAIL connection gives one
  EXPECT_EQ(unit->contact.url,
            "https://liikunta.hel.fi/fi/articles/yleinen/yrjonkadun-uimahalli-suljetaan-vuodenvaihteessa-perusparannuksen-vuoksi");
}

TEST_F(RealUnit, PriceTextPerLanguageWithAmountsIsNotFree) {
  ASSERT_EQ(unit->price.text.size(), 3u);
  EXPECT_TRUE(starts_with(unit->price.text.at("fi"), "1. krs kaappi\n\nAikuiset \n- kertamaksu 5,80 e"));
  EXPECT_TRUE(starts_with(unit->price.text.at("sv"), "1. våningen skåp\n\nVuxna \n- engångsavgift 5,80 e"));
  EXPECT_TRUE(starts_with(unit->price.text.at("en"), "1st floor with locker\n\nAdults \n- one visit €5.80"));
  EXPECT_EQ(unit->price.free, Tri::no);
  ASSERT_TRUE(unit->price.min_eur && unit->price.max_eur);
  EXPECT_DOUBLE_EQ(*unit->price.min_eur, 1.0);    // "pefletti, saippua, shampoo 1 e/kpl"
  EXPECT_DOUBLE_EQ(*unit->price.max_eur, 138.0);  // "kausikortti (120 pv) 138 e"
}

TEST_F(RealUnit, KeywordsAreOntologyWordsWithRealLabels) {
  ASSERT_EQ(unit->keywords.size(), 4u);
  EXPECT_EQ(unit->keywords[0].id, "tpr:ontologyword:473");
  EXPECT_EQ(unit->keywords[1].id, "tpr:ontologyword:729");
  EXPECT_EQ(unit->keywords[2].id, "tpr:ontologyword:864");
  EXPECT_EQ(unit->keywords[3].id, "tpr:ontologyword:917");
  const LocalizedText sights = {{"fi", "nähtävyydet"}, {"sv", "sevärdheter"}, {"en", "sights"}};
  const LocalizedText pools = {{"fi", "uimahallit"}, {"sv", "simhallar"}, {"en", "public indoor swimming pools"}};
  const LocalizedText wellness = {{"fi", "hyvinvointipalvelut"}, {"sv", "välmående"}, {"en", "wellness"}};
  const LocalizedText sports = {{"fi", "liikunta"}, {"sv", "idrott och motion"}, {"en", "sports"}};
  EXPECT_EQ(unit->keywords[0].label, sights);
  EXPECT_EQ(unit->keywords[1].label, pools);
  EXPECT_EQ(unit->keywords[2].label, wellness);
  EXPECT_EQ(unit->keywords[3].label, sports);
  EXPECT_TRUE(unit->categories.empty());
  EXPECT_TRUE(unit->target_groups.empty());
}

void expect_all_unknown(const Listing& l) {
  EXPECT_TRUE(l.summary.empty());
  EXPECT_TRUE(l.description.empty());
  EXPECT_TRUE(l.organiser.id.empty() && l.organiser.name.empty());
  EXPECT_TRUE(l.keywords.empty());
  EXPECT_TRUE(l.languages.empty());
  EXPECT_EQ(l.price.free, Tri::unknown);
  EXPECT_TRUE(l.price.text.empty());
  EXPECT_FALSE(l.price.min_eur || l.price.max_eur);
  EXPECT_TRUE(l.accessibility.empty());
  EXPECT_TRUE(l.location.street_address.empty());
  EXPECT_TRUE(l.location.postal_code.empty());
  EXPECT_TRUE(l.location.municipality.empty());
  EXPECT_FALSE(l.location.lat || l.location.lon);
  EXPECT_TRUE(l.occurrences.empty());
  EXPECT_FALSE(l.min_age || l.max_age);
  EXPECT_EQ(l.registration.required, Tri::unknown);
  EXPECT_TRUE(l.contact.phone.empty() && l.contact.email.empty() && l.contact.url.empty());
  EXPECT_TRUE(l.source_modified.empty());
}

TEST(TprUnitMapping, UnitWithOnlyAFinnishNameLeavesEverythingUnknown) {
  TprApi api({200, R"([{"id":7,"name_fi":"Pelkkä nimi"},
      {"id":8,"name_fi":"Tyhjät kentät","name_sv":"","short_desc_fi":" ","provided_languages":null,"latitude":null,
       "longitude":24.9,"connections":null,"accessibility_viewpoints":null,"ontologyword_ids":null,"phone":null}])"},
             {200, "[]"});
  RecordingSink sink;
  TprConnector(tpr_source(api.root()), fast_options()).pull(sink, PullOptions{});
  EXPECT_TRUE(sink.errors.empty()) << sink.error_text();
  ASSERT_EQ(sink.items.size(), 2u);
  for (const FeedItem& item : sink.items) {
    SCOPED_TRACE(item.listing.id);
    ASSERT_EQ(item.listing.name.size(), 1u);
    EXPECT_EQ(item.listing.kind, Kind::place);
    expect_all_unknown(item.listing);
  }
  EXPECT_EQ(sink.items[0].listing.name.at("fi"), "Pelkkä nimi");
}

TEST(TprUnitMapping, ViewpointsGiveYesNoAndUnknown) {
  TprApi api({200, R"([{"id":"9","name_fi":"N","accessibility_viewpoints":"00:unknown,11:green,21:red,41:unknown"}])"},
             {200, "[]"});
  RecordingSink sink;
  TprConnector(tpr_source(api.root()), fast_options()).pull(sink, PullOptions{});
  ASSERT_EQ(sink.items.size(), 1u) << sink.error_text();
  const std::map<std::string, Tri> expected = {
      {"wheelchair", Tri::yes}, {"reduced_mobility", Tri::no}, {"stroller", Tri::unknown}};
  EXPECT_EQ(sink.items[0].listing.accessibility, expected);
  EXPECT_EQ(sink.items[0].listing.id, "tpr:9");
}

TEST(TprUnitMapping, FreePriceWordsAndConnectionContacts) {
  TprApi api({200, R"([{"id":10,"name_fi":"N","connections":[
      {"section_type":"PRICE","name_fi":"Maksuton","name_sv":"Avgiftsfri","name_en":"Free of charge"},
      {"section_type":"PHONE_OR_EMAIL","name_fi":"Info","email":"info@example.fi"},
      {"section_type":"PHONE_OR_EMAIL","name_fi":"Kassa","phone":"09 123"},
      {"section_type":"LINK","name_fi":"Kotisivu","www_sv":"https://example.fi/sv"}]},
    {"id":11,"name_fi":"M","www_en":"https://example.fi/en","connections":[
      {"section_type":"PRICE","name_fi":"Kysy hintaa kassalta"},
      {"section_type":"LINK","www_fi":"https://example.fi/link"}]}])"},
             {200, "[]"});
  RecordingSink sink;
  TprConnector(tpr_source(api.root()), fast_options()).pull(sink, PullOptions{});
  ASSERT_EQ(sink.items.size(), 2u) << sink.error_text();
  const Listing& free = sink.items[0].listing;
  EXPECT_EQ(free.price.free, Tri::yes);
  EXPECT_EQ(free.price.text.at("sv"), "Avgiftsfri");
  EXPECT_EQ(free.contact.email, "info@example.fi");
  EXPECT_EQ(free.contact.phone, "09 123");
  EXPECT_EQ(free.contact.url, "https://example.fi/sv");
  const Listing& vague = sink.items[1].listing;
  EXPECT_EQ(vague.price.free, Tri::unknown);  // a price text without an amount says neither
  EXPECT_EQ(vague.price.text.at("fi"), "Kysy hintaa kassalta");
  EXPECT_EQ(vague.contact.url, "https://example.fi/en");  // the unit's own www before any LINK
}

}  // namespace
}  // namespace tarjotin
