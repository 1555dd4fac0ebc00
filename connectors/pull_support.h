#pragma once
// Small pieces that every connector's pull needs in the same form: the fetch
// options of a source, reporting a feed problem to the sink, and noticing a
// feed that ignores its paging parameter and sends the same items again.

#include <set>
#include <string>
#include <vector>

#include "connectors/connector.h"

namespace tarjotin {

// The connector options' fetch settings, with file:// URLs of the source read
// relative to the source's base_dir (set for sources from a config file).
FetchOptions fetch_options_for(const SourceConfig& source, const ConnectorOptions& options);

// Hands the sink one FeedError; byte_offset -1 when not applicable.
void report_feed_error(FeedSink& sink, const std::string& source, const std::string& url, const std::string& message,
                       long long byte_offset = -1);

// Remembers the ids delivered in one pull. only_repeats() is true when a page
// has ids and every one of them came before: the feed ignores its paging
// parameter, and reading on would only loop. It records the page's ids.
class RepeatedPageGuard {
 public:
  bool only_repeats(const std::vector<std::string>& page_ids);
  void clear() { seen_.clear(); }

 private:
  std::set<std::string> seen_;
};

}  // namespace tarjotin
