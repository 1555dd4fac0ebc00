#pragma once
// LahellaConnector (source type "lahella"): reads a Lähellä.fi-style activity
// list (hallinta.lahella.fi `GET /v1/activities`, `{items, total, hasMore}`)
// and delivers one listing per published activity. The Connector contract is
// in connectors/connector.h; the field mapping is in activity_mapping.h and
// activity_channels.h, recurrences in weekly_schedule.h.
//
// Settings: "page_size" (optional, 1..1000, default 100).
//
// Paging (always a full snapshot; PullOptions::changed_since is not supported):
// - An http(s) source.url gets `limit=<page_size>&skip=N` (replacing any limit/skip
//   it has), N starting at 0 and growing by the number of items each page had.
//   Paging goes on while the page says `hasMore: true`; without hasMore, while
//   skip is below `total`; without either, while pages come back full.
// - The pull ends with an error (incomplete) when hasMore is true on an empty
//   page or on a page that starts at or past `total`, when a page repeats only
//   activities already seen (a loop: the server ignores skip), or after
//   ConnectorOptions::max_pages pages.
// - A local directory (file:// or a plain path) is read as its *.json files in
//   name order, one page each; a local file is one page. Their hasMore is ignored.
// - A page that cannot be fetched or parsed ends the pull (incomplete); pages
//   before it stay delivered. A bad item in a good page is reported and skipped.
// - Activities that are not published are reported in deleted_ids.
//
// One instance per source; pull() is not reentrant.

#include <memory>
#include <string>
#include <vector>

#include "connectors/connector.h"

namespace tarjotin {

class LahellaConnector : public Connector {
 public:
  LahellaConnector(SourceConfig source, ConnectorOptions options);
  PullOutcome pull(FeedSink& sink, const PullOptions& options) override;

  // The URL of the page at `skip`: `url` with limit and skip set.
  static std::string page_url(const std::string& url, int page_size, long long skip);

 private:
  SourceConfig source_;
  ConnectorOptions options_;
};

std::unique_ptr<Connector> make_lahella_connector(const SourceConfig& source, const ConnectorOptions& options);

// The setting keys a "lahella" source accepts: {"page_size"}.
std::vector<std::string> lahella_settings();

}  // namespace tarjotin
