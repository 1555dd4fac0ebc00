#include "app/duplicates/listing_merge.h"

#include <algorithm>

namespace tarjotin::duplicates {
namespace {

void fill_text(LocalizedText& into, const LocalizedText& from) {
  for (const auto& [lang, text] : from)
    if (!text.empty() && (into.find(lang) == into.end() || into[lang].empty())) into[lang] = text;
}

template <typename T>
void add_unique(std::vector<T>& into, const std::vector<T>& from) {
  for (const T& value : from)
    if (std::find(into.begin(), into.end(), value) == into.end()) into.push_back(value);
}

void add_keywords(std::vector<SourceKeyword>& into, const std::vector<SourceKeyword>& from) {
  for (const SourceKeyword& keyword : from) {
    const bool known = std::any_of(into.begin(), into.end(), [&](const SourceKeyword& k) { return k.id == keyword.id; });
    if (!known) into.push_back(keyword);
  }
}

void fill_string(std::string& into, const std::string& from) {
  if (into.empty()) into = from;
}

void fill_accessibility(std::map<std::string, Tri>& into, const std::map<std::string, Tri>& from) {
  for (const auto& [feature, value] : from) {
    if (value == Tri::unknown) continue;
    auto found = into.find(feature);
    if (found == into.end() || found->second == Tri::unknown) into[feature] = value;
  }
}

// Address parts and coordinates the location lacks. Coordinates come as a pair.
void fill_address(Location& into, const Location& from) {
  fill_text(into.street_address, from.street_address);
  fill_string(into.postal_code, from.postal_code);
  fill_text(into.municipality, from.municipality);
  if ((!into.lat || !into.lon) && from.lat && from.lon) {
    into.lat = from.lat;
    into.lon = from.lon;
  }
}

SourceRef self_ref(const Listing& l) { return {l.source, l.id, l.source_url, "self", "this listing"}; }

}  // namespace

Listing merge_duplicates(Listing canonical, const std::vector<ReasonedListing>& duplicates) {
  if (canonical.sources.empty()) canonical.sources.push_back(self_ref(canonical));
  for (const auto& [other, reason] : duplicates) {
    fill_text(canonical.name, other.name);
    fill_text(canonical.summary, other.summary);
    fill_text(canonical.description, other.description);
    fill_text(canonical.location.name, other.location.name);
    fill_address(canonical.location, other.location);
    fill_accessibility(canonical.accessibility, other.accessibility);
    if (canonical.price.free == Tri::unknown && !canonical.price.min_eur) canonical.price = other.price;
    if (!canonical.min_age) canonical.min_age = other.min_age;
    if (!canonical.max_age) canonical.max_age = other.max_age;
    fill_string(canonical.contact.phone, other.contact.phone);
    fill_string(canonical.contact.email, other.contact.email);
    fill_string(canonical.contact.url, other.contact.url);
    if (canonical.registration.required == Tri::unknown) canonical.registration.required = other.registration.required;
    fill_string(canonical.registration.url, other.registration.url);
    if (canonical.organiser.name.empty()) canonical.organiser = other.organiser;
    add_unique(canonical.categories, other.categories);
    add_unique(canonical.target_groups, other.target_groups);
    add_unique(canonical.languages, other.languages);
    add_unique(canonical.channels, other.channels);
    add_keywords(canonical.keywords, other.keywords);
    canonical.sources.push_back({other.source, other.id, other.source_url, "duplicate", reason});
  }
  return canonical;
}

void inherit_from_place(Listing& event, const Listing& place, const std::string& reason) {
  if (event.sources.empty()) event.sources.push_back(self_ref(event));
  fill_accessibility(event.accessibility, place.accessibility);
  fill_address(event.location, place.location);
  event.sources.push_back({place.source, place.id, place.source_url, "place", reason});
}

}  // namespace tarjotin::duplicates
