#include "connectors/linkedevents/linkedevents_connector.h"

#include "model/time.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "connectors/http/url.h"
#include "connectors/linkedevents/event_page.h"
#include "connectors/linkedevents/recurring_events.h"
#include "connectors/pull_support.h"

namespace tarjotin {
namespace {

// One pull's state: the fetcher, the held recurring events and the page count.
class Pull {
 public:
  Pull(const SourceConfig& source, const ConnectorOptions& options, FeedSink& sink)
      : source_(source), sink_(sink), fetcher_(fetch_options_for(source, options)) {}

  // Fetches and delivers one page; false (after on_error) when the pull must stop.
  // On success *next is the page's resolved `next` link, or "" at the end.
  bool read_page(const std::string& url, std::string* next) {
    const FetchResult fetched = fetcher_.get(url);
    if (!fetched.ok) {
      report(url, fetched.error, -1);
      return false;
    }
    EventPage page = parse_event_page(source_.name, fetched.body);
    if (!page.ok) {
      report(url, page.error, page.error_offset);
      return false;
    }
    ++pages_;
    for (const std::string& problem : page.item_errors) report(url, "skipped item " + problem, -1);
    std::vector<FeedItem> items;
    for (EventRecord& event : page.events) {
      if (RecurringEvents::should_hold(event))
        held_.hold(std::move(event));
      else
        items.push_back(std::move(event.item));
    }
    sink_.on_page(url, std::move(items), std::move(page.deleted_ids));
    *next = page.next ? resolve_url(url, *page.next) : "";
    return true;
  }

  // Delivers what was held back, if anything, in one last page.
  void finish(const std::string& url) {
    if (!held_.empty()) sink_.on_page(url, held_.finish(), {});
  }

  void report(const std::string& url, const std::string& message, long long offset) {
    report_feed_error(sink_, source_.name, url, message, offset);
  }

  int pages() const { return pages_; }

 private:
  const SourceConfig& source_;
  FeedSink& sink_;
  Fetcher fetcher_;
  RecurringEvents held_;
  int pages_ = 0;
};

// The *.json files of `dir`, in name order.
std::vector<std::string> page_files(const std::string& dir, std::string* error) {
  std::vector<std::string> files;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".json" && !it->is_directory()) files.push_back(it->path().string());
  if (ec) *error = "cannot list directory " + dir + ": " + ec.message();
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

LinkedEventsConnector::LinkedEventsConnector(SourceConfig source, ConnectorOptions options)
    : source_(std::move(source)), options_(std::move(options)) {}

std::string LinkedEventsConnector::start_url(const std::string& source_url) {
  if (!is_http_url(source_url) || has_query_param(source_url, "include")) return source_url;
  return with_query_param(source_url, "include", "location,keywords");
}

PullOutcome LinkedEventsConnector::pull(FeedSink& sink, const PullOptions& pull_options) {
  Pull pull(source_, options_, sink);
  PullOutcome outcome;
  const std::string base_dir = source_.base_dir.empty() ? options_.fetch.base_dir : source_.base_dir;
  const std::optional<std::string> path = local_path(source_.url, base_dir);
  std::error_code ec;
  if (path && std::filesystem::is_directory(*path, ec)) {
    std::string error;
    const std::vector<std::string> files = page_files(*path, &error);
    bool complete = error.empty();
    if (!complete) pull.report(source_.url, error, -1);
    std::string ignored_next;  // pages of a directory are its files; their `next` is not followed
    for (std::size_t i = 0; complete && i < files.size(); ++i) complete = pull.read_page(files[i], &ignored_next);
    pull.finish(source_.url);
    outcome.complete = complete;
    outcome.pages = pull.pages();
    return outcome;
  }

  std::string url = start_url(source_.url);
  if (pull_options.changed_since && is_http_url(url)) {
    // Incremental: only events modified since, with deleted ones as stubs.
    url = with_query_param(url, "last_modified_since", format_utc(*pull_options.changed_since));
    url = with_query_param(url, "show_deleted", "true");
    outcome.full_snapshot = false;
  }
  std::set<std::string> seen{url};
  bool complete = false;
  while (true) {
    std::string next;
    if (!pull.read_page(url, &next)) break;
    sink.on_progress(pull.pages(), -1);
    if (next.empty()) {
      complete = true;
      break;
    }
    if (const std::string foreign = foreign_link_error(url, next); !foreign.empty()) {
      pull.report(url, foreign, -1);
      break;
    }
    if (!seen.insert(next).second) {
      pull.report(url, "next link loops back to " + next, -1);
      break;
    }
    if (pull.pages() >= options_.max_pages) {
      pull.report(next, "more than " + std::to_string(options_.max_pages) + " pages; stopped", -1);
      break;
    }
    url = next;
  }
  pull.finish(url);
  outcome.complete = complete;
  outcome.pages = pull.pages();
  return outcome;
}

}  // namespace tarjotin
