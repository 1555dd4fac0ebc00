// map_service and ServiceFilter on the real PTV fixtures (kunta-api, v9/v11
// shape) and on small edits of them; pure, no HTTP.
#include "connectors/ptv/service_mapping.h"

#include <gtest/gtest.h>

#include "connectors_ptv/ptv_payloads.h"

namespace tarjotin::ptv {
namespace {

using namespace tarjotin::testing;

const std::string kRoot = "https://api.palvelutietovaranto.suomi.fi/api/v11/";

// Parses JSON bodies and keeps them alive for the ChannelIndex.
class Bodies {
 public:
  const Value& parse(const std::string& json) {
    bodies_.push_back(parse_body(json));
    EXPECT_TRUE(bodies_.back().ok) << bodies_.back().error;
    return *bodies_.back().document;
  }

 private:
  std::vector<ParsedBody> bodies_;
};

Listing map(const std::string& service_json, const std::vector<std::string>& channel_jsons = {}) {
  Bodies bodies;
  ChannelIndex channels;
  for (const std::string& json : channel_jsons) {
    const Value& channel = bodies.parse(json);
    channels[string_member(channel, "id")] = &channel;
  }
  std::string error;
  const std::optional<FeedItem> item = map_service("ptv", kRoot, bodies.parse(service_json), channels, &error);
  EXPECT_TRUE(item) << error;
  return item ? item->listing : Listing{};
}

LocalizedText text(std::initializer_list<std::pair<const std::string, std::string>> entries) { return entries; }

bool has_keyword(const Listing& listing, const std::string& id, const std::string& fi_label) {
  for (const SourceKeyword& k : listing.keywords)
    if (k.id == id) return k.label.count("fi") && k.label.at("fi") == fi_label;
  return false;
}

TEST(PtvServiceMapping, VaasaSwimmingHallValueByValue) {
  const Listing l = map(vaasa_pool_json());
  EXPECT_EQ(l.id, "ptv:" + kVaasaPool);
  EXPECT_EQ(l.source, "ptv");
  EXPECT_EQ(l.source_id, kVaasaPool);
  EXPECT_EQ(l.kind, Kind::service);
  EXPECT_EQ(l.name, text({{"fi", "Uimahalli"}, {"sv", "Simhallen"}, {"en", "Swimming Centre"}}));
  EXPECT_EQ(l.summary.at("fi"),
            "Vaasan Uimahallissa voi kuntouinnin lisäksi harrastaa vesijuoksua sekä osallistua ohjattuihin vesijumppiin.");
  EXPECT_EQ(l.summary.size(), 3u);
  ASSERT_EQ(l.description.size(), 3u);
  EXPECT_EQ(l.description.at("en").rfind("The Vaasa Swimming Centre offers diverse facilities for water sports.", 0), 0u);
  EXPECT_NE(l.description.at("en").find("\n\nIn addition to the pools"), std::string::npos);  // kept as given
  EXPECT_EQ(l.price.free, Tri::no);  // Chargeable
  EXPECT_TRUE(l.price.text.empty());  // its ChargeTypeAdditionalInfo values are null
  EXPECT_EQ(l.languages, (std::vector<std::string>{"fi", "sv", "en"}));
  EXPECT_EQ(l.location.municipality, text({{"fi", "Vaasa"}, {"sv", "Vasa"}, {"en", "Vaasa"}}));
  EXPECT_EQ(l.organiser.id, "7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5");
  EXPECT_EQ(l.organiser.name, text({{"fi", "Vaasan kaupunki"}}));
  ASSERT_EQ(l.keywords.size(), 4u);
  EXPECT_EQ(l.keywords[0].id, "http://urn.fi/URN:NBN:fi:au:ptvl:v2001");  // target group KR1 first
  EXPECT_EQ(l.keywords[0].label, text({{"fi", "Kansalaiset"}, {"sv", "Medborgare"}, {"en", "Citizens"}}));
  EXPECT_TRUE(has_keyword(l, "http://urn.fi/URN:NBN:fi:au:ptvl:v1211", "Liikunta ja urheilu"));  // service class P27.1
  EXPECT_TRUE(has_keyword(l, "http://www.yso.fi/onto/koko/p11070", "uimahallit"));
  EXPECT_TRUE(has_keyword(l, "http://www.yso.fi/onto/koko/p32246", "uinti"));
  EXPECT_EQ(l.source_url, kRoot + "Service/" + kVaasaPool);
  EXPECT_EQ(l.source_modified, "2018-05-03T11:53:58.162746Z");
  // Nothing said, nothing claimed:
  EXPECT_TRUE(l.channels.empty());  // no channel objects given
  EXPECT_TRUE(l.location.id.empty());
  EXPECT_FALSE(l.location.lat);
  EXPECT_EQ(l.registration.required, Tri::unknown);
  EXPECT_TRUE(l.accessibility.empty());
  EXPECT_TRUE(l.occurrences.empty());
  EXPECT_FALSE(l.min_age);
}

TEST(PtvServiceMapping, NaantaliYouthWorkIsFreeAndFinnishOnly) {
  const Listing l = map(naantali_youth_json());
  EXPECT_EQ(l.name, text({{"fi", "Etsivä nuorisotyö"}}));
  EXPECT_EQ(l.price.free, Tri::yes);  // FreeOfCharge
  EXPECT_EQ(l.languages, (std::vector<std::string>{"fi"}));
  EXPECT_EQ(l.location.municipality, text({{"fi", "Naantali"}, {"sv", "Nådendal"}, {"en", "Naantali"}}));
  EXPECT_EQ(l.organiser.name, text({{"fi", "Naantalin kaupunki"}}));
  EXPECT_EQ(l.organiser.id, "3d1759a2-e47a-4947-9a31-cab1c1e2512b");
  EXPECT_TRUE(has_keyword(l, "http://urn.fi/URN:NBN:fi:au:ptvl:v2004", "Nuoret"));
  EXPECT_TRUE(has_keyword(l, "http://www.yso.fi/onto/koko/p62202", "etsivä nuorisotyö"));
  EXPECT_EQ(l.summary.at("fi"), "Etsivä nuorisotyö tarjoaa apua 15 - 29 -vuotiaille nuorille erilaisissa elämäntilanteissa.");
}

TEST(PtvServiceMapping, SundomSkolaGivesLocationContactAndAccessibility) {
  const Listing l = map(with_channel_link(vaasa_pool_json(), kSundomSkola), {sundom_skola_json()});
  EXPECT_EQ(l.location.id, kSundomSkola);
  EXPECT_EQ(l.location.name, text({{"fi", "Sundom skola"}, {"sv", "Sundom skola"}}));
  EXPECT_EQ(l.location.street_address, text({{"fi", "Sundomvägen 13"}, {"sv", "Sundomvägen 13"}}));
  EXPECT_EQ(l.location.postal_code, "65410");
  EXPECT_EQ(l.location.municipality, text({{"fi", "Vaasa"}, {"sv", "Vasa"}, {"en", "Vaasa"}}));
  ASSERT_TRUE(l.location.lat && l.location.lon);
  EXPECT_NEAR(*l.location.lat, 63.0411877, 1e-6);  // from N 7001836.409, E 224930.408 (see tm35fin_test)
  EXPECT_NEAR(*l.location.lon, 21.5569921, 1e-6);
  EXPECT_EQ(l.contact.phone, "+358 405166046");  // the fax entry (no number) is passed over
  EXPECT_EQ(l.contact.url, "https://www.vaasa.fi/sv/node/20791");
  EXPECT_EQ(l.contact.email, "");  // emails: []
  EXPECT_EQ(l.channels, (std::vector<std::string>{"in_person"}));

  const std::string& fi = l.description.at("fi");
  EXPECT_EQ(fi.rfind("Vaasan Uimahallissa voi kuntouinnin", 0), 0u);  // the service's own text first
  EXPECT_NE(fi.find("\n\nEsteettömyys:\nReitti pääsisäänkäynnille:\n- Saattoliikenteen pysähtymispaikka"),
            std::string::npos);
  EXPECT_NE(fi.find("\n- Kulkureitti sisäänkäynnille on tasainen ja riittävän leveä sekä valaistu.\nPääsisäänkäynti:\n"),
            std::string::npos);
  EXPECT_NE(fi.find("Sisätilat:\n- Toimipiste sijaitsee samassa kerroksessa kuin sisäänkäynti."), std::string::npos);
  EXPECT_NE(l.description.at("sv").find("Tillgänglighet:\nRutten till huvudingången:\n- "), std::string::npos);
  EXPECT_NE(l.description.at("en").find("Accessibility:\nThe route to the main entrance:\n- "), std::string::npos);
  EXPECT_EQ(fi.find("Aukioloajat"), std::string::npos);  // Sundom has no serviceHours
}

TEST(PtvServiceMapping, RendersRegularOpeningHoursAndSkipsExceptions) {
  const std::string channel = with_member(sundom_skola_json(), "serviceHours",
                                          fixture("ptv_v9v11_kuntaapi_servicehours_unmodified.json"));
  const Listing l = map(with_channel_link(naantali_youth_json(), kSundomSkola), {channel});
  const std::string& fi = l.description.at("fi");
  EXPECT_NE(fi.find("\n\nAukioloajat:\n2017-04-03\u20132017-04-09:\nma 08:00\u201316:00\nti 08:00\u201317:00\n"
                    "Huhtikuun ensimmäinen viikko\n\nEsteettömyys:"),
            std::string::npos)
      << fi;
  EXPECT_EQ(fi.find("Test"), std::string::npos);   // the Exception period is left out
  EXPECT_EQ(l.description.count("sv"), 0u);        // the service speaks only Finnish
}

TEST(PtvServiceMapping, ConnectionHoursWinOverChannelHours) {
  const std::string connection_hours =
      R"(,"serviceHours":[{"serviceHourType":"DaysOfTheWeek","validFrom":null,"validTo":null,"isClosed":false,)"
      R"("isAlwaysOpen":false,"isReservation":true,"additionalInformation":[],)"
      R"("openingHour":[{"dayFrom":"Monday","dayTo":"Friday","from":"09:00:00","to":"15:00:00"}]}])";
  std::string service = with_channel_link(naantali_youth_json(), kSundomSkola);
  service = with_member(service, "serviceChannels", "[" + std::string(R"({"serviceChannel":{"id":")") + kSundomSkola +
                                                         R"(","name":"x"})" + connection_hours + "}]");
  const std::string channel = with_member(sundom_skola_json(), "serviceHours",
                                          fixture("ptv_v9v11_kuntaapi_servicehours_unmodified.json"));
  const Listing l = map(service, {channel});
  const std::string& fi = l.description.at("fi");
  EXPECT_NE(fi.find("Aukioloajat:\nma\u2013pe 09:00\u201315:00\nAjanvarauksella"), std::string::npos) << fi;
  EXPECT_EQ(fi.find("2017-04-03"), std::string::npos);
}

