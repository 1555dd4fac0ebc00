// Typed reads of mapped fields, as described in field_reader.h.
#include "connectors/mapped/field_reader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "model/time.h"
#include "model/whole_number.h"

namespace tarjotin {
namespace {

using rapidjson::Value;

std::string trimmed(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::optional<double> parse_number(std::string text) {
  text = trimmed(text);
  std::replace(text.begin(), text.end(), ',', '.');
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::int64_t midnight_after(std::int64_t utc) {
  const std::int64_t local = utc + helsinki_offset_seconds(utc);
  std::int64_t days = local / 86400;
  if (local % 86400 < 0) --days;
  int year = 0, month = 0, day = 0;
  civil_from_days(days + 1, &year, &month, &day);
  return helsinki_midnight_utc(year, month, day);
}

}  // namespace

Occurrence occurrence_between(const ParsedTime& start, const std::optional<ParsedTime>& end) {
  Occurrence occurrence;
  occurrence.start = start.utc;
  occurrence.date_only = start.date_only;
  if (end)
    occurrence.end = end->date_only ? midnight_after(end->utc) : end->utc;
  else if (start.date_only)
    occurrence.end = midnight_after(start.utc);
  if (occurrence.end && *occurrence.end < occurrence.start) occurrence.end.reset();
  return occurrence;
}

void FieldReader::problem(const FieldSpec& spec, const std::string& message) {
  problems_.push_back("fields." + spec.field + ": " + message);
}

std::string FieldReader::where(const FieldSpec& spec) const {
  return spec.path ? "value at \"" + spec.path->text() + "\"" : "the constant";
}

// Absent or null -> "default"; otherwise through "map" (a value not in it gets
// "default" when there is one, else stays as it is). A null result is absent.
std::optional<Scalar> FieldReader::mapped(const FieldSpec& spec, std::optional<Scalar> value) {
  if (!value || value->type == Scalar::Type::null) {
    value = spec.fallback;
  } else if (!spec.value_map.empty()) {
    const auto it = spec.value_map.find(value->text);
    if (it != spec.value_map.end())
      value = it->second;
    else if (spec.fallback)
      value = spec.fallback;
  }
  if (!value || value->type == Scalar::Type::null) return std::nullopt;
  return value;
}

std::optional<Scalar> FieldReader::scalar(const FieldSpec& spec) {
  std::optional<Scalar> value = spec.constant;
  if (spec.path) {
    const Value* raw = spec.path->resolve(item_);
    if (raw) {
      value = scalar_of(*raw);
      if (!value) {
        problem(spec, where(spec) + " is a JSON " + json_type_name(*raw) + ", expected a single value");
        return std::nullopt;
      }
    }
  }
  return mapped(spec, value);
}

LocalizedText FieldReader::text(const FieldSpec& spec) {
  LocalizedText text;
  for (const auto& [lang, value] : spec.const_text) set_text(text, lang.empty() ? default_language_ : lang, value);
  auto add = [&](const Value* value, const std::string& lang, const std::string& path) {
    if (!value || value->IsNull()) return;
    if (const std::optional<Scalar> scalar = scalar_of(*value)) {
      set_text(text, lang.empty() ? default_language_ : lang, scalar->text);
    } else if (value->IsObject() && lang.empty()) {
      for (const auto& member : value->GetObject())
        if (member.value.IsString()) set_text(text, member.name.GetString(), member.value.GetString());
    } else {
      problem(spec, "value at \"" + path + "\" is a JSON " + json_type_name(*value) + ", expected text");
    }
  };
  if (spec.path) add(spec.path->resolve(item_), "", spec.path->text());
  for (const auto& [lang, path] : spec.languages) add(path.resolve(item_), lang, path.text());
  return text;
}

std::optional<std::string> FieldReader::string(const FieldSpec& spec) {
  const std::optional<Scalar> value = scalar(spec);
  if (!value) return std::nullopt;
  const std::string text = trimmed(value->text);
  if (text.empty()) return std::nullopt;
  return text;
}

Tri FieldReader::tri(const FieldSpec& spec) {
  const std::optional<Scalar> value = scalar(spec);
  if (!value) return Tri::unknown;
  if (value->type == Scalar::Type::boolean) return value->boolean ? Tri::yes : Tri::no;
  const std::string text = lower(trimmed(value->text));
  if (text == "true" || text == "yes" || text == "1" || text == "kyllä" || text == "ja") return Tri::yes;
  if (text == "false" || text == "no" || text == "0" || text == "ei" || text == "nej") return Tri::no;
  if (text.empty()) return Tri::unknown;
  problem(spec, where(spec) + " is \"" + value->text + "\", expected yes/no (true/false); add it to \"map\"");
  return Tri::unknown;
}

std::optional<double> FieldReader::number(const FieldSpec& spec) {
  const std::optional<Scalar> value = scalar(spec);
  if (!value) return std::nullopt;
  if (value->type == Scalar::Type::number) return value->number;
  if (const std::optional<double> parsed = parse_number(value->text)) return parsed;
  if (!trimmed(value->text).empty()) problem(spec, where(spec) + " is \"" + value->text + "\", expected a number");
  return std::nullopt;
}

std::optional<int> FieldReader::integer(const FieldSpec& spec) {
  const std::optional<double> value = number(spec);
  if (!value) return std::nullopt;
  if (*value != std::floor(*value) || std::fabs(*value) > 1e6) {
    problem(spec, where(spec) + " is not a whole number");
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

std::optional<ParsedTime> FieldReader::time_of(const FieldSpec& spec, const Value* value, const std::string& path) {
  if (!value || value->IsNull()) return std::nullopt;
  if (value->IsNumber()) {
    const double number = value->GetDouble();
    const std::optional<std::int64_t> seconds =
        whole_number_within(number > 1e11 ? number / 1000 : number, kEarliestFeedTime, kLatestFeedTime);
    if (seconds) return ParsedTime{*seconds, false};
    char shown[32];
    std::snprintf(shown, sizeof shown, "%.15g", number);
    problem(spec, "value at \"" + path + "\" is " + shown + ", a time outside the years 1900..2200");
    return std::nullopt;
  }
  if (value->IsString()) {
    if (value->GetStringLength() == 0) return std::nullopt;
    if (const auto parsed = parse_iso8601(value->GetString())) return parsed;
    problem(spec, "value at \"" + path + "\" is \"" + value->GetString() + "\", expected an ISO 8601 date or time");
    return std::nullopt;
  }
  problem(spec, "value at \"" + path + "\" is a JSON " + json_type_name(*value) + ", expected a date or time");
  return std::nullopt;
}

std::optional<ParsedTime> FieldReader::time(const FieldSpec& spec) {
  if (spec.path) return time_of(spec, spec.path->resolve(item_), spec.path->text());
  if (spec.constant && spec.constant->type == Scalar::Type::number) {
    const rapidjson::Value constant(spec.constant->number);
    return time_of(spec, &constant, "const");
  }
  if (spec.constant && spec.constant->type == Scalar::Type::string) {
    const rapidjson::Value constant(rapidjson::StringRef(spec.constant->text.c_str()));
    return time_of(spec, &constant, "const");
  }
  return std::nullopt;
}

std::vector<std::string> FieldReader::list(const FieldSpec& spec) {
  std::vector<Scalar> elements;
  const Value* raw = spec.path ? spec.path->resolve(item_) : nullptr;
  if (raw && raw->IsArray()) {
    for (const Value& element : raw->GetArray()) {
      if (const std::optional<Scalar> scalar = scalar_of(element))
        elements.push_back(*scalar);
      else
        problem(spec, where(spec) + " has a JSON " + json_type_name(element) + " element, expected strings");
    }
  } else if (raw && raw->IsString()) {
    const std::string text = raw->GetString();
    for (std::size_t start = 0; start <= text.size();) {
      const std::size_t cut = spec.split.empty() ? std::string::npos : text.find(spec.split, start);
      elements.push_back({Scalar::Type::string, false, 0, text.substr(start, cut == std::string::npos ? cut : cut - start)});
      if (cut == std::string::npos) break;
      start = cut + spec.split.size();
    }
  } else if (raw && !raw->IsNull()) {
    if (const std::optional<Scalar> scalar = scalar_of(*raw))
      elements.push_back(*scalar);
    else
      problem(spec, where(spec) + " is a JSON object, expected a list");
  } else if (spec.constant) {
    elements.push_back(*spec.constant);
  }
  std::vector<std::string> out;
  for (const Scalar& element : elements) {
    Scalar value = element;
    value.text = trimmed(value.text);
    if (value.text.empty()) continue;
    const auto it = spec.value_map.find(value.text);
    if (it != spec.value_map.end()) value = it->second;
    if (value.type == Scalar::Type::null || value.text.empty()) continue;
    const std::string text = spec.prefix + value.text;
    if (std::find(out.begin(), out.end(), text) == out.end()) out.push_back(text);
  }
  if (out.empty() && spec.fallback && spec.fallback->type != Scalar::Type::null)
    out.push_back(spec.prefix + spec.fallback->text);
  return out;
}

std::vector<Occurrence> FieldReader::occurrences(const FieldSpec& spec) {
  std::vector<Occurrence> out;
  const Value* list = spec.each.resolve(item_);
  if (!list || list->IsNull()) return out;
  if (!list->IsArray()) {
    problem(spec, "value at \"" + spec.each.text() + "\" is a JSON " + json_type_name(*list) + ", expected an array");
    return out;
  }
  for (const Value& element : list->GetArray()) {
    const std::optional<ParsedTime> start = time_of(spec, spec.start.resolve(element), spec.each.text() + "[]." + spec.start.text());
    if (!start) continue;
    std::optional<ParsedTime> end;
    if (spec.has_end) end = time_of(spec, spec.end.resolve(element), spec.each.text() + "[]." + spec.end.text());
    out.push_back(occurrence_between(*start, end));
  }
  return out;
}

}  // namespace tarjotin
