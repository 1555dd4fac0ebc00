#pragma once
// The wire formats of the five connector types, for the fault matrix: each
// FeedKind serves a catalogue of simple items (id, Finnish name, description)
// the way its feed would, in pages of a given size, and makes the source
// config that reads it. Bodies are built by hand on purpose (the faults edit
// them), so names and descriptions must not contain '"' or '\'.

#include <httplib.h>

#include <functional>
#include <string>
#include <vector>

#include "connectors/source_config.h"
#include "temp_dir.h"

namespace tarjotin::testing {

struct Item {
  std::string id;  // digits, e.g. "1001"
  std::string name;
  std::string description;
};

// How the server lies about paging, for the faults about paging.
struct Wire {
  bool lie_count = false;  // totals / page counts say there is much more than there is
  bool loop = false;       // the last page leads back to the first (or the server ignores the page asked for)
  std::string next_origin; // when set, next links point to this "http://host:port" instead of the feed's own
};

struct Served {
  int page = 0;  // 1-based catalogue page this response carries; 0 for other requests (vocabularies, details)
  std::string body;
};

struct FeedKind {
  std::string type;
  bool paged = true;          // the feed comes in pages (TPR: one snapshot)
  bool follows_links = false; // pages are found through `next` links in the feed
  std::string listing_prefix; // listing id = listing_prefix + feed id
  // The source reading a feed served at `origin` ("http://127.0.0.1:port"); `dir` is for files it needs.
  std::function<SourceConfig(const std::string& origin, const TempDir& dir, int page_size)> source;
  // The response to `req`.
  std::function<Served(const httplib::Request& req, const std::string& origin, const std::vector<Item>& items,
                       int page_size, const Wire& wire)>
      serve;
};

// All five, in a fixed order.
const std::vector<FeedKind>& feed_kinds();

// Guid-shaped id for PTV from a digit id: "00000000-0000-4000-8000-000000001001".
std::string ptv_guid(const std::string& id);

}  // namespace tarjotin::testing