TEST(PtvServiceMapping, ChannelTypesAndContactFallback) {
  const Listing l = map(naantali_youth_json(),
                        {simple_channel(kNaantaliWorker, "Phone", "https://www.naantali.fi/etsiva", "401234567"),
                         simple_channel(kNaantaliWeb, "WebPage", "https://www.naantali.fi/nuoriso")});
  EXPECT_EQ(l.channels, (std::vector<std::string>{"phone"}));  // a WebPage channel adds none
  EXPECT_EQ(l.contact.phone, "+358 401234567");
  EXPECT_EQ(l.contact.url, "https://www.naantali.fi/etsiva");
  EXPECT_TRUE(l.location.id.empty());
  EXPECT_EQ(l.location.municipality.at("fi"), "Naantali");  // from the service's areas

  const Listing v = map(with_channel_link(vaasa_pool_json(), kSundomSkola),
                        {sundom_skola_json(), simple_channel(kVaasaFeedback, "EChannel", "https://www.vaasa.fi/palaute")});
  EXPECT_EQ(v.channels, (std::vector<std::string>{"in_person", "online"}));
  EXPECT_EQ(v.contact.url, "https://www.vaasa.fi/sv/node/20791");  // the location's own page first
}

TEST(PtvServiceMapping, ChargeTypesAndPriceText) {
  EXPECT_EQ(map(minimal_service("a", R"(,"serviceChargeType":"Other")")).price.free, Tri::unknown);
  EXPECT_EQ(map(minimal_service("a", R"(,"serviceChargeType":null)")).price.free, Tri::unknown);
  const Listing l = map(minimal_service(
      "a", R"(,"serviceChargeType":"Chargeable","serviceDescriptions":[)"
           R"({"language":"fi","value":"Aikuiset 5,50 €, lapset 3 €","type":"ChargeTypeAdditionalInfo"},)"
           R"({"language":"sv","value":null,"type":"ChargeTypeAdditionalInfo"}])"));
  EXPECT_EQ(l.price.free, Tri::no);
  EXPECT_EQ(l.price.text, text({{"fi", "Aikuiset 5,50 €, lapset 3 €"}}));
  ASSERT_TRUE(l.price.min_eur && l.price.max_eur);
  EXPECT_DOUBLE_EQ(*l.price.min_eur, 3.0);
  EXPECT_DOUBLE_EQ(*l.price.max_eur, 5.5);
  const Listing other = map(minimal_service(
      "b", R"(,"chargeTypeAdditionalInfo":[{"language":"en","value":"Free of charge for pensioners"}])"));
  EXPECT_EQ(other.price.text, text({{"en", "Free of charge for pensioners"}}));
}

