#include "app/duplicates/place_match.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <set>

#include "vocabulary/text_fold.h"

namespace tarjotin::duplicates {
namespace {

constexpr double kRadiansPerDegree = 3.14159265358979323846 / 180;

// Folded (lower-case) Latin letters with diacritics, as UTF-8, and their plain form.
struct Plain {
  const char* accented;
  const char* plain;
};
const Plain kPlain[] = {
    {"à", "a"}, {"á", "a"}, {"â", "a"}, {"ã", "a"}, {"ä", "a"}, {"å", "a"}, {"æ", "ae"}, {"ç", "c"},
    {"è", "e"}, {"é", "e"}, {"ê", "e"}, {"ë", "e"}, {"ì", "i"}, {"í", "i"}, {"î", "i"}, {"ï", "i"},
    {"ñ", "n"}, {"ò", "o"}, {"ó", "o"}, {"ô", "o"}, {"õ", "o"}, {"ö", "o"}, {"ø", "o"}, {"ù", "u"},
    {"ú", "u"}, {"û", "u"}, {"ü", "u"}, {"ý", "y"}, {"ÿ", "y"}, {"š", "s"}, {"ž", "z"}, {"ß", "ss"},
};

std::string strip_diacritics(const std::string& word) {
  std::string out;
  for (std::size_t i = 0; i < word.size();) {
    bool replaced = false;
    for (const Plain& p : kPlain) {
      const std::size_t n = std::char_traits<char>::length(p.accented);
      if (word.compare(i, n, p.accented) == 0) {
        out += p.plain;
        i += n;
        replaced = true;
        break;
      }
    }
    if (!replaced) out += word[i++];
  }
  return out;
}

std::set<std::string> folded_texts(const LocalizedText& text, bool join_words) {
  std::set<std::string> out;
  for (const auto& entry : text) {
    std::string folded = fold_name(entry.second);
    if (join_words) folded.erase(std::remove(folded.begin(), folded.end(), ' '), folded.end());
    if (!folded.empty()) out.insert(folded);
  }
  return out;
}

bool intersect(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const std::string& x : a)
    if (b.count(x)) return true;
  return false;
}

std::optional<double> distance_of(const Listing& a, const Listing& b) {
  const Location& x = a.location;
  const Location& y = b.location;
  if (!x.lat || !x.lon || !y.lat || !y.lon) return std::nullopt;
  return distance_metres(*x.lat, *x.lon, *y.lat, *y.lon);
}

// Same street address: equal folded street (spaces ignored) in some language,
// and no contradiction in postal code or (without postal codes) municipality.
bool same_address(const Listing& a, const Listing& b) {
  if (!intersect(folded_texts(a.location.street_address, true), folded_texts(b.location.street_address, true)))
    return false;
  const std::string& pa = a.location.postal_code;
  const std::string& pb = b.location.postal_code;
  if (!pa.empty() && !pb.empty()) return pa == pb;
  const auto ma = folded_texts(a.location.municipality, false);
  const auto mb = folded_texts(b.location.municipality, false);
  return ma.empty() || mb.empty() || intersect(ma, mb);
}

std::string metres_text(double metres) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f m apart", metres);
  return buf;
}

bool is_tpr_unit(const Listing& l) {
  return l.kind == Kind::place && l.location.id.compare(0, 6, "tprek:") == 0;
}

int kind_rank(const Listing& l) {
  if (is_tpr_unit(l)) return 3;
  if (l.kind == Kind::place) return 2;
  if (l.kind == Kind::service) return 1;
  return 0;
}

int filled_fields(const Listing& l) {
  int n = static_cast<int>(l.name.size() + l.summary.size() + l.description.size() + l.location.street_address.size());
  if (l.location.lat) ++n;
  for (const auto& entry : l.accessibility)
    if (entry.second != Tri::unknown) ++n;
  return n;
}

}  // namespace

std::string fold_name(const std::string& text) {
  std::string out;
  for (const std::string& word : plain_words(fold_case(text))) {
    std::string plain = strip_diacritics(word);
    plain.erase(std::remove(plain.begin(), plain.end(), '-'), plain.end());
    if (plain.empty()) continue;
    if (!out.empty()) out += ' ';
    out += plain;
  }
  return out;
}

double distance_metres(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kEarthRadius = 6371008.8;
  const double dlat = (lat2 - lat1) * kRadiansPerDegree;
  const double dlon = (lon2 - lon1) * kRadiansPerDegree;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRadiansPerDegree) * std::cos(lat2 * kRadiansPerDegree) * std::sin(dlon / 2) *
                       std::sin(dlon / 2);
  return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

