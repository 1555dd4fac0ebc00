#include "api/search_params.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <regex>
#include <set>

#include "model/time.h"
#include "model/utf8.h"

namespace tarjotin {
namespace {

using Error = std::optional<ParamError>;
using Names = std::vector<std::string>;

const Names kParameters = {"q",         "lang",           "kind",          "language",          "free",
                           "is_free",   "category",       "theme",         "target_group",      "target_group_only",
                           "accessibility", "max_price",  "municipality",  "near",              "radius_km",
                           "dwithin_origin", "dwithin_metres", "bbox",     "channel",           "start",
                           "end",       "weekday",        "time_of_day",   "registration",      "age",
                           "updated_since", "sort",       "page",          "page_size",         "facets"};
const Names kLangs = {"fi", "sv", "en"};
const Names kKinds = {"event", "service", "place", "volunteering"};
const Names kChannels = {"in_person", "online", "phone"};
const Names kWeekdays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const Names kWeekdayForms = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "1..7 (1 = Monday)"};
const Names kTimesOfDay = {"morning", "afternoon", "evening"};
const Names kRegistration = {"required", "not_required"};
const Names kSorts = {"relevance", "start_time", "distance", "updated", "name"};
const SortOrder kSortOrders[] = {SortOrder::relevance, SortOrder::start_time, SortOrder::distance, SortOrder::updated,
                                 SortOrder::name};  // as kSorts
const Names kTimeForms = {"YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]", "today", "now"};
constexpr size_t kMaxQueryBytes = 500;
constexpr size_t kMaxValues = 50;
constexpr double kMaxRadiusKm = 500;
constexpr double kMaxPrice = 100000;
constexpr int kMaxAge = 150;

// Splits every value of `name` on commas; empty pieces are dropped.
Names values_of(const QueryParams& params, const std::string& name) {
  Names out;
  auto [begin, end] = params.equal_range(name);
  for (auto it = begin; it != end; ++it) {
    size_t start = 0;
    const std::string& v = it->second;
    while (start <= v.size()) {
      size_t comma = v.find(',', start);
      if (comma == std::string::npos) comma = v.size();
      std::string piece = v.substr(start, comma - start);
      piece.erase(0, piece.find_first_not_of(' '));
      piece.erase(piece.find_last_not_of(' ') + 1);
      if (!piece.empty()) out.push_back(piece);
      start = comma + 1;
    }
  }
  return out;
}

// The one value of `name`, nullopt when absent; *error set when repeated.
std::optional<std::string> single(const QueryParams& params, const std::string& name, Error* error) {
  auto count = params.count(name);
  if (count == 0) return std::nullopt;
  if (count > 1) {
    *error = ParamError{name, "give '" + name + "' once", {}};
    return std::nullopt;
  }
  return params.find(name)->second;
}

// Lower-cases ASCII and the UTF-8 capitals Å Ä Ö.
std::string fold_case(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC3 && i + 1 < s.size() && (s[i + 1] == '\x84' || s[i + 1] == '\x96' || s[i + 1] == '\x85')) {
      out += s[i];
      out += static_cast<char>(s[i + 1] + 0x20);
      ++i;
    } else {
      out += static_cast<char>(std::tolower(c));
    }
  }
  return out;
}

Names folded(const Names& values) {
  Names out;
  for (const auto& v : values) out.push_back(fold_case(v));
  return out;
}

bool parse_int(const std::string& s, int* out) {
  if (s.empty() || s.size() > 9 || !std::all_of(s.begin(), s.end(), ::isdigit)) return false;
  *out = std::stoi(s);
  return true;
}

// A plain decimal number ("-12", "60.1699"); no exponents, no hex, no inf/nan.
bool parse_decimal(const std::string& s, double* out) {
  static const std::regex kDecimal("^[-+]?[0-9]{1,9}(\\.[0-9]{1,12})?$");
  if (!std::regex_match(s, kDecimal)) return false;
  *out = std::strtod(s.c_str(), nullptr);
  return std::isfinite(*out);
}

// Exactly `n` comma-separated decimals.
bool parse_decimals(const std::string& s, size_t n, std::vector<double>* out) {
  out->clear();
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string::npos) comma = s.size();
    std::string piece = s.substr(start, comma - start);
    piece.erase(0, piece.find_first_not_of(' '));
    piece.erase(piece.find_last_not_of(' ') + 1);
    double v = 0;
    if (!parse_decimal(piece, &v)) return false;
    out->push_back(v);
    start = comma + 1;
  }
  return out->size() == n;
}