TEST(PtvServiceMapping, MissingOptionalFieldsStayUnknown) {
  const Listing l = map(R"({"id":"only-id"})");
  EXPECT_EQ(l.id, "ptv:only-id");
  EXPECT_TRUE(l.name.empty());
  EXPECT_TRUE(l.summary.empty());
  EXPECT_TRUE(l.description.empty());
  EXPECT_EQ(l.price.free, Tri::unknown);
  EXPECT_TRUE(l.languages.empty());
  EXPECT_TRUE(l.keywords.empty());
  EXPECT_TRUE(l.organiser.id.empty());
  EXPECT_TRUE(l.location.municipality.empty());
  EXPECT_TRUE(l.channels.empty());
  EXPECT_TRUE(l.contact.phone.empty());
  EXPECT_TRUE(l.source_modified.empty());
}

TEST(PtvServiceMapping, NameFallsBackToAnyTypeAndLanguagesAreNormalised) {
  const Listing l = map(R"({"id":"x","serviceNames":[{"language":"FI","value":"Toinen nimi","type":"AlternativeName"}],)"
                        R"("languages":["FI","sv","smn","string","e"]})");
  EXPECT_EQ(l.name, text({{"fi", "Toinen nimi"}}));
  EXPECT_EQ(l.languages, (std::vector<std::string>{"fi", "sv", "smn"}));
}

