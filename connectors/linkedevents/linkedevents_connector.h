#pragma once
// LinkedEventsConnector (source type "linkedevents"): reads the Linked Events
// API v1 event list (api.hel.fi/linkedevents/v1/event/ and its forks) and
// delivers one listing per public event. The Connector contract is in
// connectors/connector.h.
//
// Paging:
// - Starts at source.url. An http(s) URL without `include=` gets
//   `include=location,keywords`, so places and keyword labels come inline.
// - Follows meta.next (resolved against the page's URL) until it is null. A
//   `next` already seen in this pull, or more than ConnectorOptions::max_pages
//   pages, ends the pull with an error (incomplete).
// - A local directory (file:// or a plain path) is read as its *.json files in
//   name order, one page each, their `next` ignored. A local file is a page
//   whose `next` is followed as usual.
// - A page that cannot be fetched or parsed ends the pull (incomplete); a bad
//   item in a good page is reported and skipped.
//
// Mapping (event -> Listing): id "<source>:<event id>"; type_id Volunteering ->
// volunteering, else event; event_status -> status; drafts and deleted stubs are
// reported in deleted_ids, never delivered; name, short_description (summary),
// description (HTML as given); publisher/provider -> organiser; keywords and
// audience -> keywords (labels when included); in_language -> languages;
// offers -> price (free yes if any offer is free, no if all say not free, text
// per language, euro range parsed from it); location -> location, contact
// phone/email, channels (helsinki:internet -> online, other places ->
// in_person); start/end -> occurrence (date-only values are whole Helsinki
// days); audience ages; registration / enrolment times -> registration
// required; info_url -> contact url; @id -> source_url; last_modified_time ->
// source_modified. Recurring series become one listing (see recurring_events.h);
// such events are delivered in a last on_page() after the final page.
//
// One instance per source; pull() is not reentrant.

#include <string>

#include "connectors/connector.h"

namespace tarjotin {

class LinkedEventsConnector : public Connector {
 public:
  LinkedEventsConnector(SourceConfig source, ConnectorOptions options);
  PullOutcome pull(FeedSink& sink, const PullOptions& options) override;

  // The first URL fetched for `source_url`: include=location,keywords added to http(s) URLs without include=.
  static std::string start_url(const std::string& source_url);

 private:
  SourceConfig source_;
  ConnectorOptions options_;
};

}  // namespace tarjotin
