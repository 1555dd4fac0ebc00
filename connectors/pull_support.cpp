#include "connectors/pull_support.h"

#include <algorithm>

namespace tarjotin {

FetchOptions fetch_options_for(const SourceConfig& source, const ConnectorOptions& options) {
  FetchOptions fetch = options.fetch;
  if (!source.base_dir.empty()) fetch.base_dir = source.base_dir;
  return fetch;
}

void report_feed_error(FeedSink& sink, const std::string& source, const std::string& url, const std::string& message,
                       long long byte_offset) {
  FeedError error;
  error.source = source;
  error.url = url;
  error.message = message;
  error.byte_offset = byte_offset;
  sink.on_error(error);
}

bool RepeatedPageGuard::only_repeats(const std::vector<std::string>& page_ids) {
  const bool all_seen = !page_ids.empty() && std::all_of(page_ids.begin(), page_ids.end(), [&](const std::string& id) {
    return seen_.count(id) > 0;
  });
  seen_.insert(page_ids.begin(), page_ids.end());
  return all_seen;
}

}  // namespace tarjotin
