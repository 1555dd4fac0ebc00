#pragma once
// FeedMapping: how a configured JSON feed (source type "mapped") maps onto
// Listing, read from a small JSON mapping file. Parsing validates everything it
// can without seeing the feed: unknown keys and field names, path syntax, enum
// targets. Plain value type; parse_feed_mapping() is pure and never throws.
//
// The mapping file (see config/mappings/example-ngo.json):
//
//   {
//     "comment": "free text, ignored",
//     "items": "data",                      // path to the page's item array; "" = the page is the array
//     "paging": {"style": "next", "next": "links.next"},
//     "default_language": "fi",             // language of plain-string texts (default "fi")
//     "fields": { "<Listing field>": <spec>, ... }   // "id" and "name" are required
//   }
//
// paging (all optional keys have the defaults shown):
//   {"style": "none"}                                   one request (the default)
//   {"style": "page", "param": "page", "start": 1,      page=1,2,3...; ends on an empty page,
//    "size_param": "", "size": 0, "last_page": ""}       a short page (size > 0) or page >= last_page value
//   {"style": "next", "next": "links.next"}             follows the URL at that path (relative ones
//                                                       resolved) until it is null, "" or absent (its
//                                                       parent, here "links", must be there: page_walk.h)
//   {"style": "limit_skip", "limit_param": "limit",     limit=size&skip=0,size,...; ends when has_more
//    "skip_param": "skip", "size": 100,                  is false, skip reaches total, or (with neither)
//    "has_more": "", "total": ""}                        a page comes back short
//   A server that answers every page number with the same (last) page needs
//   "last_page" or "size": a page repeating only items already seen is an error.
//
// A field <spec> is one of:
//   "path.to.value"                          a path into the item (json_path.h)
//   {"const": <value>}                       the same value for every item (text: "..." or {lang: "..."})
//   {"path": "type", "map": {"vapaaehtoistyo": "volunteering", "x": null},
//    "default": "service"}                   feed value -> field value (null drops it); "default" when
//                                            absent or not in map. Not for text and time fields.
//   {"fi": "name_fi", "sv": "name_sv"}       text fields only: one path per language
//   {"path": "langs", "split": ",", "prefix": "ngo:"}   list fields: a string is split, each element prefixed
//   {"each": "sessions", "start": "begins", "end": "ends"}   "occurrences" only: paths inside each element
//
// Field names and what their values must be (fields.* of the file):
//   text (a string in default_language, or an object {lang: string}):
//     name, summary, description, organiser.name, price.text, location.name,
//     location.street_address, location.municipality
//   string (numbers are written out): id, organiser.id, location.id, location.postal_code,
//     registration.url, contact.phone, contact.email, contact.url, source_url, source_modified
//   kind: event | service | place | volunteering;  status: scheduled | cancelled | postponed | rescheduled
//   yes/no (true/false, "yes"/"no", "true"/"false", 1/0; absent = unknown): price.free, registration.required
//   number (or numeric string): location.lat, location.lon, price.min_eur, price.max_eur
//   whole number: min_age, max_age
//   time (ISO 8601 as parse_iso8601 reads it, or epoch seconds / milliseconds): start, end
//   list (an array, or a string split on "split"): languages (lower-cased, "fi-FI" -> "fi"),
//     keywords, channels (in_person | online | phone), accessibility (each feature -> yes)
//   occurrences: {"each", "start", "end"} as above

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "connectors/mapped/field_catalog.h"
#include "connectors/mapped/json_path.h"

namespace tarjotin {

struct FieldSpec {
  std::string field;                          // Listing field name, e.g. "location.lat"
  FieldType type = FieldType::string;
  std::optional<JsonPath> path;               // the "path" form
  std::optional<Scalar> constant;             // the "const" form (non-text fields)
  std::map<std::string, std::string> const_text;  // the "const" form of text fields: lang -> text
  std::map<std::string, JsonPath> languages;  // the per-language form (text fields)
  std::map<std::string, Scalar> value_map;    // "map"
  std::optional<Scalar> fallback;             // "default"
  std::string split = ",";                    // list fields
  std::string prefix;                         // list fields
  JsonPath each, start, end;                  // occurrences
  bool has_end = false;
};

struct PagingSpec {
  enum class Style { none, page, next, limit_skip };
  Style style = Style::none;
  std::string param = "page";      // page
  long long start = 1;             // page
  std::string size_param;          // page: "" = not sent
  long long size = 0;              // page: expected page size (0 = unknown); limit_skip: limit
  std::optional<JsonPath> last_page;
  std::optional<JsonPath> next;    // next
  std::string limit_param = "limit", skip_param = "skip";  // limit_skip
  std::optional<JsonPath> has_more, total;                 // limit_skip
};

struct FeedMapping {
  JsonPath items;
  PagingSpec paging;
  std::string default_language = "fi";
  std::vector<FieldSpec> fields;  // in the order of mapped_field_names()
  const FieldSpec* find(const std::string& field) const;
};

// nullopt, with *error naming the mapping key that is wrong (e.g.
// `"fields.location.latitude" is not a Listing field (known: ...)`).
std::optional<FeedMapping> parse_feed_mapping(const std::string& json, std::string* error);

}  // namespace tarjotin
