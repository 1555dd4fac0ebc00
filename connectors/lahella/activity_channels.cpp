// traits.channels[] -> channels, location, accessibility, registration and
// occurrences, as described in activity_channels.h.
#include "connectors/lahella/activity_channels.h"

#include <map>

#include <algorithm>

#include "connectors/lahella/json_access.h"

namespace tarjotin {
namespace {

using lahella_json::member;
using lahella_json::string_of;
using rapidjson::Value;

void add_channel_value(const std::string& value, std::vector<std::string>& channels) {
  if (std::find(channels.begin(), channels.end(), value) == channels.end()) channels.push_back(value);
}

void add_types(const Value* types, std::vector<std::string>& channels) {
  if (!types) return;
  auto add = [&](const std::string& type) {
    if (type == "place") add_channel_value("in_person", channels);
    if (type == "online") add_channel_value("online", channels);
    if (type == "phone") add_channel_value("phone", channels);
    if (type == "hybrid") {
      add_channel_value("in_person", channels);
      add_channel_value("online", channels);
    }
  };
  if (types->IsString()) add(string_of(types));
  if (types->IsArray())
    for (const Value& type : types->GetArray()) add(string_of(&type));
}

// GeoJSON point [lon, lat] of map.center; false when there is none.
bool read_point(const Value& channel, Location& location) {
  const Value* coordinates = member(member(member(&channel, "map"), "center"), "coordinates");
  if (!coordinates || !coordinates->IsArray() || coordinates->Size() < 2 || !(*coordinates)[0].IsNumber() ||
      !(*coordinates)[1].IsNumber())
    return false;
  const double lon = (*coordinates)[0].GetDouble();
  const double lat = (*coordinates)[1].GetDouble();
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) return false;
  location.lon = lon;
  location.lat = lat;
  return true;
}

// Fills `location` from the channel; false when it has neither address nor point.
bool read_location(const Value& channel, Location& location) {
  Location found;
  bool any = read_point(channel, found);
  if (const Value* translations = member(&channel, "translations"); translations && translations->IsObject()) {
    for (const auto& entry : translations->GetObject()) {
      const Value* address = member(&entry.value, "address");
      if (!address || !address->IsObject()) continue;
      const std::string lang = entry.name.GetString();
      set_text(found.street_address, lang, string_of(member(address, "street")));
      set_text(found.municipality, lang, string_of(member(address, "city")));
      if (found.postal_code.empty()) found.postal_code = string_of(member(address, "postalCode"));
      any = any || !found.street_address.empty() || !found.postal_code.empty() || !found.municipality.empty();
    }
  }
  if (!any) return false;
  found.id = string_of(member(&channel, "id"));
  location = std::move(found);
  return true;
}

// Lähellä's accessibility codes as the catalogue's feature names (the same
// names TPR's viewpoints use), so one `accessibility` filter finds both.
// Codes not in the table keep their name without the "ac_" prefix.
std::string feature_name(const std::string& code) {
  static const std::map<std::string, std::string> kFeatures = {
      {"ac_wheelchair", "wheelchair"},         {"ac_rollator", "rollator"},
      {"ac_inductionloop", "hearing_loop"},    {"ac_itoilet", "accessible_toilet"},
      {"ac_parking", "accessible_parking"},
  };
  auto it = kFeatures.find(code);
  if (it != kFeatures.end()) return it->second;
  return code.rfind("ac_", 0) == 0 ? code.substr(3) : code;
}

void add_accessibility(const Value* codes, std::map<std::string, Tri>& accessibility) {
  if (!codes || !codes->IsArray()) return;
  for (const Value& code : codes->GetArray()) {
    const std::string text = string_of(&code);
    // "ac_unknow" is the feed's own "don't know": it adds nothing.
    if (!text.empty() && text != "ac_unknow" && text != "ac_unknown") accessibility[feature_name(text)] = Tri::yes;
  }
}

void add_registration(const Value& channel, Listing& listing) {
  if (const Value* required = member(&channel, "registrationRequired"); required && required->IsBool()) {
    if (required->GetBool())
      listing.registration.required = Tri::yes;
    else if (listing.registration.required == Tri::unknown)
      listing.registration.required = Tri::no;
  }
  if (listing.registration.url.empty()) listing.registration.url = string_of(member(&channel, "registrationUrl"));
  if (listing.contact.email.empty()) listing.contact.email = string_of(member(&channel, "registrationEmail"));
}

}  // namespace

void add_channels(const Value& channels, const ScheduleWindow& window, Listing& listing) {
  if (!channels.IsArray()) return;
  bool have_location = false;
  for (const Value& channel : channels.GetArray()) {
    if (!channel.IsObject()) continue;
    add_types(member(&channel, "type"), listing.channels);
    if (!have_location) have_location = read_location(channel, listing.location);
    add_accessibility(member(&channel, "accessibility"), listing.accessibility);
    add_registration(channel, listing);
    if (const Value* events = member(&channel, "events"))
      for (Occurrence& occurrence : schedule_occurrences(*events, window))
        listing.occurrences.push_back(occurrence);
  }
  std::sort(listing.occurrences.begin(), listing.occurrences.end(), [](const Occurrence& a, const Occurrence& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  });
  listing.occurrences.erase(std::unique(listing.occurrences.begin(), listing.occurrences.end()),
                            listing.occurrences.end());
}

}  // namespace tarjotin
