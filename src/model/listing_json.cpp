#include "listing_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "time.h"

namespace tarjotin {
namespace {

using Alloc = rapidjson::Document::AllocatorType;
using rapidjson::Value;

Value str(const std::string& s, Alloc& a) { return Value(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), a); }

Value localized(const LocalizedText& text, Alloc& a) {
  Value v(rapidjson::kObjectType);
  for (const auto& [lang, s] : text) v.AddMember(str(lang, a), str(s, a), a);
  return v;
}

Value strings(const std::vector<std::string>& list, Alloc& a) {
  Value v(rapidjson::kArrayType);
  for (const auto& s : list) v.PushBack(str(s, a), a);
  return v;
}

Value time_value(std::int64_t t, bool date_only, Alloc& a) {
  return str(date_only ? format_helsinki_date(t) : format_utc(t), a);
}

template <typename T>
Value optional_number(const std::optional<T>& v) {
  Value out;
  if (v) out.Set(*v);
  return out;
}

// ---- reading ----
std::string get_string(const Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  return it != obj.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString(), it->value.GetStringLength())
                                                       : std::string();
}

LocalizedText get_localized(const Value& obj, const char* key) {
  LocalizedText out;
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsObject()) return out;
  for (const auto& m : it->value.GetObject())
    if (m.value.IsString()) out[m.name.GetString()] = std::string(m.value.GetString(), m.value.GetStringLength());
  return out;
}

std::vector<std::string> get_strings(const Value& obj, const char* key) {
  std::vector<std::string> out;
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& v : it->value.GetArray())
    if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

const Value* get_object(const Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  return it != obj.MemberEnd() && it->value.IsObject() ? &it->value : nullptr;
}

std::optional<double> get_double(const Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsNumber()) return std::nullopt;
  return it->value.GetDouble();
}

std::optional<int> get_int(const Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsInt()) return std::nullopt;
  return it->value.GetInt();
}

std::int64_t get_int64(const Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  return it != obj.MemberEnd() && it->value.IsInt64() ? it->value.GetInt64() : 0;
}

Tri get_tri(const Value& obj, const char* key) { return parse_tri(get_string(obj, key)).value_or(Tri::unknown); }

}  // namespace

Value sources_to_value(const std::vector<SourceRef>& sources, Alloc& a) {
  Value list(rapidjson::kArrayType);
  for (const SourceRef& ref : sources) {
    Value item(rapidjson::kObjectType);
    item.AddMember("source", str(ref.source, a), a);
    item.AddMember("id", str(ref.id, a), a);
    item.AddMember("url", str(ref.url, a), a);
    item.AddMember("relation", str(ref.relation, a), a);
    item.AddMember("reason", str(ref.reason, a), a);
    list.PushBack(item, a);
  }
  return list;
}