std::optional<bool> parse_bool(const std::string& text) {
  const std::string f = fold_case(text);
  if (f == "true" || f == "1" || f == "yes") return true;
  if (f == "false" || f == "0" || f == "no") return false;
  return std::nullopt;
}

// Reads a time bound; a date-only `end` means the end of that day.
std::optional<std::int64_t> parse_bound(const std::string& text, bool is_end, std::int64_t now) {
  if (text == "now") return now;
  std::string value = text;
  if (text == "today") value = format_helsinki_date(now);
  auto t = parse_iso8601(value);
  if (!t) return std::nullopt;
  if (t->date_only && is_end) {
    auto next = parse_iso8601(format_helsinki_date(t->utc + 86400 + 3600));
    return next->utc - 1;
  }
  return t->utc;
}

bool valid_code(const std::string& s) {
  static const std::regex kCode("^[a-z0-9][a-z0-9_:.\\-]{0,63}$");
  return std::regex_match(s, kCode);
}

// Values must be in `allowed` (when given) or be codes; at most kMaxValues.
Error check_codes(const std::string& name, const Names& values, const Names* allowed) {
  if (values.size() > kMaxValues) return ParamError{name, "at most 50 values", {}};
  for (const auto& v : values) {
    if (allowed && std::find(allowed->begin(), allowed->end(), v) == allowed->end())
      return ParamError{name, "unknown value '" + v + "'", *allowed};
    if (!allowed && !valid_code(v))
      return ParamError{name, "'" + v + "' is not a code", {"lower-case codes of letters, digits, _ : . -"}};
  }
  return std::nullopt;
}

// Runs `read` on the single value of `name` when given.
template <typename Read>
Error with_single(const QueryParams& params, const std::string& name, Read read) {
  Error error;
  if (auto value = single(params, name, &error)) return read(*value);
  return error;
}

Error bool_param(const QueryParams& params, const std::string& name, std::optional<bool>* out) {
  return with_single(params, name, [&](const std::string& v) -> Error {
    if (!(*out = parse_bool(v))) return ParamError{name, "must be true or false", {"true", "false"}};
    return std::nullopt;
  });
}

Error read_text(const QueryParams& params, SearchRequest& r) {
  if (auto e = with_single(params, "q", [&](const std::string& q) -> Error {
        if (q.size() > kMaxQueryBytes) return ParamError{"q", "at most 500 bytes", {}};
        r.q = q;
        return std::nullopt;
      }))
    return e;
  return with_single(params, "lang", [&](const std::string& lang) -> Error {
    if (std::find(kLangs.begin(), kLangs.end(), lang) == kLangs.end())
      return ParamError{"lang", "unknown language '" + lang + "'", kLangs};
    r.lang = lang;
    return std::nullopt;
  });
}

Error read_facet_filters(const QueryParams& params, SearchRequest& r) {
  r.kinds = values_of(params, "kind");
  if (auto e = check_codes("kind", r.kinds, &kKinds)) return e;
  r.languages = folded(values_of(params, "language"));
  if (auto e = check_codes("language", r.languages, nullptr)) return e;
  for (const char* name : {"free", "is_free"})
    if (auto e = bool_param(params, name, &r.free)) return e;
  r.categories = folded(values_of(params, "category"));
  if (auto e = check_codes("category", r.categories, nullptr)) return e;
  for (std::string theme : folded(values_of(params, "theme"))) {
    if (theme.rfind("theme:", 0) == 0) theme.erase(0, 6);  // the category form is accepted too
    r.themes.push_back(theme);
  }
  if (auto e = check_codes("theme", r.themes, nullptr)) return e;
  r.target_groups = folded(values_of(params, "target_group"));
  if (auto e = check_codes("target_group", r.target_groups, nullptr)) return e;
  std::optional<bool> only;
  if (auto e = bool_param(params, "target_group_only", &only)) return e;
  r.target_group_only = only.value_or(false);
  r.accessibility = folded(values_of(params, "accessibility"));
  if (auto e = check_codes("accessibility", r.accessibility, nullptr)) return e;
  r.channels = folded(values_of(params, "channel"));
  return check_codes("channel", r.channels, &kChannels);
}

