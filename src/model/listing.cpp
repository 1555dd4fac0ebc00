#include "listing.h"

#include <algorithm>

namespace tarjotin {

std::optional<Occurrence> overall_span(const Listing& listing) {
  if (listing.occurrences.empty()) return std::nullopt;
  Occurrence span = listing.occurrences.front();
  std::int64_t end = span.end.value_or(span.start);
  for (const Occurrence& o : listing.occurrences) {
    span.start = std::min(span.start, o.start);
    end = std::max(end, o.end.value_or(o.start));
    span.date_only = span.date_only && o.date_only;
  }
  span.end = end;
  return span;
}

const char* to_string(Tri value) {
  switch (value) {
    case Tri::yes: return "yes";
    case Tri::no: return "no";
    case Tri::unknown: break;
  }
  return "unknown";
}

const char* to_string(Kind value) {
  switch (value) {
    case Kind::service: return "service";
    case Kind::place: return "place";
    case Kind::volunteering: return "volunteering";
    case Kind::event: break;
  }
  return "event";
}

const char* to_string(EventStatus value) {
  switch (value) {
    case EventStatus::cancelled: return "cancelled";
    case EventStatus::postponed: return "postponed";
    case EventStatus::rescheduled: return "rescheduled";
    case EventStatus::scheduled: break;
  }
  return "scheduled";
}

std::optional<Tri> parse_tri(const std::string& text) {
  if (text == "yes") return Tri::yes;
  if (text == "no") return Tri::no;
  if (text == "unknown") return Tri::unknown;
  return std::nullopt;
}

std::optional<Kind> parse_kind(const std::string& text) {
  if (text == "event") return Kind::event;
  if (text == "service") return Kind::service;
  if (text == "place") return Kind::place;
  if (text == "volunteering") return Kind::volunteering;
  return std::nullopt;
}

std::optional<EventStatus> parse_event_status(const std::string& text) {
  if (text == "scheduled") return EventStatus::scheduled;
  if (text == "cancelled") return EventStatus::cancelled;
  if (text == "postponed") return EventStatus::postponed;
  if (text == "rescheduled") return EventStatus::rescheduled;
  return std::nullopt;
}

std::vector<SourceRef> sources_or_self(const Listing& listing) {
  if (!listing.sources.empty()) return listing.sources;
  return {SourceRef{listing.source, listing.id, listing.source_url, "self", "this listing"}};
}

}  // namespace tarjotin
