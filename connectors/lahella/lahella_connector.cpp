// LahellaConnector: limit/skip paging over the activity list, or saved pages on disk.
#include "connectors/lahella/lahella_connector.h"

#include <algorithm>
#include <filesystem>

#include "connectors/http/url.h"
#include "connectors/lahella/activity_page.h"
#include "connectors/pull_support.h"
#include "model/time.h"

namespace tarjotin {
namespace {

constexpr int kDefaultPageSize = 100;

// "https://host/api/v1/activities" for item URLs: the list URL without query or trailing slash.
std::string item_url_base(const std::string& url) {
  if (!is_http_url(url)) return "";
  std::string base = url.substr(0, url.find_first_of("?#"));
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base;
}

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

// One pull's state: fetcher, ids seen so far, page count.
class Pull {
 public:
  Pull(const SourceConfig& source, const ConnectorOptions& options, FeedSink& sink)
      : source_(source), sink_(sink), fetcher_(fetch_options_for(source, options)) {
    context_.source = source.name;
    context_.item_url_base = item_url_base(source.url);
    context_.window.now = now_utc();
  }

  // Fetches, checks and delivers one page; nullopt (after on_error) when the pull must stop.
  std::optional<ActivityPage> read_page(const std::string& url) {
    const FetchResult fetched = fetcher_.get(url);
    if (!fetched.ok) {
      report(url, fetched.error, -1);
      return std::nullopt;
    }
    ActivityPage page = parse_activity_page(fetched.body, context_);
    if (!page.ok) {
      report(url, page.error, page.error_offset);
      return std::nullopt;
    }
    if (repeats_seen_items(page)) {
      report(url, "page repeats only activities already delivered in this pull (the feed ignores skip?); stopped", -1);
      return std::nullopt;
    }
    ++pages_;
    for (const std::string& problem : page.item_errors) report(url, "skipped item " + problem, -1);
    sink_.on_page(url, std::move(page.items), std::move(page.deleted_ids));
    page.items.clear();
    page.deleted_ids.clear();
    return page;
  }

  void report(const std::string& url, const std::string& message, long long offset) {
    report_feed_error(sink_, source_.name, url, message, offset);
  }

  int pages() const { return pages_; }

 private:
  // True when the page has ids and all of them were delivered before.
  bool repeats_seen_items(const ActivityPage& page) {
    std::vector<std::string> ids;
    for (const FeedItem& item : page.items) ids.push_back(item.listing.id);
    ids.insert(ids.end(), page.deleted_ids.begin(), page.deleted_ids.end());
    return delivered_.only_repeats(ids);
  }

  const SourceConfig& source_;
  FeedSink& sink_;
  Fetcher fetcher_;
  ActivityContext context_;
  RepeatedPageGuard delivered_;
  int pages_ = 0;
};

// "page_size" as a number in 1..1000; nullopt when it is set to anything else.
std::optional<int> page_size_of(const SourceConfig& source) {
  const auto it = source.settings.find("page_size");
  if (it == source.settings.end()) return kDefaultPageSize;
  try {
    std::size_t used = 0;
    const int size = std::stoi(it->second, &used);
    if (used == it->second.size() && size >= 1 && size <= 1000) return size;
  } catch (...) {
  }
  return std::nullopt;
}

// Pages needed for `total` items, for progress; -1 (unknown) when the feed's
// total is negative or absurd. Written without `total + size - 1`, which
// overflows for a total near the int64 limit.
int pages_for(long long total, int page_size) {
  if (total < 0) return -1;
  const long long pages = total / page_size + (total % page_size != 0);
  return pages > 1'000'000 ? -1 : static_cast<int>(pages);
}

}  // namespace

LahellaConnector::LahellaConnector(SourceConfig source, ConnectorOptions options)
    : source_(std::move(source)), options_(std::move(options)) {}

std::string LahellaConnector::page_url(const std::string& url, int page_size, long long skip) {
  const std::string base = without_query_param(without_query_param(url, "limit"), "skip");
  return with_query_param(with_query_param(base, "limit", std::to_string(page_size)), "skip", std::to_string(skip));
}

PullOutcome LahellaConnector::pull(FeedSink& sink, const PullOptions&) {
  Pull pull(source_, options_, sink);
  PullOutcome outcome;  // always a full snapshot
  const std::optional<int> page_size = page_size_of(source_);
  if (!page_size) {
    pull.report(source_.url, "setting \"page_size\" must be a whole number from 1 to 1000, not \"" +
                                 source_.settings.at("page_size") + "\"", -1);
    return outcome;
  }
  const std::string base_dir = source_.base_dir.empty() ? options_.fetch.base_dir : source_.base_dir;
  if (const std::optional<std::string> path = local_path(source_.url, base_dir)) {
    std::error_code ec;
    std::vector<std::string> files{source_.url};
    std::string error;
    if (std::filesystem::is_directory(*path, ec)) files = page_files(*path, &error);
    bool complete = error.empty();
    if (!complete) pull.report(source_.url, error, -1);
    for (std::size_t i = 0; complete && i < files.size(); ++i) complete = pull.read_page(files[i]).has_value();
    outcome.complete = complete;
    outcome.pages = pull.pages();
    return outcome;
  }

  long long skip = 0;
  while (true) {
    const std::string url = page_url(source_.url, *page_size, skip);
    const std::optional<ActivityPage> page = pull.read_page(url);
    if (!page) break;
    sink.on_progress(pull.pages(), page->total ? pages_for(*page->total, *page_size) : -1);
    const long long next_skip = skip + static_cast<long long>(page->raw_count);
    const bool more = page->has_more    ? *page->has_more
                      : page->total     ? next_skip < *page->total
                                        : page->raw_count >= static_cast<std::size_t>(*page_size);
    if (!more) {
      outcome.complete = true;
      break;
    }
    if (page->raw_count == 0) {
      pull.report(url, "hasMore is true but the page is empty; stopped", -1);
      break;
    }
    if (page->has_more && page->total && skip >= *page->total) {
      pull.report(url, "hasMore is still true past total " + std::to_string(*page->total) + "; stopped", -1);
      break;
    }
    if (pull.pages() >= options_.max_pages) {
      pull.report(page_url(source_.url, *page_size, next_skip),
                  "more than " + std::to_string(options_.max_pages) + " pages; stopped", -1);
      break;
    }
    skip = next_skip;
  }
  outcome.pages = pull.pages();
  return outcome;
}

std::unique_ptr<Connector> make_lahella_connector(const SourceConfig& source, const ConnectorOptions& options) {
  return std::make_unique<LahellaConnector>(source, options);
}

std::vector<std::string> lahella_settings() { return {"page_size"}; }

}  // namespace tarjotin