Error read_conditions(const QueryParams& params, SearchRequest& r, std::int64_t now) {
  if (auto e = with_single(params, "max_price", [&](const std::string& v) -> Error {
        double price = 0;
        if (!parse_decimal(v, &price) || price < 0 || price > kMaxPrice)
          return ParamError{"max_price", "must be a number of euros from 0 to 100000", {"0..100000"}};
        r.max_price = price;
        return std::nullopt;
      }))
    return e;
  if (auto e = with_single(params, "registration", [&](const std::string& v) -> Error {
        if (v != "required" && v != "not_required")
          return ParamError{"registration", "unknown value '" + v + "'", kRegistration};
        r.registration_required = v == "required";
        return std::nullopt;
      }))
    return e;
  if (auto e = with_single(params, "age", [&](const std::string& v) -> Error {
        int age = 0;
        if (!parse_int(v, &age) || age > kMaxAge)
          return ParamError{"age", "must be a whole number of years from 0 to 150", {"0..150"}};
        r.age = age;
        return std::nullopt;
      }))
    return e;
  return with_single(params, "updated_since", [&](const std::string& v) -> Error {
    if (!(r.updated_since = parse_bound(v, false, now)))
      return ParamError{"updated_since", "not a date or time: '" + v + "'", kTimeForms};
    return std::nullopt;
  });
}

Error read_radius(const QueryParams& params, GeoCircle& circle) {
  Error error;
  auto km = single(params, "radius_km", &error);
  if (error) return error;
  auto metres = single(params, "dwithin_metres", &error);
  if (error) return error;
  if (km && metres) return ParamError{"dwithin_metres", "give either radius_km or dwithin_metres", {}};
  double radius = 0;
  if (km && (!parse_decimal(*km, &radius) || radius <= 0 || radius > kMaxRadiusKm))
    return ParamError{"radius_km", "must be a number of kilometres above 0 and at most 500", {"0..500"}};
  if (metres && (!parse_decimal(*metres, &radius) || radius <= 0 || radius > kMaxRadiusKm * 1000))
    return ParamError{"dwithin_metres", "must be a number of metres above 0 and at most 500000", {"0..500000"}};
  if (km || metres) circle.radius_km = km ? radius : radius / 1000.0;
  return std::nullopt;
}

Error read_location(const QueryParams& params, SearchRequest& r) {
  for (const auto& v : values_of(params, "municipality")) {
    if (v.size() > 64) return ParamError{"municipality", "at most 64 bytes", {}};
    r.municipalities.push_back(fold_case(v));
  }
  if (r.municipalities.size() > kMaxValues) return ParamError{"municipality", "at most 50 values", {}};

  Error error;
  auto near = single(params, "near", &error);
  if (error) return error;
  auto origin = single(params, "dwithin_origin", &error);
  if (error) return error;
  if (near && origin) return ParamError{"dwithin_origin", "give either near or dwithin_origin", {}};
  std::vector<double> point;
  if (near || origin) {
    const std::string name = near ? "near" : "dwithin_origin";
    const Names form = {near ? "lat,lon" : "lon,lat"};
    if (!parse_decimals(near ? *near : *origin, 2, &point))
      return ParamError{name, "must be two decimal degrees separated by a comma", form};
    if (origin) std::swap(point[0], point[1]);  // Linked Events order: longitude first
    if (point[0] < -90 || point[0] > 90 || point[1] < -180 || point[1] > 180)
      return ParamError{name, "latitude must be within -90..90 and longitude within -180..180", form};
    r.near = GeoCircle{point[0], point[1], 10};
  }
  GeoCircle radius;
  if (auto e = read_radius(params, radius)) return e;
  if (!r.near && (params.count("radius_km") || params.count("dwithin_metres")))
    return ParamError{params.count("radius_km") ? "radius_km" : "dwithin_metres", "needs a point: give near=lat,lon",
                      {}};
  if (r.near) r.near->radius_km = radius.radius_km;

  return with_single(params, "bbox", [&](const std::string& v) -> Error {
    const Names form = {"west,south,east,north (decimal degrees)"};
    std::vector<double> b;
    if (!parse_decimals(v, 4, &b)) return ParamError{"bbox", "must be four decimal degrees", form};
    if (b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90)
      return ParamError{"bbox", "longitudes must be within -180..180 and latitudes within -90..90", form};
    if (!(b[0] < b[2]) || !(b[1] < b[3]))
      return ParamError{"bbox", "west must be less than east and south less than north", form};
    r.bbox = GeoBox{b[0], b[1], b[2], b[3]};
    return std::nullopt;
  });
}

