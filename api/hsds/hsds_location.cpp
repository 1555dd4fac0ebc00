#include "api/hsds/hsds_location.h"

#include <algorithm>
#include <array>

#include "api/hsds/hsds_ids.h"
#include "api/hsds/hsds_schedule.h"
#include "index/listing_document.h"
#include "index/value_labels.h"

namespace tarjotin::hsds {
namespace {

// The municipalities of Uusimaa (Finnish names, lower case: municipality_facet_value()).
const std::array<const char*, 26> kUusimaa = {
    "askola",   "espoo",   "hanko",     "helsinki",  "hyvinkää",  "inkoo",     "järvenpää", "karkkila", "kauniainen",
    "kerava",   "kirkkonummi", "lapinjärvi", "lohja", "loviisa", "myrskylä",  "mäntsälä",  "nurmijärvi", "pornainen",
    "porvoo",   "pukkila", "raasepori", "sipoo",     "siuntio",   "tuusula",   "vantaa",    "vihti"};

// The Swedish names of those whose Finnish name differs, for listings that give only those.
const std::array<const char*, 22> kUusimaaSv = {
    "esbo",  "hangö",  "helsingfors", "ingå",    "hyvinge", "träskända", "högfors", "grankulla",
    "kervo", "kyrkslätt", "lappträsk", "lojo",  "lovisa",  "mörskom",   "borgnäs", "borgå",
    "raseborg", "sibbo", "sjundeå",   "tusby",   "vanda",   "vichtis"};

bool in(const std::string& name, const char* const* begin, const char* const* end) {
  return std::any_of(begin, end, [&](const char* known) { return name == known; });
}

Value addresses_json(const Listing& listing, const std::string& lang, Alloc& a) {
  Value list(rapidjson::kArrayType);
  const Location& l = listing.location;
  if (l.street_address.empty() && l.postal_code.empty() && l.municipality.empty()) return list;
  Value address(rapidjson::kObjectType);
  add_required(address, "id", address_id(listing.id), a);
  add_required(address, "location_id", location_id(listing.id), a);
  add_required(address, "address_1", pick_text(l.street_address, lang), a);
  add_required(address, "city", pick_text(l.municipality, lang), a);
  add_required(address, "state_province", uusimaa_state_province(listing, lang), a);
  add_required(address, "postal_code", l.postal_code, a);
  add_required(address, "country", "FI", a);
  add_required(address, "address_type", "physical", a);
  list.PushBack(address, a);
  return list;
}

Value accessibility_json(const Listing& listing, const std::string& lang, Alloc& a) {
  Value list(rapidjson::kArrayType);
  for (const auto& [feature, value] : listing.accessibility) {
    if (value != Tri::yes || feature.empty()) continue;
    Value entry(rapidjson::kObjectType);
    add_required(entry, "id", accessibility_id(listing.id, feature), a);
    add_required(entry, "location_id", location_id(listing.id), a);
    add_required(entry, "description", search_label("accessibility", feature, lang), a);
    list.PushBack(entry, a);
  }
  return list;
}

}  // namespace

std::string uusimaa_state_province(const Listing& listing, const std::string& lang) {
  const std::string municipality = municipality_facet_value(listing);
  if (municipality.empty()) return "";
  if (!in(municipality, kUusimaa.begin(), kUusimaa.end()) && !in(municipality, kUusimaaSv.begin(), kUusimaaSv.end()))
    return "";
  return lang == "sv" ? "Nyland" : "Uusimaa";
}

Value location_json(const Listing& listing, const std::string& lang, bool full, Alloc& a) {
  const Location& l = listing.location;
  Value v(rapidjson::kObjectType);
  add_required(v, "id", location_id(listing.id), a);
  add_required(v, "location_type", "physical", a);
  add_string(v, "name", pick_text(l.name, lang), a);
  if (l.lat && l.lon) {
    v.AddMember("latitude", *l.lat, a);
    v.AddMember("longitude", *l.lon, a);
  }
  if (!l.id.empty()) {
    add_required(v, "external_identifier", l.id, a);
    add_required(v, "external_identifier_type", listing.source + " place id", a);
  }
  if (!full) return v;
  v.AddMember("addresses", addresses_json(listing, lang, a), a);
  v.AddMember("accessibility", accessibility_json(listing, lang, a), a);
  return v;
}

Value service_at_location_json(const Listing& listing, const std::string& lang, std::int64_t now, SalDetail detail,
                               Alloc& a) {
  const std::string id = service_at_location_id(listing.id);
  Value v(rapidjson::kObjectType);
  add_required(v, "id", id, a);
  add_required(v, "service_id", listing.id, a);
  add_required(v, "location_id", location_id(listing.id), a);
  if (detail == SalDetail::full) v.AddMember("schedules", schedules_json(listing, now, id, a), a);
  v.AddMember("location", location_json(listing, lang, detail != SalDetail::summary, a), a);
  return v;
}

}  // namespace tarjotin::hsds
