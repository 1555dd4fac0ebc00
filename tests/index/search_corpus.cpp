#include "search_corpus.h"

#include <stdexcept>

#include "model/time.h"

namespace tarjotin::test {

std::int64_t at(const std::string& iso) {
  auto t = parse_iso8601(iso);
  if (!t) throw std::runtime_error("bad time " + iso);
  return t->utc;
}

namespace {

const LocalizedText kHelsinki = {{"fi", "Helsinki"}, {"sv", "Helsingfors"}};
const LocalizedText kEspoo = {{"fi", "Espoo"}, {"sv", "Esbo"}};
const LocalizedText kVantaa = {{"fi", "Vantaa"}, {"sv", "Vanda"}};
const LocalizedText kKauniainen = {{"fi", "Kauniainen"}, {"sv", "Grankulla"}};
const LocalizedText kTurku = {{"fi", "Turku"}, {"sv", "Åbo"}};
const LocalizedText kTampere = {{"fi", "Tampere"}, {"sv", "Tammerfors"}};

struct Spec {
  std::string n;
  Kind kind;
  LocalizedText name;
  LocalizedText municipality;
  std::optional<std::pair<double, double>> point;
  std::vector<std::string> channels;
  std::vector<std::string> categories;
  std::vector<std::string> target_groups;
};

Listing make(const Spec& s) {
  Listing l;
  l.id = "c:" + s.n;
  l.source = "c";
  l.source_id = s.n;
  l.kind = s.kind;
  l.name = s.name;
  l.location.municipality = s.municipality;
  if (s.point) {
    l.location.lat = s.point->first;
    l.location.lon = s.point->second;
  }
  l.channels = s.channels;
  l.categories = s.categories;
  l.target_groups = s.target_groups;
  l.languages = {"fi"};
  return l;
}

// An occurrence of `minutes` from a local (or offset) time.
Occurrence occ(const std::string& start, int minutes) { return {at(start), at(start) + minutes * 60, false}; }

std::vector<Listing> build() {
  std::vector<Listing> all;
  // 1: Oodi, 0.28 km from the station; Monday morning in winter.
  Listing l = make({"1", Kind::event, {{"fi", "Satutunti Oodissa"}, {"en", "Story hour at Oodi"}}, kHelsinki,
                    {{60.1738, 24.9382}}, {"in_person"}, {"culture", "theme:lukeminen"}, {"children", "families"}});
  l.accessibility = {{"wheelchair", Tri::yes}, {"stroller", Tri::yes}};
  l.price.free = Tri::yes;
  l.occurrences = {occ("2031-01-06T10:00", 60)};
  l.min_age = 3;
  l.max_age = 7;
  l.registration.required = Tri::no;
  l.source_modified = "2031-01-02T08:00:00Z";
  all.push_back(l);

  // 2: Kallio, 1.43 km; also online; open to all; Wednesday evenings in February.
  l = make({"2", Kind::event, {{"fi", "Kielikahvila Kalliossa"}, {"sv", "Språkcafé i Berghäll"}}, kHelsinki,
            {{60.1841, 24.9497}}, {"in_person", "online"}, {"social", "theme:kieli"}, {"all"}});
  l.accessibility = {{"hearing_loop", Tri::yes}, {"wheelchair", Tri::no}};
  l.price.free = Tri::no;
  l.price.min_eur = 2;
  l.occurrences = {occ("2031-02-05T17:30", 90), occ("2031-02-12T17:30", 90), occ("2031-02-19T17:30", 90)};
  l.languages = {"fi", "en"};
  l.last_seen = at("2031-02-01T00:00:00Z");  // no source_modified: last_seen is the updated time
  all.push_back(l);

  // 3: Itäkeskus, 8.89 km; Saturday 22:30 the night before DST starts (20:30Z).
  l = make({"3", Kind::event, {{"fi", "Senioritanssit"}, {"sv", "Seniordans"}}, kHelsinki, {{60.2105, 25.0822}},
            {"in_person"}, {"sports", "theme:liikunta"}, {"seniors"}});
  l.accessibility = {{"wheelchair", Tri::yes}, {"rollator", Tri::yes}};
  l.price.free = Tri::no;
  l.price.min_eur = 5;
  l.price.max_eur = 8;
  l.occurrences = {occ("2031-03-29T22:30", 90)};
  l.min_age = 60;
  l.registration.required = Tri::yes;
  l.languages = {"fi", "sv"};
  l.source_modified = "2031-03-01T12:00:00+02:00";
  all.push_back(l);

  // 4: Tapiola, 7.56 km; Sunday 03:30 EEST on the DST day (00:30Z).
  l = make({"4", Kind::event, {{"fi", "Aamuyön linturetki"}}, kEspoo, {{60.1757, 24.8050}}, {"in_person"},
            {"outdoors", "theme:luonto"}, {"adults"}});
  l.price.free = Tri::yes;
  l.occurrences = {occ("2031-03-30T03:30", 120)};
  l.min_age = 18;
  l.registration.required = Tri::yes;
  l.source_modified = "not a date";
  l.last_seen = at("2031-03-15T00:00:00Z");
  all.push_back(l);

  // 5: Sello, 8.85 km; Monday 00:30 EEST = Sunday 21:30Z.
  l = make({"5", Kind::event, {{"fi", "Yökirjasto"}, {"sv", "Nattbiblioteket"}}, kEspoo, {{60.2180, 24.8110}},
            {"in_person"}, {"culture"}, {"youth"}});
  l.accessibility = {{"wheelchair", Tri::yes}};
  l.occurrences = {{at("2031-06-01T21:30:00Z"), at("2031-06-01T23:30:00Z"), false}};
  l.min_age = 13;
  l.max_age = 17;
  l.registration.required = Tri::no;
  l.languages = {"fi", "sv"};
  l.last_seen = at("2031-05-20T00:00:00Z");
  all.push_back(l);

  // 6: Tikkurila, 14.56 km; Tuesday 12:15 EEST (09:15Z: afternoon locally, morning in UTC).
  l = make({"6", Kind::event, {{"fi", "Lounaskonsertti"}}, kVantaa, {{60.2925, 25.0440}}, {"in_person"},
            {"culture", "music", "theme:musiikki"}, {"all", "seniors"}});
  l.accessibility = {{"wheelchair", Tri::yes}, {"hearing_loop", Tri::yes}};
  l.price.free = Tri::no;
  l.price.min_eur = 10;
  l.occurrences = {occ("2031-06-10T12:15", 45)};
  l.registration.required = Tri::no;
  l.source_modified = "2031-05-01";
  all.push_back(l);

  // 7: Myyrmäki, 11.02 km; Saturday 17:00 EEST (14:00Z) and Sunday 16:30 EET after DST ends (14:30Z).
  l = make({"7", Kind::event, {{"fi", "Iltapäiväkerho"}}, kVantaa, {{60.2610, 24.8540}}, {"in_person"}, {"social"},
            {"children"}});
  l.price.free = Tri::yes;
  l.occurrences = {occ("2031-10-26T16:30", 60), occ("2031-10-25T17:00", 60)};
  l.min_age = 7;
  l.max_age = 12;
  l.registration.required = Tri::yes;
  l.source_modified = "2031-09-01T00:00:00Z";
  all.push_back(l);

  // 8: Espoonlahti, 15.85 km; three whole days Tue Jun 10 .. Thu Jun 12.
  l = make({"8", Kind::event, {{"fi", "Rantafestivaali"}, {"en", "Beach festival"}}, kEspoo, {{60.1483, 24.6590}},
            {"in_person"}, {"music", "theme:musiikki"}, {"all"}});
  l.price.free = Tri::yes;
  l.occurrences = {{at("2031-06-10"), at("2031-06-13"), true}};
  l.languages = {"fi", "en"};
  l.last_seen = at("2031-05-01T00:00:00Z");
  all.push_back(l);

  // 9: online only, no place; Tuesday morning.
  l = make({"9", Kind::event, {{"fi", "Digitaidot verkossa"}}, {}, std::nullopt, {"online"},
            {"digital", "theme:digitaidot"}, {"seniors"}});
  l.price.free = Tri::yes;
  l.occurrences = {occ("2031-05-06T10:00", 60)};
  l.min_age = 65;
  l.registration.required = Tri::yes;
  l.source_modified = "2031-04-20T00:00:00Z";
  all.push_back(l);

  // 10: a phone service in Tampere, 160.75 km; undated.
  l = make({"10", Kind::service, {{"fi", "Neuvontapuhelin"}, {"sv", "Rådgivningstelefon"}}, kTampere,
            {{61.4978, 23.7610}}, {"phone"}, {"social"}, {"all"}});
  l.price.free = Tri::yes;
  l.registration.required = Tri::no;
  l.languages = {"fi", "sv", "en"};
  l.source_modified = "2031-01-10T00:00:00Z";
  all.push_back(l);

  // 11: Vuosaari, 11.90 km; a place, undated.
  l = make({"11", Kind::place, {{"fi", "Vuosaaren uimahalli"}, {"sv", "Nordsjö simhall"}}, kHelsinki,
            {{60.2085, 25.1437}}, {"in_person"}, {"sports", "theme:liikunta"}, {"all"}});
  l.accessibility = {{"wheelchair", Tri::yes}, {"rollator", Tri::yes}, {"stroller", Tri::yes},
                     {"hearing_loop", Tri::unknown}};
  l.price.free = Tri::no;
  l.price.min_eur = 3.5;
  l.price.max_eur = 6;
  l.registration.required = Tri::no;
  l.languages = {"fi", "sv"};
  l.last_seen = at("2031-06-01T00:00:00Z");
  all.push_back(l);

  // 12: Kauniainen, 12.52 km; a place, undated; no target group.
  l = make({"12", Kind::place, {{"fi", "Kauniaisten kirjasto"}, {"sv", "Grankulla bibliotek"}}, kKauniainen,
            {{60.2110, 24.7290}}, {"in_person"}, {"culture", "theme:lukeminen"}, {}});
  l.accessibility = {{"wheelchair", Tri::yes}, {"stroller", Tri::yes}};
  l.price.free = Tri::yes;
  l.languages = {"fi", "sv"};
  l.source_modified = "2031-02-15T00:00:00Z";
  all.push_back(l);

  // 13: Turku, 150.59 km, also online; Monday evenings in winter and summer time.
  l = make({"13", Kind::event, {{"fi", "Vertaistukiryhmä"}}, kTurku, {{60.4518, 22.2666}}, {"in_person", "online"},
            {"social", "theme:mielenterveys"}, {"adults"}});
  l.price.free = Tri::yes;
  l.occurrences = {occ("2031-01-06T18:00", 90), occ("2031-03-31T18:00", 90)};
  l.min_age = 18;
  l.registration.required = Tri::yes;
  l.source_modified = "2031-01-01T00:00:00Z";
  all.push_back(l);

  // 14: Kamppi, 0.64 km, also by phone; volunteering, undated; price 0 but "free" not stated.
  l = make({"14", Kind::volunteering, {{"fi", "Ystävätoiminta"}}, kHelsinki, {{60.1688, 24.9316}},
            {"in_person", "phone"}, {"social"}, {"seniors"}});
  l.price.min_eur = 0;
  l.min_age = 18;
  l.registration.required = Tri::yes;
  l.last_seen = at("2031-04-01T00:00:00Z");
  all.push_back(l);

  // 15: exactly on a grid corner (60.2 N, 24.9 E), 3.5 km; Saturday 11:59 EEST (08:59Z).
  l = make({"15", Kind::event, {{"fi", "Pelikerho"}, {"en", "Games club"}}, kHelsinki, {{60.2, 24.9}}, {"in_person"},
            {"games", "theme:pelit"}, {"youth", "children"}});
  l.price.free = Tri::no;
  l.price.min_eur = 4;
  l.price.max_eur = 4;
  l.occurrences = {occ("2031-04-05T11:59", 60)};
  l.min_age = 10;
  l.max_age = 15;
  l.registration.required = Tri::no;
  l.languages = {"fi", "en"};
  l.last_seen = at("2031-03-01T00:00:00Z");
  all.push_back(l);

  // 16: online service, no place, no updated time, undated.
  l = make({"16", Kind::service, {{"fi", "Verkkokirjasto"}, {"en", "Online library"}}, {}, std::nullopt, {"online"},
            {"culture"}, {"all"}});
  l.price.free = Tri::yes;
  l.registration.required = Tri::no;
  l.languages = {"fi", "sv", "en"};
  all.push_back(l);

  // 17: near Sello, 8.82 km; a theme code only; Wednesday evening and Saturday morning.
  l = make({"17", Kind::event, {{"fi", "Suomen kielen kurssi"}}, kEspoo, {{60.2175, 24.8120}}, {"in_person"},
            {"theme:kieli"}, {"immigrants"}});
  l.accessibility = {{"visual", Tri::yes}};
  l.price.free = Tri::no;
  l.price.min_eur = 20;
  l.price.max_eur = 40;
  l.occurrences = {occ("2031-09-13T10:00", 120), occ("2031-05-07T18:00", 120)};
  l.registration.required = Tri::yes;
  l.languages = {"fi", "ar"};
  l.source_modified = "2031-08-01T00:00:00Z";
  all.push_back(l);

  // 18: Vantaa without coordinates; Saturday morning.
  l = make({"18", Kind::event, {{"fi", "Vauvaperhekahvila"}}, kVantaa, std::nullopt, {"in_person"}, {"culture"},
            {"children"}});
  l.price.free = Tri::yes;
  l.occurrences = {occ("2031-05-03T09:00", 90)};
  l.min_age = 0;
  l.max_age = 6;
  l.registration.required = Tri::no;
  all.push_back(l);
  return all;
}

}  // namespace

const std::vector<Listing>& corpus() {
  static const std::vector<Listing> kCorpus = build();
  return kCorpus;
}

const Listing& corpus_listing(const std::string& id) {
  for (const Listing& l : corpus())
    if (l.id == id) return l;
  throw std::runtime_error("no corpus listing " + id);
}

}  // namespace tarjotin::test
