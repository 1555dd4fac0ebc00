#include "vocabulary/indexed_catalogue.h"

#include <gtest/gtest.h>

#include "app/vocabulary_setup.h"
#include "index/index_writer.h"
#include "vocabulary/fixture_catalogue.h"

namespace tarjotin::catalogue {
namespace {

Listing extra(const std::string& id, Kind kind, LocalizedText name, LocalizedText summary,
              std::vector<SourceKeyword> keywords = {}) {
  Listing l;
  l.id = "extra:" + id;
  l.source = "extra";
  l.source_id = id;
  l.kind = kind;
  l.name = std::move(name);
  l.summary = std::move(summary);
  l.keywords = std::move(keywords);
  l.location.municipality = {{"fi", "Helsinki"}, {"sv", "Helsingfors"}};
  return l;
}

}  // namespace

std::vector<Listing> extra_listings() {
  std::vector<Listing> out;
  out.push_back(extra("kriisikeskus", Kind::service,
                      {{"fi", "Kriisikeskus Helsinki"}, {"sv", "Kriscentret i Helsingfors"}, {"en", "Helsinki Crisis Centre"}},
                      {{"fi", "Maksutonta keskusteluapua äkillisissä elämänkriiseissä, myös nimettömänä."},
                       {"sv", "Avgiftsfritt samtalsstöd i akuta livskriser."},
                       {"en", "Free support conversations in a sudden life crisis."}},
                      {{"extra:kriisiapu", {{"fi", "kriisiapu"}, {"sv", "krishjälp"}, {"en", "crisis help"}}}}));
  out.back().channels = {"in_person", "phone"};
  out.push_back(extra("kristelefonen", Kind::service, {{"sv", "Kristelefonen på svenska"}},
                      {{"sv", "Stöd per telefon när livet känns svårt, dygnet runt."}}));
  out.back().channels = {"phone"};
  out.push_back(extra("crisis-chat", Kind::service, {{"en", "Crisis chat for young people"}},
                      {{"en", "Chat anonymously with a trained volunteer in the evening."}}));
  out.back().channels = {"online"};
  out.push_back(extra("vanverksamhet", Kind::service, {{"sv", "Vänverksamhet för äldre"}},
                      {{"sv", "En frivillig vän besöker dig hemma en gång i veckan. Avgiftsfritt."}}));
  // Distractors: the words of crisis queries in texts that are not crisis help.
  out.push_back(extra("vakivalta-luento", Kind::event, {{"fi", "Väkivalta ja media -luento"}},
                      {{"fi", "Luento väkivalta-aiheisista elokuvista ja peleistä."}},
                      {{"yso:p15875", {{"fi", "luennot"}}}}));
  out.push_back(extra("kriisi-kirja", Kind::event, {{"fi", "Kirjailijavieras: Kriisi ja kirjallisuus"}},
                      {{"fi", "Keskustelu romaanista, jonka aiheena on kriisi."}}, {{"yso:p8113", {}}}));
  return out;
}

IndexedCatalogue::IndexedCatalogue() {
  std::vector<Listing> all = all_sources();
  for (Listing& l : extra_listings()) all.push_back(std::move(l));
  listings_ = classified(std::move(all));
  {
    IndexWriter writer(dir_ / "index");
    for (const Listing& l : listings_) writer.upsert(l);
    writer.commit();
  }
  searcher_ = std::make_unique<Searcher>(dir_ / "index");
  install_vocabulary();
}

IndexedCatalogue::~IndexedCatalogue() { uninstall_vocabulary(); }

void IndexedCatalogue::install_vocabulary() { install_vocabulary_in_index(repository_vocabulary()); }
void IndexedCatalogue::uninstall_vocabulary() { install_vocabulary_in_index(nullptr); }

const Listing& IndexedCatalogue::listing(const std::string& id) const {
  const Listing* l = find(listings_, id);
  if (!l) throw std::runtime_error("no listing " + id);
  return *l;
}

SearchResponse IndexedCatalogue::search(const std::string& q, const std::string& lang, int page_size) {
  SearchRequest request;
  request.q = q;
  request.lang = lang;
  request.page_size = page_size;
  return searcher_->search(request);
}

std::vector<std::string> IndexedCatalogue::top(const std::string& q, std::size_t n, const std::string& lang) {
  std::vector<std::string> ids;
  for (const SearchHit& hit : search(q, lang, static_cast<int>(n)).hits) ids.push_back(hit.listing.id);
  return ids;
}

}  // namespace tarjotin::catalogue