std::string place_key(const std::string& location_id) { return "place:" + location_id; }
std::string event_key(const std::string& location_id) { return "at:" + location_id; }

bool can_have_duplicates(const Listing& l) { return l.kind == Kind::place || l.kind == Kind::service; }

namespace {

// The grid behind "near:" keys: rows of 0.001 degrees of latitude (111 m),
// and in each row columns of the longitude that spans the same distance
// there. Cells are a little wider than kNearMetres both ways, so two points
// closer than that are in the same or neighbouring cells.
constexpr double kCellDegrees = 0.001;
static_assert(kCellDegrees * 111000 > kNearMetres, "a cell must be wider than kNearMetres");

std::int64_t cell_row(double lat) { return static_cast<std::int64_t>(std::floor(lat / kCellDegrees)); }

std::int64_t cell_column(std::int64_t row, double lon) {
  const double row_lat = (static_cast<double>(row) + 0.5) * kCellDegrees;
  const double width = kCellDegrees / std::max(0.05, std::cos(row_lat * kRadiansPerDegree));
  return static_cast<std::int64_t>(std::floor(lon / width));
}

bool has_usable_coordinates(const Location& at) {
  return at.lat && at.lon && std::isfinite(*at.lat) && std::isfinite(*at.lon) && std::fabs(*at.lat) <= 90 &&
         std::fabs(*at.lon) <= 180;
}

std::string near_key(const std::string& name, std::int64_t row, std::int64_t column) {
  return "near:" + name + "|" + std::to_string(row) + "," + std::to_string(column);
}

// The keys shared by both directions; `neighbourhood` adds the cells around.
std::vector<std::string> keys_of(const Listing& l, bool neighbourhood) {
  std::vector<std::string> keys;
  if (!l.location.id.empty() && l.kind == Kind::place) keys.push_back(place_key(l.location.id));
  if (!can_have_duplicates(l)) return keys;
  const std::set<std::string> streets = folded_texts(l.location.street_address, true);
  const bool located = has_usable_coordinates(l.location);
  const int reach = neighbourhood ? 1 : 0;
  for (const std::string& name : folded_texts(l.name, false)) {
    for (const std::string& street : streets) keys.push_back("addr:" + name + "|" + street);
    if (!located) continue;
    const std::int64_t row = cell_row(*l.location.lat);
    for (std::int64_t r = row - reach; r <= row + reach; ++r) {
      const std::int64_t column = cell_column(r, *l.location.lon);
      for (std::int64_t c = column - reach; c <= column + reach; ++c) keys.push_back(near_key(name, r, c));
    }
  }
  return keys;
}

}  // namespace

std::vector<std::string> match_keys(const Listing& l) {
  std::vector<std::string> keys = keys_of(l, false);
  if (!l.location.id.empty() && l.kind == Kind::event) keys.push_back(event_key(l.location.id));
  return keys;
}

std::vector<std::string> candidate_keys(const Listing& l) { return keys_of(l, true); }

std::optional<std::string> duplicate_reason(const Listing& a, const Listing& b) {
  if (a.source == b.source || a.id == b.id || !can_have_duplicates(a) || !can_have_duplicates(b)) return std::nullopt;
  const std::optional<double> metres = distance_of(a, b);
  if (metres && *metres > kFarMetres) return std::nullopt;
  // A shared place id makes two places one; a service at a place is not the place.
  if (a.kind == Kind::place && b.kind == Kind::place && !a.location.id.empty() && a.location.id == b.location.id)
    return "same place id " + a.location.id;
  if (!intersect(folded_texts(a.name, false), folded_texts(b.name, false))) return std::nullopt;
  if (same_address(a, b)) {
    std::string reason = "same name and address (" + pick_text(a.location.street_address, "fi") + ")";
    return metres ? reason + ", " + metres_text(*metres) : reason;
  }
  if (metres && *metres < kNearMetres) return "same name, " + metres_text(*metres);
  return std::nullopt;
}

std::optional<std::string> held_at_reason(const Listing& event, const Listing& place) {
  if (event.kind != Kind::event || place.kind != Kind::place || event.location.id.empty() ||
      event.location.id != place.location.id || event.id == place.id)
    return std::nullopt;
  return "held at " + place.location.id + "; accessibility, coordinates and address the event does not give come "
         "from this place";
}

bool better_canonical(const Listing& a, const Listing& b) {
  if (kind_rank(a) != kind_rank(b)) return kind_rank(a) > kind_rank(b);
  const int fa = filled_fields(a), fb = filled_fields(b);
  if (fa != fb) return fa > fb;
  return a.id < b.id;
}

}  // namespace tarjotin::duplicates
