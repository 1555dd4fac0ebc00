// Linked Events event object -> Listing. Field by field, as listed in
// linkedevents_connector.h.
#include "connectors/linkedevents/event_mapping.h"

#include <algorithm>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "model/price_text.h"
#include "model/time.h"

namespace tarjotin {
namespace {

using rapidjson::Value;

const Value* member(const Value& object, const char* name) {
  if (!object.IsObject()) return nullptr;
  const auto it = object.FindMember(name);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

std::string string_of(const Value* value) {
  return value && value->IsString() ? std::string(value->GetString(), value->GetStringLength()) : "";
}

// {"fi": "...", "sv": null, ...} -> the languages with non-empty text. A plain
// string is taken as Finnish.
LocalizedText localized(const Value* value) {
  LocalizedText text;
  if (!value) return text;
  if (value->IsString()) set_text(text, "fi", string_of(value));
  if (!value->IsObject()) return text;
  for (const auto& entry : value->GetObject())
    if (entry.value.IsString()) set_text(text, entry.name.GetString(), string_of(&entry.value));
  return text;
}

std::string last_path_segment(std::string url) {
  const std::size_t q = url.find_first_of("?#");
  if (q != std::string::npos) url.erase(q);
  while (!url.empty() && url.back() == '/') url.pop_back();
  const std::size_t slash = url.rfind('/');
  return slash == std::string::npos ? url : url.substr(slash + 1);
}

std::optional<int> int_of(const Value* value) {
  if (value && value->IsInt()) return value->GetInt();
  return std::nullopt;
}

bool present(const Value* value) {
  if (!value || value->IsNull()) return false;
  if (value->IsString()) return value->GetStringLength() > 0;
  return true;
}

// UTC instant of the local midnight that ends the Helsinki day containing `utc`.
std::int64_t midnight_after(std::int64_t utc) {
  const std::int64_t local = utc + helsinki_offset_seconds(utc);
  std::int64_t days = local / 86400;
  if (local % 86400 < 0) --days;
  int year = 0, month = 0, day = 0;
  civil_from_days(days + 1, &year, &month, &day);
  return helsinki_midnight_utc(year, month, day);
}

std::optional<Occurrence> occurrence_of(const Value& event) {
  const auto start = parse_iso8601(string_of(member(event, "start_time")));
  if (!start) return std::nullopt;
  const auto end = parse_iso8601(string_of(member(event, "end_time")));
  Occurrence occurrence;
  occurrence.start = start->utc;
  occurrence.date_only = start->date_only;
  if (end)
    occurrence.end = end->date_only ? midnight_after(end->utc) : end->utc;  // a date-only end is inclusive
  else if (start->date_only)
    occurrence.end = midnight_after(start->utc);
  return occurrence;
}

void add_keywords(const Value* list, std::vector<SourceKeyword>& keywords) {
  if (!list || !list->IsArray()) return;
  for (const Value& ref : list->GetArray()) {
    SourceKeyword keyword;
    keyword.id = referenced_id(ref);
    if (keyword.id.empty()) continue;
    const bool known = std::any_of(keywords.begin(), keywords.end(),
                                   [&](const SourceKeyword& k) { return k.id == keyword.id; });
    if (known) continue;
    keyword.label = localized(member(ref, "name"));
    keywords.push_back(std::move(keyword));
  }
}

Price price_of(const Value* offers) {
  Price price;
  if (!offers || !offers->IsArray() || offers->Empty()) return price;
  bool any_free = false;
  bool all_not_free = true;
  for (const Value& offer : offers->GetArray()) {
    const Value* is_free = member(offer, "is_free");
    const bool is_bool = is_free && is_free->IsBool();
    if (is_bool && is_free->GetBool()) any_free = true;
    if (!is_bool || is_free->GetBool()) all_not_free = false;
    for (const auto& [lang, text] : localized(member(offer, "price")))
      if (!price.text.count(lang)) price.text[lang] = text;
  }
  price.free = any_free ? Tri::yes : all_not_free ? Tri::no : Tri::unknown;
  bool says_free = false;
  for (const auto& entry : price.text) {
    const PriceRange range = parse_price_text(entry.second);
    says_free = says_free || range.says_free;
    if (range.min_eur && (!price.min_eur || *range.min_eur < *price.min_eur)) price.min_eur = range.min_eur;
    if (range.max_eur && (!price.max_eur || *range.max_eur > *price.max_eur)) price.max_eur = range.max_eur;
  }
  if (price.free == Tri::unknown && says_free) price.free = Tri::yes;
  return price;
}

// Fills listing.location, channels and the location's contact details.
void add_location(const Value* place, Listing& listing) {
  if (!place || place->IsNull()) return;
  Location& location = listing.location;
  location.id = referenced_id(*place);
  if (location.id.empty()) return;
  listing.channels.push_back(location.id == "helsinki:internet" ? "online" : "in_person");
  location.name = localized(member(*place, "name"));
  location.street_address = localized(member(*place, "street_address"));
  location.postal_code = string_of(member(*place, "postal_code"));
  if (const Value* divisions = member(*place, "divisions"); divisions && divisions->IsArray())
    for (const Value& division : divisions->GetArray())
      if (string_of(member(division, "type")) == "muni" && location.municipality.empty())
        location.municipality = localized(member(division, "name"));
  if (location.municipality.empty()) location.municipality = localized(member(*place, "address_locality"));
  if (const Value* coordinates = member(*place, "position") ? member(*member(*place, "position"), "coordinates")
                                                              : nullptr;
      coordinates && coordinates->IsArray() && coordinates->Size() >= 2 && (*coordinates)[0].IsNumber() &&
      (*coordinates)[1].IsNumber()) {
    location.lon = (*coordinates)[0].GetDouble();
    location.lat = (*coordinates)[1].GetDouble();
  }
  listing.contact.phone = pick_text(localized(member(*place, "telephone")), "fi");
  listing.contact.email = string_of(member(*place, "email"));
}

Registration registration_of(const Value& event) {
  Registration registration;
  const Value* link = member(event, "registration");
  if (present(link) || present(member(event, "enrolment_start_time")) ||
      present(member(event, "enrolment_end_time")))
    registration.required = Tri::yes;
  if (const Value* signup = link ? member(*link, "signup_url") : nullptr)
    registration.url = signup->IsString() ? string_of(signup) : pick_text(localized(signup), "fi");
  return registration;
}

Kind kind_of(const Value* type_id) {
  if (!type_id) return Kind::event;
  if (type_id->IsString() && string_of(type_id) == "Volunteering") return Kind::volunteering;
  if (type_id->IsInt() && type_id->GetInt() == 3) return Kind::volunteering;  // older numeric type ids
  return Kind::event;
}

EventStatus status_of(const std::string& event_status) {
  if (event_status == "EventCancelled") return EventStatus::cancelled;
  if (event_status == "EventPostponed") return EventStatus::postponed;
  if (event_status == "EventRescheduled") return EventStatus::rescheduled;
  return EventStatus::scheduled;
}

std::string compact_json(const Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace

std::string referenced_id(const Value& ref) {
  if (ref.IsString()) return last_path_segment(string_of(&ref));
  const std::string id = string_of(member(ref, "id"));
  if (!id.empty()) return id;
  return last_path_segment(string_of(member(ref, "@id")));
}

std::optional<EventRecord> map_event(const std::string& source, const Value& event, std::string* error) {
  if (!event.IsObject()) {
    if (error) *error = "event is not a JSON object";
    return std::nullopt;
  }
  const std::string id = string_of(member(event, "id"));
  if (id.empty()) {
    if (error) *error = "event without a string \"id\"";
    return std::nullopt;
  }
  EventRecord record;
  Listing& listing = record.item.listing;
  listing.id = source + ":" + id;
  listing.source = source;
  listing.source_id = id;
  const Value* deleted = member(event, "deleted");
  if ((deleted && deleted->IsBool() && deleted->GetBool()) ||
      string_of(member(event, "publication_status")) == "draft") {
    record.withdrawn = true;
    return record;
  }

  listing.kind = kind_of(member(event, "type_id"));
  listing.status = status_of(string_of(member(event, "event_status")));
  listing.name = localized(member(event, "name"));
  listing.summary = localized(member(event, "short_description"));
  listing.description = localized(member(event, "description"));
  listing.organiser.id = string_of(member(event, "publisher"));
  listing.organiser.name = localized(member(event, "provider"));
  add_keywords(member(event, "keywords"), listing.keywords);
  add_keywords(member(event, "audience"), listing.keywords);
  if (const Value* languages = member(event, "in_language"); languages && languages->IsArray())
    for (const Value& ref : languages->GetArray()) {
      const std::string code = referenced_id(ref);
      if (!code.empty() && std::find(listing.languages.begin(), listing.languages.end(), code) == listing.languages.end())
        listing.languages.push_back(code);
    }
  listing.price = price_of(member(event, "offers"));
  add_location(member(event, "location"), listing);
  if (auto occurrence = occurrence_of(event)) listing.occurrences.push_back(*occurrence);
  listing.min_age = int_of(member(event, "audience_min_age"));
  listing.max_age = int_of(member(event, "audience_max_age"));
  listing.registration = registration_of(event);
  listing.contact.url = pick_text(localized(member(event, "info_url")), "fi");
  listing.source_url = string_of(member(event, "@id"));
  listing.source_modified = string_of(member(event, "last_modified_time"));

  if (const Value* super_event = member(event, "super_event"); present(super_event))
    record.super_event_id = referenced_id(*super_event);
  record.super_event_type = string_of(member(event, "super_event_type"));
  record.item.raw = compact_json(event);
  return record;
}

}  // namespace tarjotin
