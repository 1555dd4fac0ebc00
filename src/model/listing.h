#pragma once
// Listing: the one normalised record every connector produces and every later
// layer consumes. Aligned with Open Referral HSDS 3.0 where it fits (service,
// location, schedule, cost_option, language, accessibility), flattened so that a
// listing is one self-contained value.
//
// "Unknown" is a value: when a feed does not say something, the field is
// Tri::unknown / empty / std::nullopt, never "no".
//
// Plain value type: copy and move freely; not synchronised.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "localized_text.h"

namespace tarjotin {

enum class Tri { unknown, yes, no };

enum class Kind { event, service, place, volunteering };

enum class EventStatus { scheduled, cancelled, postponed, rescheduled };

// A UTC instant in seconds since the epoch. A feed's date-only value ("2026-08-22")
// becomes the whole local day in Europe/Helsinki: start at local midnight,
// end at the next local midnight, with date_only set so it is shown as a date.
struct Occurrence {
  std::int64_t start = 0;                // UTC seconds
  std::optional<std::int64_t> end;       // UTC seconds; nullopt when the feed gave none
  bool date_only = false;
  bool operator==(const Occurrence& o) const {
    return start == o.start && end == o.end && date_only == o.date_only;
  }
};

struct SourceKeyword {
  std::string id;          // the source's own id, e.g. "yso:p4354"
  LocalizedText label;     // may be empty when the feed did not include it
};

struct Organiser {
  std::string id;          // e.g. Linked Events publisher "ahjo:u541000"
  LocalizedText name;
};

struct Price {
  Tri free = Tri::unknown;
  LocalizedText text;                 // free text as the feed gives it, e.g. "5-15€"
  std::optional<double> min_eur;      // parsed from text where possible
  std::optional<double> max_eur;
};

struct Location {
  std::string id;                     // source id of the place, e.g. "tprek:45317"
  LocalizedText name;
  LocalizedText street_address;
  std::string postal_code;
  LocalizedText municipality;         // e.g. {"fi":"Helsinki","sv":"Helsingfors"}
  std::optional<double> lat;          // WGS84
  std::optional<double> lon;
};

struct Registration {
  Tri required = Tri::unknown;
  std::string url;
};

struct Contact {
  std::string phone;
  std::string email;
  std::string url;
};

// One record a listing shown in search is made of (src/app/duplicates/).
// relation: "self" (the listing itself), "duplicate" (the same place or
// service from another feed, merged into this listing; its id answers
// GET /v1/listings/{id} with this listing), "place" (the place an event is
// held at, whose accessibility, coordinates and address the event inherits
// where it says nothing). reason says why, in English, for people.
struct SourceRef {
  std::string source;     // configured source name, e.g. "tpr"
  std::string id;         // listing id, e.g. "tpr:41102"
  std::string url;        // that listing's source_url
  std::string relation;   // "self" | "duplicate" | "place"
  std::string reason;
  bool operator==(const SourceRef& o) const {
    return source == o.source && id == o.id && url == o.url && relation == o.relation && reason == o.reason;
  }
};

// Channel values: "in_person", "online", "phone".
struct Listing {
  std::string id;            // "<source>:<source id>", unique across the catalogue
  std::string source;        // configured source name, e.g. "linkedevents"
  std::string source_id;     // the feed's own id
  Kind kind = Kind::event;
  EventStatus status = EventStatus::scheduled;

  LocalizedText name;
  LocalizedText summary;
  LocalizedText description;  // as the feed gives it (may be HTML); stripped only for indexing

  Organiser organiser;
  std::vector<std::string> categories;      // vocabulary codes (empty until mapped)
  std::vector<std::string> target_groups;   // vocabulary codes (empty until mapped)
  std::vector<SourceKeyword> keywords;      // raw source keywords

  std::vector<std::string> languages;       // ISO 639-1 codes the activity is run in
  Price price;
  std::map<std::string, Tri> accessibility; // feature -> yes/no/unknown
  Location location;

  // Overall span for events; a recurring course has one Occurrence per date.
  // Places and services usually have none.
  std::vector<Occurrence> occurrences;

  std::optional<int> min_age;
  std::optional<int> max_age;

  Registration registration;
  std::vector<std::string> channels;        // "in_person" | "online" | "phone"
  Contact contact;

  std::string source_url;        // where the record came from (API URL of the item)
  std::string source_modified;   // the feed's last-modified time, ISO 8601 as given
  std::int64_t first_seen = 0;   // UTC seconds; set by the store
  std::int64_t last_seen = 0;    // UTC seconds; set by the store

  // Derived, never from a feed: empty in the store; filled when the index's
  // view of the listing is built (itself, its merged duplicates, its place).
  // Not part of listing_content_json.
  std::vector<SourceRef> sources;
};

// listing.sources, or when empty just the listing itself ("self").
std::vector<SourceRef> sources_or_self(const Listing& listing);

// Earliest start and latest end over all occurrences; nullopt without occurrences.
// An occurrence without an end counts as ending at its start.
std::optional<Occurrence> overall_span(const Listing& listing);

const char* to_string(Tri value);          // "unknown" | "yes" | "no"
const char* to_string(Kind value);         // "event" | "service" | "place" | "volunteering"
const char* to_string(EventStatus value);  // "scheduled" | "cancelled" | "postponed" | "rescheduled"
std::optional<Tri> parse_tri(const std::string& text);
std::optional<Kind> parse_kind(const std::string& text);
std::optional<EventStatus> parse_event_status(const std::string& text);

}  // namespace tarjotin
