// Lähellä.fi activity -> Listing, field by field as listed in activity_mapping.h.
#include "connectors/lahella/activity_mapping.h"

#include <algorithm>
#include <cctype>
#include <climits>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "connectors/lahella/activity_channels.h"
#include "connectors/lahella/json_access.h"
#include "model/html_text.h"
#include "model/price_text.h"

namespace tarjotin {
namespace {

using lahella_json::id_of;
using lahella_json::member;
using lahella_json::string_of;
using rapidjson::Value;

std::vector<std::string> strings_of(const Value* list) {
  std::vector<std::string> out;
  if (!list || !list->IsArray()) return out;
  for (const Value& entry : list->GetArray())
    if (entry.IsString() && entry.GetStringLength() > 0) out.push_back(string_of(&entry));
  return out;
}

void add_unique(std::vector<std::string>& list, const std::string& value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

void add_keyword(std::vector<SourceKeyword>& keywords, const std::string& id) {
  const bool known = std::any_of(keywords.begin(), keywords.end(), [&](const SourceKeyword& k) { return k.id == id; });
  if (!known) keywords.push_back({id, {}});
}

// translations.{lang}: name, summary, description as given; pricing as plain text.
void add_translations(const Value* translations, Listing& listing) {
  if (!translations || !translations->IsObject()) return;
  for (const auto& entry : translations->GetObject()) {
    const std::string lang = entry.name.GetString();
    set_text(listing.name, lang, string_of(member(&entry.value, "name")));
    set_text(listing.summary, lang, string_of(member(&entry.value, "summary")));
    set_text(listing.description, lang, string_of(member(&entry.value, "description")));
    set_text(listing.price.text, lang, html_to_text(string_of(member(&entry.value, "pricing"))));
  }
}

void add_price(const Value* pricing, Price& price) {
  const std::vector<std::string> codes = strings_of(pricing);
  if (std::find(codes.begin(), codes.end(), "free") != codes.end())
    price.free = Tri::yes;
  else if (std::find(codes.begin(), codes.end(), "paid") != codes.end())
    price.free = Tri::no;
  bool says_free = false;
  for (const auto& entry : price.text) {
    const PriceRange range = parse_price_text(entry.second);
    says_free = says_free || range.says_free;
    if (range.min_eur && (!price.min_eur || *range.min_eur < *price.min_eur)) price.min_eur = range.min_eur;
    if (range.max_eur && (!price.max_eur || *range.max_eur > *price.max_eur)) price.max_eur = range.max_eur;
  }
  if (price.free == Tri::unknown && says_free) price.free = Tri::yes;
}

struct AgeRange {
  int min;
  std::optional<int> max;
};

// "range:18-29", "range:65-", "range:65+", or a symbolic group name.
std::optional<AgeRange> age_range(const std::string& group) {
  static const std::pair<const char*, AgeRange> kNamed[] = {
      {"baby", {0, 1}},         {"child", {2, 6}},  {"schoolAge", {7, 12}},         {"young", {13, 17}},
      {"youngAdult", {18, 29}}, {"adult", {30, 64}}, {"elderly", {65, std::nullopt}},
  };
  for (const auto& [name, range] : kNamed)
    if (group == name) return range;
  if (group.rfind("range:", 0) != 0) return std::nullopt;
  const std::string text = group.substr(6);
  std::size_t pos = 0;
  AgeRange range{0, std::nullopt};
  try {
    range.min = std::stoi(text, &pos);
    const std::string rest = text.substr(pos);
    if (rest.size() > 1 && rest[0] == '-') range.max = std::stoi(rest.substr(1));
  } catch (...) {
    return std::nullopt;
  }
  return range;
}

void add_demographic(const Value* demographic, Listing& listing) {
  bool any_group = false, open_ended = false;
  int lowest = INT_MAX, highest = -1;
  for (const std::string& code : strings_of(demographic)) {
    if (code.rfind("gender/", 0) == 0) {
      const std::string gender = code.substr(7);
      if (gender == "male" || gender == "female") add_keyword(listing.keywords, "lahella:gender:" + gender);
      continue;
    }
    if (code.rfind("ageGroup/", 0) != 0) continue;
    const std::string group = code.substr(9);
    if (group == "any") return;  // all ages: no limits
    const std::optional<AgeRange> range = age_range(group);
    if (!range) continue;
    any_group = true;
    lowest = std::min(lowest, range->min);
    if (range->max)
      highest = std::max(highest, *range->max);
    else
      open_ended = true;
  }
  if (!any_group) return;
  listing.min_age = lowest;
  if (!open_ended && highest >= 0) listing.max_age = highest;
}

void add_contacts(const Value* contacts, Contact& contact) {
  if (!contacts || !contacts->IsArray()) return;
  for (const Value& entry : contacts->GetArray()) {
    const std::string type = string_of(member(&entry, "type"));
    const std::string value = string_of(member(&entry, "value"));
    if (type == "www" && contact.url.empty()) contact.url = value;
    if (type == "email" && contact.email.empty()) contact.email = value;
    if (type == "phone" && contact.phone.empty()) contact.phone = value;
  }
}

void add_organiser(const Value* group, Organiser& organiser) {
  if (!group) return;
  if (group->IsString()) {
    organiser.id = string_of(group);
    return;
  }
  organiser.id = id_of(member(group, "_key"));
  const Value* name = member(group, "name");
  if (name && name->IsString()) set_text(organiser.name, "fi", string_of(name));
  if (name && name->IsObject())
    for (const auto& entry : name->GetObject()) set_text(organiser.name, entry.name.GetString(), string_of(&entry.value));
}

// region "city/FI/Helsinki" -> municipality, when no channel address named one.
void add_region(const Value* regions, Location& location) {
  if (!location.municipality.empty()) return;
  for (const std::string& region : strings_of(regions))
    if (region.rfind("city/FI/", 0) == 0) {
      set_text(location.municipality, "fi", region.substr(8));
      return;
    }
}

Kind kind_of(const std::string& type, const Listing& listing) {
  if (type == "support") return Kind::service;
  if (type == "voluntary") return Kind::volunteering;
  return listing.occurrences.empty() ? Kind::service : Kind::event;
}

std::string compact_json(const Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace

std::string normalise_language(const std::string& code) {
  std::string lower;
  for (char c : code) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "fisl") return "sgn";
  const std::size_t cut = lower.find_first_of("-_");
  return cut == std::string::npos ? lower : lower.substr(0, cut);
}

std::optional<ActivityRecord> map_activity(const Value& activity, const ActivityContext& context,
                                           std::string* error) {
  if (!activity.IsObject()) {
    if (error) *error = "activity is not a JSON object";
    return std::nullopt;
  }
  std::string id = id_of(member(&activity, "_key"));
  if (id.empty()) id = id_of(member(&activity, "id"));
  if (id.empty()) {
    if (error) *error = "activity without a \"_key\" (string or number)";
    return std::nullopt;
  }
  ActivityRecord record;
  Listing& listing = record.item.listing;
  listing.id = context.source + ":" + id;
  listing.source = context.source;
  listing.source_id = id;
  const Value* status = member(&activity, "status");
  if (status && status->IsString() && string_of(status) != "published") {
    record.withdrawn = true;
    return record;
  }

  const Value* traits = member(&activity, "traits");
  add_translations(member(traits, "translations"), listing);
  for (const std::string& code : strings_of(member(traits, "theme"))) add_keyword(listing.keywords, "lahella:theme:" + code);
  for (const std::string& code : strings_of(member(traits, "format"))) add_keyword(listing.keywords, "lahella:format:" + code);
  for (const std::string& code : strings_of(member(traits, "locale"))) add_unique(listing.languages, normalise_language(code));
  add_demographic(member(traits, "demographic"), listing);
  add_price(member(traits, "pricing"), listing.price);
  add_contacts(member(traits, "contacts"), listing.contact);
  add_organiser(member(traits, "group") ? member(traits, "group") : member(&activity, "group"), listing.organiser);
  if (const Value* channels = member(traits, "channels")) add_channels(*channels, context.window, listing);
  add_region(member(traits, "region"), listing.location);
  listing.kind = kind_of(string_of(member(traits, "type")), listing);
  if (!context.item_url_base.empty()) listing.source_url = context.item_url_base + "/" + id;
  record.item.raw = compact_json(activity);
  return record;
}

}  // namespace tarjotin
