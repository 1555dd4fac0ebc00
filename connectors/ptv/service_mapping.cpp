// PTV v11 Service -> Listing, field by field as listed in service_mapping.h.
#include "connectors/ptv/service_mapping.h"

#include <algorithm>
#include <cctype>

#include "connectors/ptv/channel_texts.h"
#include "connectors/ptv/ptv_requests.h"
#include "connectors/ptv/service_channel.h"
#include "model/price_text.h"

namespace tarjotin::ptv {
namespace {

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

template <typename T>
void add_unique(std::vector<T>& list, T value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

std::vector<std::string> languages_of(const Value* list) {
  std::vector<std::string> languages;
  if (!list || !list->IsArray()) return languages;
  for (const Value& entry : list->GetArray()) {
    const std::string code = lower(string_of(&entry));
    const bool letters = std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (letters && code.size() >= 2 && code.size() <= 3) add_unique(languages, code);
  }
  return languages;
}

void add_terms(const Value* list, std::vector<SourceKeyword>& keywords) {
  if (!list || !list->IsArray()) return;
  for (const Value& term : list->GetArray()) {
    SourceKeyword keyword;
    keyword.id = string_member(term, "uri");
    if (keyword.id.empty()) keyword.id = string_member(term, "code");
    if (keyword.id.empty()) continue;
    const bool known = std::any_of(keywords.begin(), keywords.end(),
                                   [&](const SourceKeyword& k) { return k.id == keyword.id; });
    if (known) continue;
    keyword.label = localized(member(term, "name"));
    keywords.push_back(std::move(keyword));
  }
}

Price price_of(const Value& service) {
  Price price;
  const std::string charge = string_member(service, "serviceChargeType");
  if (charge == "Chargeable") price.free = Tri::no;
  if (charge == "FreeOfCharge") price.free = Tri::yes;
  price.text = localized(member(service, "serviceDescriptions"), "ChargeTypeAdditionalInfo");
  for (const auto& [language, text] : localized(member(service, "chargeTypeAdditionalInfo")))
    if (!price.text.count(language)) price.text[language] = text;
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

// Names of the first Municipality area: its own name, else its first listed municipality's.
LocalizedText area_municipality(const Value& service) {
  const Value* areas = array_member(service, "areas");
  if (!areas) return {};
  for (const Value& area : areas->GetArray()) {
    if (string_member(area, "type") != "Municipality") continue;
    LocalizedText names = localized(member(area, "name"));
    if (!names.empty()) return names;
    if (const Value* municipalities = array_member(area, "municipalities"))
      for (const Value& municipality : municipalities->GetArray()) {
        names = localized(member(municipality, "name"));
        if (!names.empty()) return names;
      }
  }
  return {};
}

Organiser organiser_of(const Value& service) {
  Organiser organiser;
  const Value* organizations = array_member(service, "organizations");
  if (!organizations) return organiser;
  const Value* chosen = nullptr;
  for (const Value& link : organizations->GetArray()) {
    if (!link.IsObject()) continue;
    if (!chosen) chosen = &link;
    if (string_member(link, "roleType") == "Responsible") {
      chosen = &link;
      break;
    }
  }
  const Value* organization = chosen ? member(*chosen, "organization") : nullptr;
  if (!organization || !organization->IsObject()) return organiser;
  organiser.id = string_member(*organization, "id");
  if (const Value* name = member(*organization, "name"); name && name->IsArray())
    organiser.name = localized(name);
  else
    set_text(organiser.name, "fi", string_of(name));
  return organiser;
}

// The serviceChannels[] entry (the connection) that links `channel_id`.
const Value* connection_to(const Value& service, const std::string& channel_id) {
  const Value* links = array_member(service, "serviceChannels");
  if (!links) return nullptr;
  for (const Value& link : links->GetArray()) {
    const Value* channel = member(link, "serviceChannel");
    if (channel && string_member(*channel, "id") == channel_id) return &link;
  }
  return nullptr;
}

void fill_missing(Contact& contact, const Contact& other) {
  if (contact.phone.empty()) contact.phone = other.phone;
  if (contact.email.empty()) contact.email = other.email;
  if (contact.url.empty()) contact.url = other.url;
}

// Location, channels, contact and description additions from the linked channels.
void add_channels(const Value& service, const ChannelIndex& channels, Listing& listing) {
  std::vector<const Value*> linked;
  for (const std::string& id : linked_channel_ids(service))
    if (const auto it = channels.find(id); it != channels.end() && it->second) linked.push_back(it->second);

  const Value* place = nullptr;
  for (const Value* channel : linked) {
    const ChannelType type = channel_type(*channel);
    if (const char* name = listing_channel(type)) add_unique(listing.channels, std::string(name));
    if (type == ChannelType::service_location && !place) place = channel;
  }
  if (place) {
    listing.location = location_of(*place);
    listing.contact = contact_of(*place);
  }
  for (const Value* channel : linked) fill_missing(listing.contact, contact_of(*channel));
  if (listing.location.municipality.empty()) listing.location.municipality = area_municipality(service);
  if (!place) return;

  std::vector<std::string> languages;
  for (const auto& entry : listing.name) add_unique(languages, entry.first);
  for (const auto& entry : listing.description) add_unique(languages, entry.first);
  const Value* connection = connection_to(service, listing.location.id);
  const Value* hours = connection ? array_member(*connection, "serviceHours") : nullptr;
  LocalizedText hours_text = opening_hours_text(hours, languages);
  if (hours_text.empty()) hours_text = opening_hours_text(array_member(*place, "serviceHours"), languages);
  append_text(listing.description, hours_text);
  append_text(listing.description, accessibility_text(*place, languages));
}

}  // namespace

std::vector<std::string> linked_channel_ids(const Value& service) {
  std::vector<std::string> ids;
  const Value* links = array_member(service, "serviceChannels");
  if (!links) return ids;
  for (const Value& link : links->GetArray()) {
    const Value* channel = member(link, "serviceChannel");
    const std::string id = channel ? string_member(*channel, "id") : "";
    if (!id.empty()) add_unique(ids, id);
  }
  return ids;
}

std::string municipality_code(const std::string& code) {
  const bool digits = !code.empty() && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || code.size() >= 3) return code;
  return std::string(3 - code.size(), '0') + code;
}

bool ServiceFilter::accepts(const Value& service) const {
  if (!municipalities.empty()) {
    bool found = false;
    if (const Value* areas = array_member(service, "areas"))
      for (const Value& area : areas->GetArray()) {
        if (string_member(area, "type") == "Municipality" &&
            municipalities.count(municipality_code(string_member(area, "code"))))
          found = true;
        if (const Value* listed = array_member(area, "municipalities"))
          for (const Value& municipality : listed->GetArray())
            if (municipalities.count(municipality_code(string_member(municipality, "code")))) found = true;
      }
    if (!found) return false;
  }
  if (!organisations.empty()) {
    const Value* links = array_member(service, "organizations");
    if (!links) return false;
    for (const Value& link : links->GetArray()) {
      const Value* organization = member(link, "organization");
      if (organization && organisations.count(lower(string_member(*organization, "id")))) return true;
    }
    return false;
  }
  return true;
}

std::optional<FeedItem> map_service(const std::string& source, const std::string& root_url, const Value& service,
                                    const ChannelIndex& channels, std::string* error) {
  if (!service.IsObject()) {
    if (error) *error = "service is not a JSON object";
    return std::nullopt;
  }
  const std::string id = string_member(service, "id");
  if (id.empty()) {
    if (error) *error = "service without a string \"id\"";
    return std::nullopt;
  }
  FeedItem item;
  Listing& listing = item.listing;
  listing.id = source + ":" + id;
  listing.source = source;
  listing.source_id = id;
  listing.kind = Kind::service;
  listing.name = localized_or_any(member(service, "serviceNames"), "Name");
  const Value* descriptions = member(service, "serviceDescriptions");
  listing.summary = localized(descriptions, "Summary");
  listing.description = localized(descriptions, "Description");
  listing.price = price_of(service);
  listing.languages = languages_of(member(service, "languages"));
  for (const char* terms : {"targetGroups", "serviceClasses", "ontologyTerms", "lifeEvents"})
    add_terms(member(service, terms), listing.keywords);
  listing.organiser = organiser_of(service);
  add_channels(service, channels, listing);
  listing.source_url = service_url(root_url, id);
  listing.source_modified = string_member(service, "modified");
  item.raw = compact_json(service);
  return item;
}

}  // namespace tarjotin::ptv