TEST(PtvServiceMapping, SchemaShapedV11ResourcesMapWithoutInventingValues) {
  // vrk-kpa/ptv-releases test resources: every v11 field, placeholder values.
  const Listing l = map(fixture("ptv_v11_testresource_V11VmOpenApiService.json"),
                        {fixture("ptv_v11_testresource_V11VmOpenApiServiceLocationChannel.json")});
  EXPECT_EQ(l.source_id, "3fa85f64-5717-4562-b3fc-2c963f66afa6");
  EXPECT_EQ(l.price.free, Tri::unknown);  // "string" is no charge type
  EXPECT_TRUE(l.languages.empty());       // "string" is no language code
  EXPECT_FALSE(l.location.lat);           // "string" is no coordinate
  EXPECT_EQ(l.source_modified, "2020-02-06T10:55:23.538Z");
}

TEST(PtvServiceMapping, RejectsNonObjectsAndMissingIds) {
  Bodies bodies;
  std::string error;
  EXPECT_FALSE(map_service("ptv", kRoot, bodies.parse("[1]"), {}, &error));
  EXPECT_FALSE(map_service("ptv", kRoot, bodies.parse(R"({"serviceNames":[]})"), {}, &error));
  EXPECT_NE(error.find("id"), std::string::npos);
}

TEST(PtvServiceFilter, MunicipalitiesAndOrganisations) {
  Bodies bodies;
  const Value& vaasa = bodies.parse(vaasa_pool_json());
  const Value& naantali = bodies.parse(naantali_youth_json());
  ServiceFilter everything;
  EXPECT_TRUE(everything.accepts(vaasa));
  ServiceFilter in_vaasa;
  in_vaasa.municipalities = {"905"};
  EXPECT_TRUE(in_vaasa.accepts(vaasa));
  EXPECT_FALSE(in_vaasa.accepts(naantali));
  const Value& helsinki = bodies.parse(R"({"id":"h","areas":[{"type":"Municipality","code":"091","name":[]}]})");
  ServiceFilter in_helsinki;
  in_helsinki.municipalities = {municipality_code("91")};
  EXPECT_TRUE(in_helsinki.accepts(helsinki));
  EXPECT_FALSE(in_helsinki.accepts(bodies.parse(R"({"id":"n","areaType":"Nationwide","areas":[]})")));
  ServiceFilter by_naantali;
  by_naantali.organisations = {"3d1759a2-e47a-4947-9a31-cab1c1e2512b"};
  EXPECT_TRUE(by_naantali.accepts(naantali));
  EXPECT_FALSE(by_naantali.accepts(vaasa));
  EXPECT_EQ(municipality_code("49"), "049");
  EXPECT_EQ(municipality_code("905"), "905");
}

TEST(PtvServiceMapping, LinkedChannelIdsInOrderWithoutDuplicates) {
  Bodies bodies;
  const Value& service = bodies.parse(with_channel_link(with_channel_link(naantali_youth_json(), kNaantaliWeb), kSundomSkola));
  EXPECT_EQ(linked_channel_ids(service), (std::vector<std::string>{kSundomSkola, kNaantaliWeb, kNaantaliWorker}));
}

}  // namespace
}  // namespace tarjotin::ptv
