// TPR unit object -> Listing. Field by field, as listed in tpr_connector.h.
#include "connectors/tpr/unit_mapping.h"

#include <algorithm>
#include <cctype>

#include "connectors/tpr/accessibility_viewpoints.h"
#include "connectors/tpr/unit_connections.h"
#include "connectors/tpr/unit_description.h"
#include "connectors/tpr/unit_fields.h"
#include "model/price_text.h"

namespace tarjotin::tpr {
namespace {

using rapidjson::Value;

std::optional<double> number_field(const Value& unit, const char* name) {
  const Value* value = member(unit, name);
  if (value && value->IsNumber()) return value->GetDouble();
  return std::nullopt;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void add_languages(const Value* provided, std::vector<std::string>& languages) {
  if (!provided || !provided->IsArray()) return;
  for (const Value& code : provided->GetArray()) {
    if (!code.IsString() || code.GetStringLength() == 0) continue;
    const std::string language = lower(code.GetString());
    if (std::find(languages.begin(), languages.end(), language) == languages.end()) languages.push_back(language);
  }
}

void add_keywords(const Value* ids, const OntologyLabels& labels, std::vector<SourceKeyword>& keywords) {
  if (!ids || !ids->IsArray()) return;
  for (const Value& id : ids->GetArray()) {
    const std::string word = id_text(&id);
    if (word.empty()) continue;
    SourceKeyword keyword;
    keyword.id = "tpr:ontologyword:" + word;
    const bool known = std::any_of(keywords.begin(), keywords.end(),
                                   [&](const SourceKeyword& k) { return k.id == keyword.id; });
    if (known) continue;
    if (const auto label = labels.find(word); label != labels.end()) keyword.label = label->second;
    keywords.push_back(std::move(keyword));
  }
}

// Free when a text says so; not free when a text gives a euro amount above
// zero; otherwise unknown. The range is taken over all languages.
Price price_of(const LocalizedText& text) {
  Price price;
  price.text = text;
  bool says_free = false;
  for (const auto& entry : text) {
    const PriceRange range = parse_price_text(entry.second);
    says_free = says_free || range.says_free;
    if (range.min_eur && (!price.min_eur || *range.min_eur < *price.min_eur)) price.min_eur = range.min_eur;
    if (range.max_eur && (!price.max_eur || *range.max_eur > *price.max_eur)) price.max_eur = range.max_eur;
  }
  if (says_free)
    price.free = Tri::yes;
  else if (price.max_eur && *price.max_eur > 0)
    price.free = Tri::no;
  return price;
}

void add_location(const Value& unit, const std::string& id, Listing& listing) {
  Location& location = listing.location;
  location.id = "tprek:" + id;
  location.name = listing.name;
  location.street_address = suffixed_text(unit, "street_address");
  location.postal_code = string_field(unit, "address_zip");
  set_text(location.municipality, "fi", string_field(unit, "address_city_fi"));
  set_text(location.municipality, "sv", string_field(unit, "address_city_sv"));
  location.lat = number_field(unit, "latitude");
  location.lon = number_field(unit, "longitude");
  if (!location.lat || !location.lon) location.lat = location.lon = std::nullopt;
}

}  // namespace

std::optional<FeedItem> map_unit(const std::string& source, const std::string& root, const Value& unit,
                                 const OntologyLabels& labels, std::string* error) {
  if (!unit.IsObject()) {
    if (error) *error = "unit is not a JSON object";
    return std::nullopt;
  }
  const std::string id = id_text(member(unit, "id"));
  if (id.empty()) {
    if (error) *error = "unit without an integer or string \"id\"";
    return std::nullopt;
  }
  FeedItem item;
  Listing& listing = item.listing;
  listing.id = source + ":" + id;
  listing.source = source;
  listing.source_id = id;
  listing.kind = Kind::place;

  const UnitConnections connections = read_connections(member(unit, "connections"));
  listing.name = suffixed_text(unit, "name");
  listing.summary = suffixed_text(unit, "short_desc");
  listing.description = unit_description(unit, connections);
  add_keywords(member(unit, "ontologyword_ids"), labels, listing.keywords);
  add_languages(member(unit, "provided_languages"), listing.languages);
  listing.price = price_of(connections.price);
  listing.accessibility = parse_accessibility_viewpoints(string_field(unit, "accessibility_viewpoints"));
  add_location(unit, id, listing);
  listing.channels.push_back("in_person");

  listing.contact.phone = string_field(unit, "phone");
  if (listing.contact.phone.empty()) listing.contact.phone = connections.phone;
  listing.contact.email = string_field(unit, "email");
  if (listing.contact.email.empty()) listing.contact.email = connections.email;
  listing.contact.url = pick_text(suffixed_text(unit, "www"), "fi");
  if (listing.contact.url.empty()) listing.contact.url = connections.link;

  listing.source_url = root + "unit/" + id + "/";
  listing.source_modified = string_field(unit, "modified_time");
  item.raw = compact_json(unit);
  return item;
}

}  // namespace tarjotin::tpr
