#pragma once
// Connector: pulls one configured source and hands normalised listings to a
// FeedSink, page by page. A connector knows the feed's format and paging; it
// knows nothing of SQLite, Xapian or HTTP serving.
//
// Contract of pull():
// - Items are delivered in feed order, one on_page() per fetched page (a
//   connector may hold some items back and deliver them in a last on_page(), e.g.
//   the dates of a recurring event's sub-events that arrive on later pages).
// - A page that cannot be fetched or parsed is reported with on_error() naming
//   the source, URL, what was wrong and (for JSON) the byte offset; items of
//   earlier pages already delivered stay delivered.
// - The returned PullOutcome says whether the whole feed was read to its end.
//   Only a complete pull lets the caller treat listings that were not seen as
//   removed from the source.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "connectors/http/fetcher.h"
#include "connectors/source_config.h"
#include "model/listing.h"

namespace tarjotin {

struct FeedItem {
  Listing listing;      // id is "<source name>:<feed id>", source is the source name
  std::string raw;      // the item's JSON as the feed sent it, re-serialised compactly
};

struct FeedError {
  std::string source;
  std::string url;
  std::string message;
  long long byte_offset = -1;   // where in the body parsing failed; -1 when not applicable
  std::string to_string() const;  // "source=… url=… offset=…: message"
};

class FeedSink {
 public:
  virtual ~FeedSink() = default;
  // `deleted_ids` are listing ids the feed says are gone (e.g. Linked Events
  // deleted stubs, drafts that used to be public).
  virtual void on_page(const std::string& url, std::vector<FeedItem> items,
                       std::vector<std::string> deleted_ids) = 0;
  virtual void on_error(const FeedError& error) = 0;
  // Progress for a terminal display: pages done so far, and the total where
  // the feed tells it (-1 when unknown). Optional.
  virtual void on_progress(int pages_done, int pages_total) { (void)pages_done, (void)pages_total; }
};

// Remembers the validators of feed responses between pulls, so that a
// connector can ask "has this changed?" (the app keeps them in the store).
// A connector put()s them only after the response was delivered completely.
class ValidatorCache {
 public:
  virtual ~ValidatorCache() = default;
  virtual Validators get(const std::string& url) = 0;
  virtual void put(const std::string& url, const Validators& validators) = 0;
};

struct PullOptions {
  // When set, a connector whose feed supports it fetches only what changed
  // since then (UTC seconds) and reports full_snapshot = false. Deletions then
  // arrive as deleted_ids.
  std::optional<std::int64_t> changed_since;
  // Where connectors that fetch a whole snapshot in one response (TPR) keep
  // its validators; null: unconditional requests.
  ValidatorCache* validators = nullptr;
};

struct PullOutcome {
  bool complete = false;       // the feed was read to its end with no page lost
  bool full_snapshot = true;   // every listing of the source was delivered (not an incremental pull)
  bool not_modified = false;   // the feed said nothing changed since the last complete pull; nothing delivered
  int pages = 0;               // pages fetched and parsed
};

class Connector {
 public:
  virtual ~Connector() = default;
  virtual PullOutcome pull(FeedSink& sink, const PullOptions& options) = 0;
};

struct ConnectorOptions {
  FetchOptions fetch;
  int max_pages = 10'000;   // a `next` chain longer than this ends the pull with an error
};

// The connector for source.type, or nullptr with *error naming the unknown
// type or a setting its type does not accept.
std::unique_ptr<Connector> make_connector(const SourceConfig& source, const ConnectorOptions& options,
                                          std::string* error);

// The types make_connector accepts, for config validation messages.
std::vector<std::string> connector_types();

// The optional setting keys a source of this type accepts (besides name, type,
// url, interval_minutes); empty for an unknown type.
std::vector<std::string> connector_settings(const std::string& type);

}  // namespace tarjotin
