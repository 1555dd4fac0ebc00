#pragma once
// MappedConnector (source type "mapped"): reads a JSON feed that an
// organisation publishes in its own shape, mapped onto Listing by a mapping
// file, so adding such a feed needs a mapping file and a config entry, no code.
// The mapping file format is in feed_mapping.h; config/mappings/example-ngo.json
// is a worked example. The Connector contract is in connectors/connector.h.
//
// Settings: "mapping" (required): the mapping file's path, relative to the
// config file's directory (SourceConfig::base_dir) unless absolute. It is read
// at the start of every pull; a missing, unreadable or invalid mapping ends the
// pull at once (on_error naming the setting or the mapping key, incomplete).
//
// Paging (always a full snapshot; PullOptions::changed_since is not supported):
// - An http(s) source.url is paged by the mapping's paging style (page_walk.h).
//   A `next` link already seen in this pull, a page (page / limit_skip style)
//   holding only items already seen (the server ignores the paging parameter), or
//   more than ConnectorOptions::max_pages pages end the pull with an error.
// - A local directory (file:// or a plain path) is read as its *.json files in
//   name order, one page each, paging ignored. A local file is one page, whose
//   `next` link is followed in the "next" style.
// - A page that cannot be fetched or parsed ends the pull (incomplete); pages
//   before it stay delivered. A bad item is reported and skipped; a bad value is
//   reported and left unknown (item_mapping.h).
//
// One instance per source; pull() is not reentrant.

#include <memory>
#include <string>
#include <vector>

#include "connectors/connector.h"

namespace tarjotin {

class MappedConnector : public Connector {
 public:
  MappedConnector(SourceConfig source, ConnectorOptions options);
  PullOutcome pull(FeedSink& sink, const PullOptions& options) override;

 private:
  SourceConfig source_;
  ConnectorOptions options_;
};

std::unique_ptr<Connector> make_mapped_connector(const SourceConfig& source, const ConnectorOptions& options);

// The setting keys a "mapped" source accepts: {"mapping"}.
std::vector<std::string> mapped_settings();

}  // namespace tarjotin