namespace {

void write_listing(const Listing& l, Value& o, Alloc& a, bool with_bookkeeping) {
  o.SetObject();
  o.AddMember("id", str(l.id, a), a);
  o.AddMember("source", str(l.source, a), a);
  o.AddMember("source_id", str(l.source_id, a), a);
  o.AddMember("kind", Value(to_string(l.kind), a), a);
  o.AddMember("status", Value(to_string(l.status), a), a);
  o.AddMember("name", localized(l.name, a), a);
  o.AddMember("summary", localized(l.summary, a), a);
  o.AddMember("description", localized(l.description, a), a);

  Value organiser(rapidjson::kObjectType);
  organiser.AddMember("id", str(l.organiser.id, a), a);
  organiser.AddMember("name", localized(l.organiser.name, a), a);
  o.AddMember("organiser", organiser, a);

  o.AddMember("categories", strings(l.categories, a), a);
  o.AddMember("target_groups", strings(l.target_groups, a), a);
  Value keywords(rapidjson::kArrayType);
  for (const auto& k : l.keywords) {
    Value kw(rapidjson::kObjectType);
    kw.AddMember("id", str(k.id, a), a);
    kw.AddMember("label", localized(k.label, a), a);
    keywords.PushBack(kw, a);
  }
  o.AddMember("keywords", keywords, a);
  o.AddMember("languages", strings(l.languages, a), a);

  Value price(rapidjson::kObjectType);
  price.AddMember("free", Value(to_string(l.price.free), a), a);
  price.AddMember("text", localized(l.price.text, a), a);
  price.AddMember("min_eur", optional_number(l.price.min_eur), a);
  price.AddMember("max_eur", optional_number(l.price.max_eur), a);
  o.AddMember("price", price, a);

  Value access(rapidjson::kObjectType);
  for (const auto& [feature, value] : l.accessibility) access.AddMember(str(feature, a), Value(to_string(value), a), a);
  o.AddMember("accessibility", access, a);

  Value loc(rapidjson::kObjectType);
  loc.AddMember("id", str(l.location.id, a), a);
  loc.AddMember("name", localized(l.location.name, a), a);
  loc.AddMember("street_address", localized(l.location.street_address, a), a);
  loc.AddMember("postal_code", str(l.location.postal_code, a), a);
  loc.AddMember("municipality", localized(l.location.municipality, a), a);
  loc.AddMember("lat", optional_number(l.location.lat), a);
  loc.AddMember("lon", optional_number(l.location.lon), a);
  o.AddMember("location", loc, a);

  Value occurrences(rapidjson::kArrayType);
  for (const auto& occ : l.occurrences) {
    Value v(rapidjson::kObjectType);
    v.AddMember("start", time_value(occ.start, occ.date_only, a), a);
    Value end;
    // A date-only end is exclusive local midnight; show the last day it covers.
    if (occ.end) end = time_value(occ.date_only ? *occ.end - 1 : *occ.end, occ.date_only, a);
    v.AddMember("end", end, a);
    v.AddMember("date_only", occ.date_only, a);
    occurrences.PushBack(v, a);
  }
  o.AddMember("occurrences", occurrences, a);

  o.AddMember("min_age", optional_number(l.min_age), a);
  o.AddMember("max_age", optional_number(l.max_age), a);

  Value reg(rapidjson::kObjectType);
  reg.AddMember("required", Value(to_string(l.registration.required), a), a);
  reg.AddMember("url", str(l.registration.url, a), a);
  o.AddMember("registration", reg, a);
  o.AddMember("channels", strings(l.channels, a), a);

  Value contact(rapidjson::kObjectType);
  contact.AddMember("phone", str(l.contact.phone, a), a);
  contact.AddMember("email", str(l.contact.email, a), a);
  contact.AddMember("url", str(l.contact.url, a), a);
  o.AddMember("contact", contact, a);

  o.AddMember("source_url", str(l.source_url, a), a);
  o.AddMember("source_modified", str(l.source_modified, a), a);
  if (with_bookkeeping) {
    o.AddMember("first_seen", str(l.first_seen ? format_utc(l.first_seen) : "", a), a);
    o.AddMember("last_seen", str(l.last_seen ? format_utc(l.last_seen) : "", a), a);
    // Derived (merged duplicates), so not content: written only when set.
    if (!l.sources.empty()) o.AddMember("sources", sources_to_value(l.sources, a), a);
  }
}

std::string serialise(const Listing& l, bool with_bookkeeping) {
  rapidjson::Document doc;
  write_listing(l, doc, doc.GetAllocator(), with_bookkeeping);
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buf);
  doc.Accept(writer);
  return std::string(buf.GetString(), buf.GetSize());
}

std::int64_t parse_time_or_zero(const std::string& s) {
  auto t = parse_iso8601(s);
  return t ? t->utc : 0;
}

}  // namespace

void listing_to_value(const Listing& listing, Value& out, Alloc& alloc) { write_listing(listing, out, alloc, true); }

std::string listing_to_json(const Listing& listing) { return serialise(listing, true); }

std::string listing_content_json(const Listing& listing) { return serialise(listing, false); }