Error read_times(const QueryParams& params, SearchRequest& r, std::int64_t now) {
  for (const char* name : {"start", "end"}) {
    if (auto e = with_single(params, name, [&](const std::string& v) -> Error {
          auto t = parse_bound(v, std::string(name) == "end", now);
          if (!t) return ParamError{name, "not a date or time: '" + v + "'", kTimeForms};
          (std::string(name) == "start" ? r.start : r.end) = *t;
          return std::nullopt;
        }))
      return e;
  }
  if (r.start && r.end && *r.start > *r.end) return ParamError{"end", "end is before start", {}};

  const Names days = folded(values_of(params, "weekday"));
  if (days.size() > kMaxValues) return ParamError{"weekday", "at most 50 values", {}};
  for (const std::string& day : days) {
    int iso = 0;
    std::string code = day;
    if (parse_int(day, &iso) && iso >= 1 && iso <= 7) code = kWeekdays[iso - 1];
    if (std::find(kWeekdays.begin(), kWeekdays.end(), code) == kWeekdays.end())
      return ParamError{"weekday", "unknown weekday '" + day + "'", kWeekdayForms};
    if (std::find(r.weekdays.begin(), r.weekdays.end(), code) == r.weekdays.end()) r.weekdays.push_back(code);
  }
  r.times_of_day = folded(values_of(params, "time_of_day"));
  return check_codes("time_of_day", r.times_of_day, &kTimesOfDay);
}

Error read_result_shape(const QueryParams& params, SearchRequest& r) {
  if (auto e = with_single(params, "sort", [&](const std::string& v) -> Error {
        const auto found = std::find(kSorts.begin(), kSorts.end(), v);
        if (found == kSorts.end()) return ParamError{"sort", "unknown sort '" + v + "'", kSorts};
        r.sort = kSortOrders[found - kSorts.begin()];
        if (r.sort == SortOrder::distance && !r.near)
          return ParamError{"sort", "sort=distance needs a point: give near=lat,lon", kSorts};
        return std::nullopt;
      }))
    return e;
  if (auto e = with_single(params, "page", [&](const std::string& v) -> Error {
        if (!parse_int(v, &r.page) || r.page < 1) return ParamError{"page", "must be a whole number >= 1", {">= 1"}};
        return std::nullopt;
      }))
    return e;
  if (auto e = with_single(params, "page_size", [&](const std::string& v) -> Error {
        if (!parse_int(v, &r.page_size) || r.page_size < 1 || r.page_size > 100)
          return ParamError{"page_size", "must be a whole number from 1 to 100", {"1..100"}};
        return std::nullopt;
      }))
    return e;
  if (static_cast<long long>(r.page) * r.page_size > kMaxResultWindow)
    return ParamError{"page", "results beyond the first 10000 are not served; narrow the search with filters", {}};

  if (params.count("facets")) {
    r.facets = values_of(params, "facets");
    for (const auto& f : r.facets)
      if (std::find(known_facets().begin(), known_facets().end(), f) == known_facets().end())
        return ParamError{"facets", "unknown facet '" + f + "'", known_facets()};
    std::set<std::string> seen;
    r.facets.erase(std::remove_if(r.facets.begin(), r.facets.end(), [&](const std::string& f) { return !seen.insert(f).second; }),
                   r.facets.end());
  }
  return std::nullopt;
}

}  // namespace

std::variant<SearchRequest, ParamError> parse_search_params(const QueryParams& params, std::int64_t now) {
  for (const auto& [name, value] : params) {
    if (std::find(kParameters.begin(), kParameters.end(), name) == kParameters.end())
      return ParamError{repair_utf8(name), "unknown parameter", kParameters};
    if (!is_valid_utf8(value)) return ParamError{name, "not valid UTF-8 text", {}};
  }
  SearchRequest r;
  if (auto e = read_text(params, r)) return *e;
  if (auto e = read_facet_filters(params, r)) return *e;
  if (auto e = read_conditions(params, r, now)) return *e;
  if (auto e = read_location(params, r)) return *e;
  if (auto e = read_times(params, r, now)) return *e;
  if (auto e = read_result_shape(params, r)) return *e;
  return r;
}

}  // namespace tarjotin
