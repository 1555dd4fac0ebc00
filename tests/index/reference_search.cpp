#include "reference_search.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "model/time.h"

namespace tarjotin::test {
namespace {

const std::vector<std::string> kDays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const std::vector<std::string> kTimes = {"morning", "afternoon", "evening"};

bool has(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

bool any_in(const std::vector<std::string>& values, const std::vector<std::string>& wanted) {
  for (const auto& v : values)
    if (has(wanted, v)) return true;
  return false;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Local civil date and time from the formatted Helsinki time "YYYY-MM-DDTHH:MM:SS+03:00".
struct Local {
  std::int64_t day;  // days since 1970-01-01
  int hour, minute, second;
};

Local local(std::int64_t utc) {
  const std::string t = format_helsinki(utc);
  Local out;
  out.day = days_from_civil(std::stoi(t.substr(0, 4)), std::stoi(t.substr(5, 2)), std::stoi(t.substr(8, 2)));
  out.hour = std::stoi(t.substr(11, 2));
  out.minute = std::stoi(t.substr(14, 2));
  out.second = std::stoi(t.substr(17, 2));
  return out;
}

std::string weekday_of_day(std::int64_t day) { return kDays[static_cast<std::size_t>(((day + 3) % 7 + 7) % 7)]; }

bool midnight(const Local& t) { return t.hour == 0 && t.minute == 0 && t.second == 0; }

// Times of day of an occurrence: its local start hour, or all for a whole-day one.
std::vector<std::string> occurrence_times(std::int64_t start, std::int64_t end) {
  const Local s = local(start);
  if (midnight(s) && end > start && midnight(local(end))) return kTimes;
  return {s.hour < 12 ? "morning" : s.hour < 17 ? "afternoon" : "evening"};
}

struct OccurrenceWish {
  std::optional<std::int64_t> start, end;
  std::vector<std::string> days, times;
};

// The weekdays of the part of [s, e] inside the requested range.
std::vector<std::string> days_inside(std::int64_t s, std::int64_t e, const OccurrenceWish& w) {
  std::int64_t from = w.start ? std::max(s, *w.start) : s;
  std::int64_t to = e;
  bool own_end = true;
  if (w.end && *w.end < e) {
    to = *w.end;
    own_end = false;
  }
  if (own_end && e > s) to -= 1;  // an occurrence does not reach the instant it ends
  if (to < from) to = from;
  std::vector<std::string> days;
  for (std::int64_t d = local(from).day; d <= local(to).day && days.size() < 7; ++d) days.push_back(weekday_of_day(d));
  return days;
}

bool occurrence_meets(const Occurrence& o, const OccurrenceWish& w) {
  const std::int64_t s = o.start;
  const std::int64_t e = std::max(o.start, o.end.value_or(o.start));
  if (w.end && s > *w.end) return false;
  if (w.start && e < *w.start) return false;
  if (!w.days.empty() && !any_in(days_inside(s, e, w), w.days)) return false;
  if (!w.times.empty() && !any_in(occurrence_times(s, e), w.times)) return false;
  return true;
}

std::string municipality_value(const Listing& l) {
  auto fi = l.location.municipality.find("fi");
  if (fi != l.location.municipality.end()) return lower(fi->second);
  return l.location.municipality.empty() ? "" : lower(l.location.municipality.begin()->second);
}

bool inside_location(const Listing& l, const SearchRequest& r) {
  if (!r.municipalities.empty() && !has(r.municipalities, municipality_value(l))) return false;
  const bool point = l.location.lat && l.location.lon;
  if (r.near && (!point || great_circle_km(r.near->lat, r.near->lon, *l.location.lat, *l.location.lon) >
                                r.near->radius_km))
    return false;
  if (r.bbox && (!point || *l.location.lat < r.bbox->south || *l.location.lat > r.bbox->north ||
                 *l.location.lon < r.bbox->west || *l.location.lon > r.bbox->east))
    return false;
  return true;
}

bool location_passes(const Listing& l, const SearchRequest& r) {
  if (r.municipalities.empty() && !r.near && !r.bbox) return true;
  if (inside_location(l, r)) return true;
  for (const char* remote : {"online", "phone"})
    if (has(l.channels, remote) && (r.channels.empty() || has(r.channels, remote))) return true;
  return false;
}

std::optional<std::int64_t> updated(const Listing& l) {
  if (auto t = parse_iso8601(l.source_modified)) return t->utc;
  if (l.last_seen > 0) return l.last_seen;
  return std::nullopt;
}

std::vector<std::string> themes_of(const Listing& l) {
  std::vector<std::string> out;
  for (const auto& c : l.categories)
    if (c.rfind("theme:", 0) == 0 && c.size() > 6) out.push_back(c.substr(6));
  return out;
}

// The listing's values of a facet, for listing candidates.
std::vector<std::string> values_of(const Listing& l, const std::string& facet) {
  if (facet == "kind") return {to_string(l.kind)};
  if (facet == "free") return {to_string(l.price.free)};
  if (facet == "language") return l.languages;
  if (facet == "theme") return themes_of(l);
  if (facet == "category") {
    std::vector<std::string> out;
    for (const auto& c : l.categories)
      if (c.rfind("theme:", 0) != 0) out.push_back(c);
    return out;
  }
  if (facet == "municipality") return {municipality_value(l)};
  if (facet == "target_group") return l.target_groups;
  if (facet == "channel") return l.channels;
  if (facet == "accessibility") {
    std::vector<std::string> out;
    for (const auto& [feature, value] : l.accessibility)
      if (value == Tri::yes) out.push_back(feature);
    return out;
  }
  if (facet == "weekday") return kDays;
  if (facet == "time_of_day") return kTimes;
  return {};
}

// The request with the facet's filter set to `values`.
SearchRequest with_filter(SearchRequest r, const std::string& facet, const std::vector<std::string>& values) {
  if (facet == "kind") r.kinds = values;
  if (facet == "language") r.languages = values;
  if (facet == "category") r.categories = values;
  if (facet == "theme") r.themes = values;
  if (facet == "municipality") r.municipalities = values;
  if (facet == "target_group") r.target_groups = values;
  if (facet == "accessibility") r.accessibility = values;
  if (facet == "channel") r.channels = values;
  if (facet == "weekday") r.weekdays = values;
  if (facet == "time_of_day") r.times_of_day = values;
  if (facet == "free") r.free.reset();
  return r;
}

std::vector<std::string> selected(const SearchRequest& r, const std::string& facet) {
  if (facet == "kind") return r.kinds;
  if (facet == "language") return r.languages;
  if (facet == "category") return r.categories;
  if (facet == "theme") return r.themes;
  if (facet == "municipality") return r.municipalities;
  if (facet == "target_group") return r.target_groups;
  if (facet == "accessibility") return r.accessibility;
  if (facet == "channel") return r.channels;
  if (facet == "weekday") return r.weekdays;
  if (facet == "time_of_day") return r.times_of_day;
  if (facet == "free" && r.free) return {*r.free ? "yes" : "no"};
  return {};
}

}  // namespace

double great_circle_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRadiusKm = 6372.7976;
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double dlat = (lat2 - lat1) * kRad;
  const double dlon = (lon2 - lon1) * kRad;
  const double a =
      std::pow(std::sin(dlat / 2), 2) + std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::pow(std::sin(dlon / 2), 2);
  return 2 * kRadiusKm * std::asin(std::sqrt(a));
}

bool reference_matches(const Listing& l, const SearchRequest& r) {
  if (!r.kinds.empty() && !has(r.kinds, to_string(l.kind))) return false;
  if (!r.languages.empty() && !any_in(l.languages, r.languages)) return false;
  if (r.free && l.price.free != (*r.free ? Tri::yes : Tri::no)) return false;
  if (!r.categories.empty() && !any_in(l.categories, r.categories)) return false;
  if (!r.themes.empty() && !any_in(themes_of(l), r.themes)) return false;
  if (!r.target_groups.empty()) {
    std::vector<std::string> wanted = r.target_groups;
    if (!r.target_group_only) wanted.push_back("all");
    if (!any_in(l.target_groups, wanted)) return false;
  }
  for (const auto& feature : r.accessibility) {
    auto it = l.accessibility.find(feature);
    if (it == l.accessibility.end() || it->second != Tri::yes) return false;
  }
  if (r.max_price && l.price.free != Tri::yes && !(l.price.min_eur && *l.price.min_eur <= *r.max_price)) return false;
  if (!location_passes(l, r)) return false;
  if (!r.channels.empty() && !any_in(l.channels, r.channels)) return false;
  if (r.registration_required && l.registration.required != (*r.registration_required ? Tri::yes : Tri::no))
    return false;
  if (r.age && ((l.min_age && *l.min_age > *r.age) || (l.max_age && *l.max_age < *r.age))) return false;
  if (r.updated_since) {
    auto t = updated(l);
    if (!t || *t < *r.updated_since) return false;
  }
  const OccurrenceWish wish{r.start, r.end, r.weekdays, r.times_of_day};
  if (!l.occurrences.empty() && (wish.start || wish.end || !wish.days.empty() || !wish.times.empty())) {
    bool one = false;
    for (const Occurrence& o : l.occurrences) one = one || occurrence_meets(o, wish);
    if (!one) return false;
  }
  return true;
}

std::set<std::string> reference_ids(const std::vector<Listing>& listings, const SearchRequest& request) {
  std::set<std::string> ids;
  for (const Listing& l : listings)
    if (reference_matches(l, request)) ids.insert(l.id);
  return ids;
}

std::map<std::string, std::int64_t> reference_counts(const std::vector<Listing>& listings,
                                                     const SearchRequest& request, const std::string& facet) {
  const std::vector<std::string> chosen = selected(request, facet);
  const SearchRequest base = facet == "accessibility" ? request : with_filter(request, facet, {});
  std::set<std::string> candidates(chosen.begin(), chosen.end());
  for (const Listing& l : listings)
    if (reference_matches(l, base))
      for (const auto& v : values_of(l, facet))
        if (!v.empty()) candidates.insert(v);
  std::map<std::string, std::int64_t> counts;
  for (const std::string& v : candidates) {
    std::int64_t n = 0;
    for (const Listing& l : listings) {
      if (facet == "free") {
        n += reference_matches(l, base) && to_string(l.price.free) == v;
      } else {
        std::vector<std::string> values = facet == "accessibility" ? chosen : std::vector<std::string>{};
        values.push_back(v);
        n += reference_matches(l, with_filter(request, facet, values));
      }
    }
    if (n > 0 || has(chosen, v)) counts[v] = n;
  }
  return counts;
}

}  // namespace tarjotin::test