std::optional<Listing> listing_from_json(const std::string& json, std::string* error) {
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("id")) {
    if (error) *error = "not a listing JSON object";
    return std::nullopt;
  }
  Listing l;
  l.id = get_string(doc, "id");
  l.source = get_string(doc, "source");
  l.source_id = get_string(doc, "source_id");
  l.kind = parse_kind(get_string(doc, "kind")).value_or(Kind::event);
  l.status = parse_event_status(get_string(doc, "status")).value_or(EventStatus::scheduled);
  l.name = get_localized(doc, "name");
  l.summary = get_localized(doc, "summary");
  l.description = get_localized(doc, "description");
  if (const Value* org = get_object(doc, "organiser")) {
    l.organiser.id = get_string(*org, "id");
    l.organiser.name = get_localized(*org, "name");
  }
  l.categories = get_strings(doc, "categories");
  l.target_groups = get_strings(doc, "target_groups");
  if (doc.HasMember("keywords") && doc["keywords"].IsArray())
    for (const auto& kw : doc["keywords"].GetArray())
      if (kw.IsObject()) l.keywords.push_back({get_string(kw, "id"), get_localized(kw, "label")});
  l.languages = get_strings(doc, "languages");
  if (const Value* price = get_object(doc, "price")) {
    l.price.free = get_tri(*price, "free");
    l.price.text = get_localized(*price, "text");
    l.price.min_eur = get_double(*price, "min_eur");
    l.price.max_eur = get_double(*price, "max_eur");
  }
  if (const Value* access = get_object(doc, "accessibility"))
    for (const auto& m : access->GetObject())
      if (m.value.IsString()) l.accessibility[m.name.GetString()] = parse_tri(m.value.GetString()).value_or(Tri::unknown);
  if (const Value* loc = get_object(doc, "location")) {
    l.location.id = get_string(*loc, "id");
    l.location.name = get_localized(*loc, "name");
    l.location.street_address = get_localized(*loc, "street_address");
    l.location.postal_code = get_string(*loc, "postal_code");
    l.location.municipality = get_localized(*loc, "municipality");
    l.location.lat = get_double(*loc, "lat");
    l.location.lon = get_double(*loc, "lon");
  }
  if (doc.HasMember("occurrences") && doc["occurrences"].IsArray()) {
    for (const auto& v : doc["occurrences"].GetArray()) {
      if (!v.IsObject()) continue;
      auto start = parse_iso8601(get_string(v, "start"));
      if (!start) continue;
      Occurrence occ;
      occ.start = start->utc;
      occ.date_only = v.HasMember("date_only") && v["date_only"].IsBool() && v["date_only"].GetBool();
      if (auto end = parse_iso8601(get_string(v, "end"))) {
        // Date-only ends were written as the last day covered; restore the exclusive end.
        occ.end = occ.date_only ? end->utc + 86400 + 3600 : end->utc;
        if (occ.date_only) {
          // Re-anchor to local midnight after the +1 day (DST-safe).
          occ.end = parse_iso8601(format_helsinki_date(*occ.end))->utc;
        }
      }
      l.occurrences.push_back(occ);
    }
  }
  l.min_age = get_int(doc, "min_age");
  l.max_age = get_int(doc, "max_age");
  if (const Value* reg = get_object(doc, "registration")) {
    l.registration.required = get_tri(*reg, "required");
    l.registration.url = get_string(*reg, "url");
  }
  l.channels = get_strings(doc, "channels");
  if (const Value* contact = get_object(doc, "contact")) {
    l.contact.phone = get_string(*contact, "phone");
    l.contact.email = get_string(*contact, "email");
    l.contact.url = get_string(*contact, "url");
  }
  l.source_url = get_string(doc, "source_url");
  l.source_modified = get_string(doc, "source_modified");
  l.first_seen = parse_time_or_zero(get_string(doc, "first_seen"));
  l.last_seen = parse_time_or_zero(get_string(doc, "last_seen"));
  if (doc.HasMember("sources") && doc["sources"].IsArray())
    for (const Value& item : doc["sources"].GetArray()) {
      if (!item.IsObject()) continue;
      l.sources.push_back({get_string(item, "source"), get_string(item, "id"), get_string(item, "url"),
                           get_string(item, "relation"), get_string(item, "reason")});
    }
  (void)get_int64;
  return l;
}

}  // namespace tarjotin
