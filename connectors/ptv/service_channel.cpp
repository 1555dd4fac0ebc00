#include "connectors/ptv/service_channel.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "connectors/ptv/tm35fin.h"

namespace tarjotin::ptv {
namespace {

// A coordinate given as a string ("7001836.409") or a number.
std::optional<double> coordinate_of(const Value* value) {
  if (!value) return std::nullopt;
  if (value->IsNumber()) return value->GetDouble();
  const std::string text = string_of(value);
  if (text.empty()) return std::nullopt;
  errno = 0;
  char* end = nullptr;
  const double number = std::strtod(text.c_str(), &end);
  if (errno != 0 || end == text.c_str() || *end != '\0' || !std::isfinite(number)) return std::nullopt;
  return number;
}

// Fills lat/lon from an object with TM35FIN `latitude` (northing) and
// `longitude` (easting); false when it has no plausible pair.
bool set_coordinates(const Value* holder, Location& location) {
  if (!holder || !holder->IsObject()) return false;
  const auto northing = coordinate_of(member(*holder, "latitude"));
  const auto easting = coordinate_of(member(*holder, "longitude"));
  if (!northing || !easting || !in_finland_extent(*northing, *easting)) return false;
  const GeoPoint point = tm35fin_to_wgs84(*northing, *easting);
  location.lat = point.lat;
  location.lon = point.lon;
  return true;
}

const Value* main_entrance(const Value& address) {
  const Value* entrances = array_member(address, "entrances");
  if (!entrances) return nullptr;
  const Value* first = nullptr;
  for (const Value& entrance : entrances->GetArray()) {
    if (!entrance.IsObject()) continue;
    if (!first) first = &entrance;
    const Value* is_main = member(entrance, "isMainEntrance");
    if (is_main && is_main->IsBool() && is_main->GetBool()) return &entrance;
  }
  return first;
}

std::string phone_of(const Value* numbers) {
  if (!numbers || !numbers->IsArray()) return "";
  for (const Value& phone : numbers->GetArray()) {
    if (string_member(phone, "type") == "Fax") continue;
    const std::string number = string_member(phone, "number");
    if (number.empty()) continue;
    const std::string prefix = string_member(phone, "prefixNumber");
    return prefix.empty() ? number : prefix + " " + number;
  }
  return "";
}

std::string first_value(const Value* list, const char* name) {
  if (!list || !list->IsArray()) return "";
  for (const Value& entry : list->GetArray()) {
    const std::string value = string_member(entry, name);
    if (!value.empty()) return value;
  }
  return "";
}

}  // namespace

ChannelType channel_type(const Value& channel) {
  const std::string type = string_member(channel, "serviceChannelType");
  if (type == "ServiceLocation") return ChannelType::service_location;
  if (type == "EChannel") return ChannelType::electronic;
  if (type == "Phone") return ChannelType::phone;
  if (type == "WebPage") return ChannelType::web_page;
  if (type == "PrintableForm") return ChannelType::printable_form;
  return ChannelType::other;
}

const char* listing_channel(ChannelType type) {
  switch (type) {
    case ChannelType::service_location: return "in_person";
    case ChannelType::electronic: return "online";
    case ChannelType::phone: return "phone";
    default: return nullptr;
  }
}

const Value* visiting_address(const Value& channel) {
  const Value* addresses = array_member(channel, "addresses");
  if (!addresses) return nullptr;
  for (const char* wanted : {"Location", "Visiting"})
    for (const Value& address : addresses->GetArray())
      if (address.IsObject() && string_member(address, "type") == wanted) return &address;
  return nullptr;
}

Location location_of(const Value& channel) {
  Location location;
  location.id = string_member(channel, "id");
  location.name = localized_or_any(member(channel, "serviceChannelNames"), "Name");
  const Value* address = visiting_address(channel);
  if (!address) return location;
  const Value* street = member(*address, "streetAddress");
  if (street && street->IsObject()) {
    const std::string number = string_member(*street, "streetNumber");
    for (const auto& [language, name] : localized(member(*street, "street")))
      set_text(location.street_address, language, number.empty() ? name : name + " " + number);
    location.postal_code = string_member(*street, "postalCode");
    if (const Value* municipality = member(*street, "municipality"); municipality && municipality->IsObject())
      location.municipality = localized(member(*municipality, "name"));
  }
  const Value* other = member(*address, "otherAddress");
  if (location.postal_code.empty() && other && other->IsObject())
    location.postal_code = string_member(*other, "postalCode");
  if (!set_coordinates(street, location) && !set_coordinates(other, location))
    if (const Value* entrance = main_entrance(*address))
      set_coordinates(member(*entrance, "coordinates"), location);
  return location;
}

Contact contact_of(const Value& channel) {
  Contact contact;
  contact.phone = phone_of(array_member(channel, "phoneNumbers"));
  if (contact.phone.empty()) contact.phone = phone_of(array_member(channel, "supportPhones"));
  contact.email = first_value(array_member(channel, "emails"), "value");
  if (contact.email.empty()) contact.email = first_value(array_member(channel, "supportEmails"), "value");
  contact.url = first_value(array_member(channel, "webPages"), "url");
  return contact;
}

}  // namespace tarjotin::ptv
