#pragma once
// Maps one Lähellä.fi activity (hallinta.lahella.fi API v1, as in
// docs/reference/lahella_cli_reverse_engineered_schema.json) to a FeedItem.
// Pure: no I/O, never throws; unknown and extra keys are ignored.
//
// Field by field:
// - id "<source>:<_key>" (`_key`, else `id`; a string or a number);
//   source_url "<item_url_base>/<_key>" when an item URL base is given.
// - `status` other than "published" (draft, archived, ...): withdrawn, only the
//   id is set, so the caller reports it as deleted. No status: published.
// - traits.translations.{lang}.name / summary / description -> name, summary,
//   description, HTML kept as given; .pricing -> price.text as plain text
//   (html_to_text), with a euro range parsed from it. The per-language
//   `registration` text has no place in Listing and stays in the raw JSON.
// - traits.type: support -> service, voluntary -> volunteering, hobby (or no
//   type) -> event when the activity has occurrences, else service (an open-ended
//   hobby group without dates is looked up like a service, not like a dated event).
// - traits.theme[] / traits.format[] -> keywords "lahella:theme:<code>" /
//   "lahella:format:<code>"; traits.demographic "gender/male" / "gender/female"
//   (a group for one gender only) -> keyword "lahella:gender:<g>".
// - traits.locale[] -> languages: lower-cased, region dropped ("fi-FI" -> "fi",
//   "uk-UA" -> "uk"), "fisl" (Finnish sign language) -> "sgn"; no duplicates.
// - traits.demographic "ageGroup/range:18-29" (also "65-", "65+") and the
//   symbolic ageGroup/<baby|child|schoolAge|young|youngAdult|adult|elderly> ->
//   min_age = the lowest lower bound, max_age = the highest upper bound (none when
//   any range is open-ended); "ageGroup/any" -> no limits.
// - traits.pricing[]: "free" -> price.free yes, only "paid" -> no; absent ->
//   unknown, unless the pricing text says free.
// - traits.contacts[] www / email / phone -> contact url / email / phone (first of each).
// - traits.group (string, or object with _key/name) -> organiser.
// - traits.channels[] -> see activity_channels.h (channels, location,
//   accessibility, registration, occurrences).
// - traits.region "city/FI/<name>" -> location.municipality when no address gives a city.

#include <cstdint>
#include <optional>
#include <string>

#include <rapidjson/document.h>

#include "connectors/connector.h"
#include "connectors/lahella/weekly_schedule.h"

namespace tarjotin {

struct ActivityRecord {
  FeedItem item;            // item.listing.id is always set
  bool withdrawn = false;   // not published: only the id is meaningful
};

struct ActivityContext {
  std::string source;          // configured source name, the id prefix
  std::string item_url_base;   // e.g. "https://hallinta.lahella.fi/api/v1/activities"; "" for none
  ScheduleWindow window;       // how far recurrences are expanded
};

// nullopt, with *error saying why, when `activity` is not an object with an id.
std::optional<ActivityRecord> map_activity(const rapidjson::Value& activity, const ActivityContext& context,
                                           std::string* error);

// "fi-FI" -> "fi", "fisl" -> "sgn"; "" for an empty code.
std::string normalise_language(const std::string& code);

}  // namespace tarjotin
