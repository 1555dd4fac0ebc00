#include "connectors/ptv/ptv_connector.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "connectors/ptv/detail_fetcher.h"
#include "connectors/ptv/guid_page.h"
#include "connectors/ptv/ptv_requests.h"
#include "connectors/ptv/service_mapping.h"
#include "connectors/pull_support.h"

namespace tarjotin {
namespace {

constexpr int kMaxBatch = 100;  // the v11 list endpoints take at most 100 GUIDs

std::vector<std::string> comma_list(const std::string& text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    std::string item = text.substr(start, end - start);
    const std::size_t first = item.find_first_not_of(" \t");
    const std::size_t last = item.find_last_not_of(" \t");
    if (first != std::string::npos) items.push_back(item.substr(first, last - first + 1));
    start = end + 1;
  }
  return items;
}

std::string setting(const SourceConfig& source, const std::string& key) {
  const auto it = source.settings.find(key);
  return it == source.settings.end() ? "" : it->second;
}

// One pull's state: the fetcher, the page count and the settings read for it.
class Pull {
 public:
  Pull(const SourceConfig& source, const ConnectorOptions& options, const PullOptions& pull_options, FeedSink& sink)
      : source_(source),
        options_(options),
        changed_since_(pull_options.changed_since),
        sink_(sink),
        root_(ptv::api_root(source.url)),
        fetcher_(fetch_options_for(source, options)),
        details_(fetcher_, sink, source.name, root_, read_settings()) {}

  // Reads the GUID pages of one status ("" = published) to their end; false
  // (after on_error) when the pass could not be finished.
  bool read_pass(const std::string& status) {
    guid_pages_.clear();
    for (int page = 1;; ++page) {
      if (pages_ >= options_.max_pages) {
        details_.report(ptv::guid_page_url(root_, page, changed_since_, status),
                        "more than " + std::to_string(options_.max_pages) + " pages; stopped");
        return false;
      }
      const std::string url = ptv::guid_page_url(root_, page, changed_since_, status);
      const FetchResult fetched = fetcher_.get(url);
      if (!fetched.ok) {
        details_.report(url, fetched.error + (page > 1 ? " (page " + std::to_string(page) + " of a stated " +
                                                             std::to_string(page_count_) + ")"
                                                       : ""));
        return false;
      }
      const ptv::GuidPage guids = ptv::parse_guid_page(fetched.body);
      if (!guids.ok) {
        details_.report(url, guids.error, guids.error_offset);
        return false;
      }
      ++pages_;
      page_count_ = guids.page_count;
      if (guids.skipped_items > 0)
        details_.report(url, std::to_string(guids.skipped_items) + " itemList entries without a string \"id\" skipped");
      if (guids.ids.empty()) {
        if (page == 1 && guids.page_count <= 1) {
          sink_.on_page(url, {}, {});
          pages_done_before_ = pages_;
          sink_.on_progress(pages_, pages_);
          return true;
        }
        details_.report(url, "page " + std::to_string(page) + " is empty but pageCount says " +
                                 std::to_string(guids.page_count) + " pages; stopped");
        return false;
      }
      if (guid_pages_.only_repeats(guids.ids) && page > 1) {
        // An API that ignores `page` would otherwise be read pageCount times over.
        details_.report(url, "page " + std::to_string(page) + " repeats only GUIDs of earlier pages (the API ignores page=?); stopped");
        return false;
      }
      if (status.empty() ? !deliver_services(url, guids.ids) : !deliver_deleted(url, guids.ids)) return false;
      sink_.on_progress(pages_, pages_done_before_ + std::max(page, guids.page_count));
      if (page >= guids.page_count) {
        pages_done_before_ = pages_;
        return true;
      }
    }
  }

  int pages() const { return pages_; }

 private:
  // Fills filter_ from the settings and returns the batch size; problems are
  // reported to the sink.
  int read_settings() {
    for (const std::string& code : comma_list(setting(source_, "municipalities")))
      filter_.municipalities.insert(ptv::municipality_code(code));
    for (std::string id : comma_list(setting(source_, "organisations"))) {
      for (char& c : id) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      filter_.organisations.insert(id);
    }
    const std::string size = setting(source_, "page_size");
    if (size.empty()) return kMaxBatch;
    int value = 0;
    try {
      std::size_t used = 0;
      value = std::stoi(size, &used);
      if (used != size.size()) value = 0;
    } catch (const std::exception&) {
      value = 0;
    }
    if (value >= 1 && value <= kMaxBatch) return value;
    report_feed_error(sink_, source_.name, source_.url,
                      "setting \"page_size\" must be a whole number 1-100, not \"" + size + "\"; using 100");
    return kMaxBatch;
  }

  bool deliver_services(const std::string& url, const std::vector<std::string>& ids) {
    details_.clear();
    std::vector<const ptv::Value*> services;
    if (!details_.read_services(ids, &services)) return false;
    std::vector<const ptv::Value*> kept;
    std::vector<std::string> channel_ids;
    for (const ptv::Value* service : services) {
      if (!filter_.accepts(*service)) continue;
      kept.push_back(service);
      for (const std::string& id : ptv::linked_channel_ids(*service))
        if (std::find(channel_ids.begin(), channel_ids.end(), id) == channel_ids.end()) channel_ids.push_back(id);
    }
    ptv::ChannelIndex channels;
    if (!details_.read_channels(channel_ids, &channels)) return false;
    std::vector<FeedItem> items;
    for (const ptv::Value* service : kept) {
      std::string error;
      std::optional<FeedItem> item = ptv::map_service(source_.name, root_, *service, channels, &error);
      if (item)
        items.push_back(std::move(*item));
      else
        details_.report(url, "skipped service: " + error);
    }
    details_.clear();
    sink_.on_page(url, std::move(items), {});
    return true;
  }

  bool deliver_deleted(const std::string& url, const std::vector<std::string>& ids) {
    std::vector<std::string> deleted;
    for (const std::string& id : ids) deleted.push_back(source_.name + ":" + id);
    sink_.on_page(url, {}, std::move(deleted));
    return true;
  }

  const SourceConfig& source_;
  const ConnectorOptions& options_;
  std::optional<std::int64_t> changed_since_;
  FeedSink& sink_;
  std::string root_;
  ptv::ServiceFilter filter_;
  Fetcher fetcher_;
  ptv::DetailFetcher details_;
  int pages_ = 0;
  int page_count_ = 0;          // pageCount of the latest GUID page
  RepeatedPageGuard guid_pages_;  // of this pull's GUID pages, to notice an API that ignores page=
  int pages_done_before_ = 0;   // pages of the passes already finished
};

}  // namespace

PtvConnector::PtvConnector(SourceConfig source, ConnectorOptions options)
    : source_(std::move(source)), options_(std::move(options)) {}

PullOutcome PtvConnector::pull(FeedSink& sink, const PullOptions& options) {
  Pull pull(source_, options_, options, sink);
  PullOutcome outcome;
  outcome.full_snapshot = !options.changed_since;
  bool complete = pull.read_pass("");
  if (complete && options.changed_since) complete = pull.read_pass("Archived") && pull.read_pass("Withdrawn");
  outcome.complete = complete;
  outcome.pages = pull.pages();
  return outcome;
}

std::unique_ptr<Connector> make_ptv_connector(const SourceConfig& source, const ConnectorOptions& options) {
  return std::make_unique<PtvConnector>(source, options);
}

std::vector<std::string> ptv_settings() { return {"municipalities", "organisations", "page_size"}; }

}  // namespace tarjotin
