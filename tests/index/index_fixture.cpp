#include "index_fixture.h"

#include <stdlib.h>

#include <filesystem>
#include <stdexcept>

#include "index/index_writer.h"
#include "reference_search.h"
#include "model/time.h"

namespace tarjotin::test {

TempDir::TempDir() {
  char pattern[] = "/tmp/tarjotin-index-XXXXXX";
  if (!::mkdtemp(pattern)) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::int64_t helsinki(int month, int day, int hour, int minute) {
  // Midnight of the day, then local hours (no DST change at the hours used here).
  return helsinki_midnight_utc(2031, month, day) + hour * 3600 + minute * 60;
}

namespace {

Listing make(const std::string& n, Kind kind, LocalizedText name, std::vector<std::string> languages, Tri free,
             LocalizedText municipality, std::vector<std::string> categories) {
  Listing l;
  l.id = "t:" + n;
  l.source = "t";
  l.source_id = n;
  l.kind = kind;
  l.name = std::move(name);
  l.languages = std::move(languages);
  l.price.free = free;
  l.location.municipality = std::move(municipality);
  l.categories = std::move(categories);
  return l;
}

const LocalizedText kHelsinki = {{"fi", "Helsinki"}, {"sv", "Helsingfors"}, {"en", "Helsinki"}};
const LocalizedText kEspoo = {{"fi", "Espoo"}, {"sv", "Esbo"}};
const LocalizedText kVantaa = {{"fi", "Vantaa"}, {"sv", "Vanda"}};

std::vector<Listing> build() {
  std::vector<Listing> all;

  Listing l1 = make("1", Kind::event,
                    {{"fi", "Kirjastossa satutunti"}, {"sv", "Sagostund i biblioteket"}, {"en", "Story time in libraries"}},
                    {"fi", "sv"}, Tri::yes, kHelsinki, {"children", "culture"});
  l1.summary = {{"fi", "Satuja lapsille"}};
  l1.occurrences = {{helsinki(3, 10, 10), helsinki(3, 10, 11), false}};
  l1.location.lat = 60.17;
  l1.location.lon = 24.94;
  all.push_back(l1);

  Listing l2 = make("2", Kind::event, {{"fi", "Vesijumppa uimahallissa"}}, {"fi"}, Tri::no, kEspoo, {"sports"});
  l2.description = {{"fi", "<p>Ohjattu <b>vesijumppa</b> ikäihmisille.</p>"}};
  l2.occurrences = {{helsinki(3, 5, 9), helsinki(3, 5, 10), false}};
  all.push_back(l2);

  Listing l3 = make("3", Kind::event, {{"fi", "Maalauskurssi aikuisille"}}, {"fi"}, Tri::no, kVantaa, {"culture"});
  l3.occurrences = {{helsinki(1, 19, 18), helsinki(1, 19, 20), false},  // deliberately unsorted
                    {helsinki(1, 5, 18), helsinki(1, 5, 20), false},
                    {helsinki(1, 12, 18), helsinki(1, 12, 20), false}};
  all.push_back(l3);

  Listing l4 = make("4", Kind::place, {{"fi", "Keskuspuisto"}, {"sv", "Centralparken"}, {"en", "Central Park"}}, {},
                    Tri::yes, kHelsinki, {"outdoors"});
  l4.location.street_address = {{"fi", "Ratsastie 1"}};
  all.push_back(l4);

  Listing l5 = make("5", Kind::place, {{"fi", "Sellon kirjasto"}, {"sv", "Sellobiblioteket"}, {"en", "Sello Library"}},
                    {"fi", "sv", "en"}, Tri::yes, kEspoo, {"culture"});
  l5.location.name = {{"fi", "Kauppakeskus Sello"}};
  all.push_back(l5);

  Listing l6 = make("6", Kind::volunteering, {{"fi", "Ystävätoiminta"}}, {"fi"}, Tri::unknown, kHelsinki, {"social"});
  l6.organiser = {"org:1", {{"fi", "Suomen Punainen Risti"}}};
  all.push_back(l6);

  Listing l7 = make("7", Kind::event, {{"en", "Board game evening for expats"}}, {"en"}, Tri::unknown, kHelsinki,
                    {"games"});
  l7.occurrences = {{helsinki(2, 1, 17), helsinki(2, 1, 21), false}};
  all.push_back(l7);

  Listing l8 = make("8", Kind::service, {{"fi", "Perheneuvonta"}, {"sv", "Familjerådgivning"}}, {"fi", "sv"}, Tri::yes,
                    kVantaa, {"social"});
  all.push_back(l8);

  Listing l9 = make("9", Kind::event, {{"sv", "Konsert för barnen"}}, {"sv"}, Tri::no, kHelsinki, {"culture", "music"});
  l9.occurrences = {{helsinki(4, 1, 18), std::nullopt, false}};  // no end: ends at its start
  l9.keywords = {{"yso:p1", {{"sv", "musik"}, {"fi", "musiikki"}}}};
  all.push_back(l9);

  Listing l10 = make("10", Kind::event, {{"fi", "Kesäfestivaali"}, {"en", "Summer festival"}}, {"fi", "en"}, Tri::yes,
                     kEspoo, {"music"});
  l10.occurrences = {{helsinki(6, 10), helsinki(6, 13), true}};  // three whole days
  all.push_back(l10);

  Listing l11 = make("11", Kind::event, {{"ru", "Шахматный клуб"}}, {"ru"}, Tri::unknown, {}, {"games"});
  l11.occurrences = {{helsinki(2, 15, 12), helsinki(2, 15, 14), false}};
  all.push_back(l11);

  return all;
}

}  // namespace

const std::vector<Listing>& sample_listings() {
  static const std::vector<Listing> kListings = build();
  return kListings;
}

const Listing& sample(const std::string& id) {
  for (const Listing& l : sample_listings())
    if (l.id == id) return l;
  throw std::runtime_error("no sample " + id);
}

void index_listings(const std::string& root, const std::vector<Listing>& listings) {
  IndexWriter writer(root);
  for (const Listing& l : listings) writer.upsert(l);
  writer.commit();
}

std::set<std::string> hit_ids(const SearchResponse& response) {
  std::set<std::string> ids;
  for (const SearchHit& hit : response.hits) ids.insert(hit.listing.id);
  return ids;
}

std::vector<std::string> ordered_ids(const SearchResponse& response) {
  std::vector<std::string> ids;
  for (const SearchHit& hit : response.hits) ids.push_back(hit.listing.id);
  return ids;
}

std::map<std::string, std::int64_t> expected_counts(const std::vector<const Listing*>& listings,
                                                    const std::string& facet) {
  std::vector<Listing> copies;
  for (const Listing* l : listings) copies.push_back(*l);
  return reference_counts(copies, SearchRequest{}, facet);
}

std::map<std::string, std::int64_t> counts_of(const std::vector<FacetValue>& values) {
  std::map<std::string, std::int64_t> counts;
  for (const FacetValue& v : values) counts[v.value] = v.count;
  return counts;
}

}  // namespace tarjotin::test
