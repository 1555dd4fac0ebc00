// MappedConnector: loads the mapping, then walks the feed's pages.
#include "connectors/mapped/mapped_connector.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "connectors/http/url.h"
#include "connectors/mapped/feed_page.h"
#include "connectors/mapped/page_walk.h"
#include "connectors/pull_support.h"

namespace tarjotin {
namespace {

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

// One pull's state: the mapping, fetcher, ids seen so far, page count.
class Pull {
 public:
  Pull(const SourceConfig& source, const ConnectorOptions& options, FeedSink& sink)
      : source_(source), sink_(sink), fetcher_(fetch_options_for(source, options)) {}

  // Reads the "mapping" setting's file; false (after on_error) when it is missing or invalid.
  bool load_mapping(const std::string& base_dir) {
    const auto setting = source_.settings.find("mapping");
    if (setting == source_.settings.end() || setting->second.empty()) {
      report(source_.url, "setting \"mapping\" is required: the path of the mapping file (see config/mappings/)", -1);
      return false;
    }
    const std::optional<std::string> path = local_path(setting->second, base_dir);
    std::ifstream in(path ? *path : "", std::ios::binary);
    if (!path || !in) {
      report(setting->second, "setting \"mapping\": cannot read the mapping file " + (path ? *path : setting->second), -1);
      return false;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string error;
    mapping_ = parse_feed_mapping(text, &error);
    if (!mapping_) report(*path, "setting \"mapping\" (" + *path + "): " + error, -1);
    return mapping_.has_value();
  }

  const FeedMapping& mapping() const { return *mapping_; }

  // Fetches, checks and delivers one page; nullopt (after on_error) when the pull must stop.
  std::optional<FeedPage> read_page(const std::string& url, bool check_repeats) {
    const FetchResult fetched = fetcher_.get(url);
    if (!fetched.ok) {
      report(url, fetched.error, -1);
      return std::nullopt;
    }
    FeedPage page = parse_feed_page(*mapping_, source_.name, fetched.body);
    if (!page.ok) {
      report(url, page.error, page.error_offset);
      return std::nullopt;
    }
    if (repeats_seen_items(page) && check_repeats) {
      report(url, "page repeats only items already delivered in this pull (the feed ignores the paging parameter?); stopped", -1);
      return std::nullopt;
    }
    ++pages_;
    for (const std::string& problem : page.item_errors) report(url, problem, -1);
    sink_.on_page(url, std::move(page.items), {});
    page.items.clear();
    return page;
  }

  void report(const std::string& url, const std::string& message, long long offset) {
    report_feed_error(sink_, source_.name, url, message, offset);
  }

  int pages() const { return pages_; }

 private:
  bool repeats_seen_items(const FeedPage& page) {
    std::vector<std::string> ids;
    for (const FeedItem& item : page.items) ids.push_back(item.listing.id);
    return delivered_.only_repeats(ids);
  }

  const SourceConfig& source_;
  FeedSink& sink_;
  Fetcher fetcher_;
  std::optional<FeedMapping> mapping_;
  RepeatedPageGuard delivered_;
  int pages_ = 0;
};

}  // namespace

MappedConnector::MappedConnector(SourceConfig source, ConnectorOptions options)
    : source_(std::move(source)), options_(std::move(options)) {}

PullOutcome MappedConnector::pull(FeedSink& sink, const PullOptions&) {
  Pull pull(source_, options_, sink);
  PullOutcome outcome;  // always a full snapshot
  const std::string base_dir = source_.base_dir.empty() ? options_.fetch.base_dir : source_.base_dir;
  if (!pull.load_mapping(base_dir)) return outcome;

  const std::optional<std::string> path = local_path(source_.url, base_dir);
  std::error_code ec;
  if (path && std::filesystem::is_directory(*path, ec)) {
    std::string error;
    const std::vector<std::string> files = page_files(*path, &error);
    bool complete = error.empty();
    if (!complete) pull.report(source_.url, error, -1);
    for (std::size_t i = 0; complete && i < files.size(); ++i) complete = pull.read_page(files[i], false).has_value();
    outcome.complete = complete;
    outcome.pages = pull.pages();
    return outcome;
  }

  PagingSpec paging = pull.mapping().paging;
  if (path && paging.style != PagingSpec::Style::next) paging.style = PagingSpec::Style::none;  // a saved page
  PageWalk walk(paging, source_.url);
  const bool by_position = paging.style == PagingSpec::Style::page || paging.style == PagingSpec::Style::limit_skip;
  std::string url = walk.first_url();
  std::set<std::string> seen_urls{url};
  while (true) {
    const std::optional<FeedPage> page = pull.read_page(url, by_position);
    if (!page) break;
    sink.on_progress(pull.pages(), -1);
    const PageStep step = walk.after(url, page->document, page->raw_count);
    if (step.end) {
      outcome.complete = true;
      break;
    }
    if (!step.error.empty()) {
      pull.report(url, step.error, -1);
      break;
    }
    if (const std::string foreign = foreign_link_error(url, step.next); !foreign.empty()) {
      pull.report(url, foreign, -1);
      break;
    }
    if (!seen_urls.insert(step.next).second) {
      pull.report(url, "next link loops back to " + step.next, -1);
      break;
    }
    if (pull.pages() >= options_.max_pages) {
      pull.report(step.next, "more than " + std::to_string(options_.max_pages) + " pages; stopped", -1);
      break;
    }
    url = step.next;
  }
  outcome.pages = pull.pages();
  return outcome;
}

std::unique_ptr<Connector> make_mapped_connector(const SourceConfig& source, const ConnectorOptions& options) {
  return std::make_unique<MappedConnector>(source, options);
}

std::vector<std::string> mapped_settings() { return {"mapping"}; }

}  // namespace tarjotin
