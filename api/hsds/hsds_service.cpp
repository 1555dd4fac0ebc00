#include "api/hsds/hsds_service.h"

#include <algorithm>
#include <vector>

#include "api/hsds/hsds_ids.h"
#include "api/hsds/hsds_location.h"
#include "api/hsds/hsds_schedule.h"
#include "api/hsds/hsds_taxonomy.h"
#include "index/catalogue_terms.h"
#include "index/listing_document.h"
#include "model/html_text.h"
#include "model/labels.h"
#include "model/time.h"

namespace tarjotin::hsds {
namespace {

const char* in_lang(const std::string& lang, const char* fi, const char* sv, const char* en) {
  return lang == "sv" ? sv : lang == "en" ? en : fi;
}

std::string description_of(const Listing& l, const std::string& lang) {
  const std::string description = html_to_text(pick_text(l.description, lang));
  return description.empty() ? pick_text(l.summary, lang) : description;
}

std::string fees_of(const Listing& l, const std::string& lang) {
  const std::string text = pick_text(l.price.text, lang);
  if (!text.empty() || l.price.free != Tri::yes) return text;
  return fixed_label("free", "yes", lang);
}

std::string application_process(const Listing& l, const std::string& lang) {
  const std::string& url = l.registration.url;
  std::string text;
  if (l.registration.required == Tri::yes)
    text = in_lang(lang, "Ilmoittautuminen vaaditaan", "Anmälan krävs", "Registration required");
  if (l.registration.required == Tri::no)
    text = in_lang(lang, "Ei ilmoittautumista", "Ingen anmälan", "No registration needed");
  if (url.empty()) return text;
  return text.empty() ? url : text + ": " + url;
}

Value organization_value(const std::string& id, const LocalizedText& names, const std::string& lang, Alloc& a) {
  Value v(rapidjson::kObjectType);
  const std::string name = pick_text(names, lang);
  add_required(v, "id", id, a);
  add_required(v, "name", name.empty() ? id : name, a);
  add_required(v, "description", "", a);
  return v;
}

Value languages_json(const Listing& l, const std::string& lang, Alloc& a) {
  Value list(rapidjson::kArrayType);
  std::vector<std::string> seen;
  for (const std::string& code : l.languages) {
    if (code.empty() || std::find(seen.begin(), seen.end(), code) != seen.end()) continue;
    seen.push_back(code);
    Value v(rapidjson::kObjectType);
    add_required(v, "id", language_id(l.id, code), a);
    add_required(v, "service_id", l.id, a);
    add_required(v, "code", code, a);
    add_required(v, "name", fixed_label("language", code, lang), a);
    list.PushBack(v, a);
  }
  return list;
}

Value cost_option(const Listing& l, const char* which, double amount, const std::string& option,
                  const std::string& description, Alloc& a) {
  Value v(rapidjson::kObjectType);
  add_required(v, "id", cost_option_id(l.id, which), a);
  add_required(v, "service_id", l.id, a);
  add_string(v, "option", option, a);
  add_required(v, "currency", "EUR", a);
  v.AddMember("amount", amount, a);
  add_string(v, "amount_description", description, a);
  return v;
}

Value cost_options_json(const Listing& l, const std::string& lang, Alloc& a) {
  Value list(rapidjson::kArrayType);
  const std::string text = pick_text(l.price.text, lang);
  if (l.price.free == Tri::yes) list.PushBack(cost_option(l, "free", 0, fixed_label("free", "yes", lang), text, a), a);
  const auto& min = l.price.min_eur;
  const auto& max = l.price.max_eur;
  const bool range = min && max && *max != *min;
  if (min && !(l.price.free == Tri::yes && *min == 0))
    list.PushBack(cost_option(l, "min", *min, range ? in_lang(lang, "Alin hinta", "Lägsta pris", "Lowest price") : "",
                              text, a),
                  a);
  if (max && (range || !min))
    list.PushBack(cost_option(l, "max", *max, in_lang(lang, "Korkein hinta", "Högsta pris", "Highest price"), text, a),
                  a);
  return list;
}

Value phones_json(const Listing& l, Alloc& a) {
  Value list(rapidjson::kArrayType);
  if (l.contact.phone.empty()) return list;
  Value v(rapidjson::kObjectType);
  add_required(v, "id", phone_id(l.id), a);
  add_required(v, "service_id", l.id, a);
  add_required(v, "number", l.contact.phone, a);
  list.PushBack(v, a);
  return list;
}

}  // namespace

Value organization_json(const Listing& listing, const std::string& lang, Alloc& a) {
  const std::string id = organiser_key(listing.organiser);
  if (id.empty()) return Value();
  return organization_value(id, listing.organiser.name, lang, a);
}

Value organization_json(const CatalogueTerm& organiser, const std::string& lang, Alloc& a) {
  return organization_value(organiser.value, organiser.names, lang, a);
}

Value service_json(const Listing& l, const std::string& lang, std::int64_t now, bool full, Alloc& a) {
  Value v(rapidjson::kObjectType);
  add_required(v, "id", l.id, a);
  add_required(v, "name", pick_text(l.name, lang), a);
  add_string(v, "description", description_of(l, lang), a);
  add_string(v, "url", l.contact.url, a);
  add_string(v, "email", l.contact.email, a);
  add_required(v, "status", l.status == EventStatus::cancelled ? "inactive" : "active", a);
  add_string(v, "fees_description", fees_of(l, lang), a);
  add_string(v, "application_process", application_process(l, lang), a);
  if (l.min_age) v.AddMember("minimum_age", *l.min_age, a);
  if (l.max_age) v.AddMember("maximum_age", *l.max_age, a);
  if (const auto updated = updated_time(l)) add_required(v, "last_modified", format_utc(*updated), a);
  Value organization = organization_json(l, lang, a);
  if (!organization.IsNull()) {
    add_required(v, "organization_id", organization["id"].GetString(), a);
    v.AddMember("organization", organization, a);
  }
  if (!full) return v;
  v.AddMember("phones", phones_json(l, a), a);
  const bool located = has_location(l);
  v.AddMember("schedules", schedules_json(l, now, located ? service_at_location_id(l.id) : "", a), a);
  Value locations(rapidjson::kArrayType);
  if (located) locations.PushBack(service_at_location_json(l, lang, now, SalDetail::in_service, a), a);
  v.AddMember("service_at_locations", locations, a);
  v.AddMember("languages", languages_json(l, lang, a), a);
  v.AddMember("cost_options", cost_options_json(l, lang, a), a);
  v.AddMember("attributes", attributes_json(l, lang, a), a);
  return v;
}

}  // namespace tarjotin::hsds
