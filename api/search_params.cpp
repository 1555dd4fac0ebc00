#include "api/search_params.h"

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>

#include "model/time.h"
#include "model/utf8.h"

namespace tarjotin {
namespace {

const std::vector<std::string> kParameters = {"q",        "lang",         "kind",  "language", "free", "is_free",
                                              "category", "municipality", "start", "end",      "page", "page_size",
                                              "facets"};
const std::vector<std::string> kLangs = {"fi", "sv", "en"};
const std::vector<std::string> kKinds = {"event", "service", "place", "volunteering"};
constexpr size_t kMaxQueryBytes = 500;
constexpr size_t kMaxValues = 50;

// Splits every value of `name` on commas; empty pieces are dropped.
std::vector<std::string> values_of(const QueryParams& params, const std::string& name) {
  std::vector<std::string> out;
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

std::optional<std::string> single(const QueryParams& params, const std::string& name, ParamError* error) {
  auto count = params.count(name);
  if (count == 0) return std::nullopt;
  if (count > 1) {
    *error = {name, "give '" + name + "' once", {}};
    return std::nullopt;
  }
  return params.find(name)->second;
}

// Lower-cases ASCII and the UTF-8 capitals Å Ä Ö.
std::string fold_case(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC3 && i + 1 < s.size() &&
        (s[i + 1] == '\x84' || s[i + 1] == '\x96' || s[i + 1] == '\x85')) {
      out += s[i];
      out += static_cast<char>(s[i + 1] + 0x20);
      ++i;
    } else {
      out += static_cast<char>(std::tolower(c));
    }
  }
  return out;
}

bool parse_int(const std::string& s, int* out) {
  if (s.empty() || s.size() > 9 || !std::all_of(s.begin(), s.end(), ::isdigit)) return false;
  *out = std::stoi(s);
  return true;
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

std::optional<ParamError> check_codes(const std::string& name, const std::vector<std::string>& values,
                                      const std::vector<std::string>* allowed) {
  if (values.size() > kMaxValues) return ParamError{name, "at most 50 values", {}};
  for (const auto& v : values) {
    if (allowed && std::find(allowed->begin(), allowed->end(), v) == allowed->end())
      return ParamError{name, "unknown value '" + v + "'", *allowed};
    if (!allowed && !valid_code(v))
      return ParamError{name, "'" + v + "' is not a code", {"lower-case codes of letters, digits, _ : . -"}};
  }
  return std::nullopt;
}

}  // namespace

std::variant<SearchRequest, ParamError> parse_search_params(const QueryParams& params, std::int64_t now) {
  SearchRequest r;
  ParamError error;
  for (const auto& [name, value] : params) {
    if (std::find(kParameters.begin(), kParameters.end(), name) == kParameters.end())
      return ParamError{repair_utf8(name), "unknown parameter", kParameters};
    if (!is_valid_utf8(value)) return ParamError{name, "not valid UTF-8 text", {}};
  }

  if (auto q = single(params, "q", &error)) {
    if (q->size() > kMaxQueryBytes) return ParamError{"q", "at most 500 bytes", {}};
    r.q = *q;
  } else if (!error.parameter.empty()) {
    return error;
  }

  if (auto lang = single(params, "lang", &error)) {
    if (std::find(kLangs.begin(), kLangs.end(), *lang) == kLangs.end())
      return ParamError{"lang", "unknown language '" + *lang + "'", kLangs};
    r.lang = *lang;
  } else if (!error.parameter.empty()) {
    return error;
  }

  r.kinds = values_of(params, "kind");
  if (auto e = check_codes("kind", r.kinds, &kKinds)) return *e;

  for (const auto& v : values_of(params, "language")) r.languages.push_back(fold_case(v));
  if (auto e = check_codes("language", r.languages, nullptr)) return *e;

  for (const char* name : {"free", "is_free"}) {
    if (auto v = single(params, name, &error)) {
      const std::string f = fold_case(*v);
      if (f == "true" || f == "1" || f == "yes") r.free = true;
      else if (f == "false" || f == "0" || f == "no") r.free = false;
      else return ParamError{name, "must be true or false", {"true", "false"}};
    } else if (!error.parameter.empty()) {
      return error;
    }
  }

  for (const auto& v : values_of(params, "category")) r.categories.push_back(fold_case(v));
  if (auto e = check_codes("category", r.categories, nullptr)) return *e;

  for (const auto& v : values_of(params, "municipality")) {
    if (v.size() > 64) return ParamError{"municipality", "at most 64 bytes", {}};
    r.municipalities.push_back(fold_case(v));
  }
  if (r.municipalities.size() > kMaxValues) return ParamError{"municipality", "at most 50 values", {}};

  const std::vector<std::string> time_forms = {"YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]", "today", "now"};
  for (const char* name : {"start", "end"}) {
    if (auto v = single(params, name, &error)) {
      auto t = parse_bound(*v, std::string(name) == "end", now);
      if (!t) return ParamError{name, "not a date or time: '" + *v + "'", time_forms};
      (std::string(name) == "start" ? r.start : r.end) = *t;
    } else if (!error.parameter.empty()) {
      return error;
    }
  }
  if (r.start && r.end && *r.start > *r.end) return ParamError{"end", "end is before start", {}};

  if (auto v = single(params, "page", &error)) {
    if (!parse_int(*v, &r.page) || r.page < 1) return ParamError{"page", "must be a whole number >= 1", {">= 1"}};
  } else if (!error.parameter.empty()) {
    return error;
  }
  if (auto v = single(params, "page_size", &error)) {
    if (!parse_int(*v, &r.page_size) || r.page_size < 1 || r.page_size > 100)
      return ParamError{"page_size", "must be a whole number from 1 to 100", {"1..100"}};
  } else if (!error.parameter.empty()) {
    return error;
  }
  if (static_cast<long long>(r.page) * r.page_size > kMaxResultWindow)
    return ParamError{"page", "results beyond the first 10000 are not served; narrow the search with filters", {}};

  if (params.count("facets")) {
    r.facets = values_of(params, "facets");
    std::set<std::string> seen;
    for (const auto& f : r.facets) {
      if (std::find(known_facets().begin(), known_facets().end(), f) == known_facets().end())
        return ParamError{"facets", "unknown facet '" + f + "'", known_facets()};
    }
    r.facets.erase(std::remove_if(r.facets.begin(), r.facets.end(), [&](const std::string& f) { return !seen.insert(f).second; }),
                   r.facets.end());
  }
  return r;
}

}  // namespace tarjotin
