#include "connectors/tpr/tpr_connector.h"

#include <algorithm>
#include <filesystem>
#include <iterator>

#include "connectors/http/url.h"
#include "connectors/tpr/ontology_words.h"
#include "connectors/tpr/unit_list.h"
#include "connectors/pull_support.h"

namespace tarjotin {
namespace {

std::string with_slash(std::string url) {
  if (url.empty() || url.back() != '/') url += '/';
  return url;
}

// One pull's reporting and fetching.
class Pull {
 public:
  Pull(const SourceConfig& source, FetchOptions fetch, FeedSink& sink)
      : source_(source), sink_(sink), fetcher_(std::move(fetch)) {}

  void report(const std::string& url, const std::string& message, long long offset) {
    report_feed_error(sink_, source_.name, url, message, offset);
    reported_ = true;
  }

  bool reported_errors() const { return reported_; }

  // The ontology word labels at `url`; empty (after on_error) when they cannot be read.
  tpr::OntologyLabels ontology_labels(const std::string& url) {
    if (url.empty()) return {};
    const FetchResult fetched = fetcher_.get(url);
    if (!fetched.ok) {
      report(url, "ontology words not read, keywords keep their ids only: " + fetched.error, -1);
      return {};
    }
    tpr::OntologyWords words = tpr::parse_ontology_words(fetched.body);
    if (!words.ok) {
      report(url, "ontology words not read, keywords keep their ids only: " + words.error, words.error_offset);
      return {};
    }
    return std::move(words.labels);
  }

  // Fetches the unit array, conditionally when validators are known; nullopt
  // (after on_error) when it cannot be read.
  std::optional<FetchResult> fetch_units(const std::string& url, ValidatorCache* cache) {
    FetchResult fetched = fetcher_.get(url, cache ? cache->get(url) : Validators{});
    if (!fetched.ok) {
      report(url, fetched.error, -1);
      return std::nullopt;
    }
    return fetched;
  }

  // Maps and delivers the unit array; false (after on_error) when it cannot be read.
  bool deliver_units(const TprConnector::Endpoints& endpoints, const std::string& body,
                     const tpr::OntologyLabels& labels) {
    tpr::UnitList list = tpr::parse_unit_list(source_.name, endpoints.root, body, labels);
    if (!list.ok) {
      report(endpoints.units, list.error, list.error_offset);
      return false;
    }
    for (const std::string& problem : list.unit_errors) report(endpoints.units, "skipped " + problem, -1);
    std::size_t next = 0;
    do {
      const std::size_t end = std::min(list.units.size(), next + TprConnector::kUnitsPerPage);
      std::vector<FeedItem> page(std::make_move_iterator(list.units.begin() + next),
                                 std::make_move_iterator(list.units.begin() + end));
      sink_.on_page(endpoints.units, std::move(page), {});
      next = end;
    } while (next < list.units.size());
    return true;
  }

 private:
  const SourceConfig& source_;
  FeedSink& sink_;
  Fetcher fetcher_;
  bool reported_ = false;
};

}  // namespace

TprConnector::TprConnector(SourceConfig source, ConnectorOptions options)
    : source_(std::move(source)), options_(std::move(options)) {}

std::string TprConnector::base_dir() const {
  return source_.base_dir.empty() ? options_.fetch.base_dir : source_.base_dir;
}

TprConnector::Endpoints TprConnector::endpoints() const {
  Endpoints endpoints;
  const std::optional<std::string> path = local_path(source_.url, base_dir());
  std::error_code ec;
  if (path && std::filesystem::is_directory(*path, ec)) {
    const std::string dir = with_slash(*path);
    endpoints.root = with_slash(source_.url);
    endpoints.units = dir + "unit.json";
    endpoints.ontology = dir + "ontologyword.json";
  } else if (path) {
    const std::size_t slash = source_.url.rfind('/');
    endpoints.root = slash == std::string::npos ? "" : source_.url.substr(0, slash + 1);
    endpoints.units = source_.url;
  } else {
    endpoints.root = with_slash(source_.url);
    endpoints.units = endpoints.root + "unit/";
    const auto newfeatures = source_.settings.find("newfeatures");
    if (newfeatures == source_.settings.end() || newfeatures->second != "no")
      endpoints.units = with_query_param(endpoints.units, "newfeatures", "yes");
    endpoints.ontology = endpoints.root + "ontologyword/";
  }
  return endpoints;
}

PullOutcome TprConnector::pull(FeedSink& sink, const PullOptions& options) {
  FetchOptions fetch = options_.fetch;
  fetch.base_dir = base_dir();
  Pull pull(source_, std::move(fetch), sink);
  const Endpoints where = endpoints();
  PullOutcome outcome;
  outcome.full_snapshot = true;
  const std::optional<FetchResult> units = pull.fetch_units(where.units, options.validators);
  if (!units) return outcome;
  if (units->not_modified) {  // the register is as it was at the last complete pull
    outcome.complete = true;
    outcome.not_modified = true;
    sink.on_progress(1, 1);
    return outcome;
  }
  const tpr::OntologyLabels labels = pull.ontology_labels(where.ontology);
  if (!pull.deliver_units(where, units->body, labels)) return outcome;
  // Everything was delivered without a problem (labels included): only now
  // may the next pull ask "changed since?".
  if (options.validators && !units->validators.empty() && !pull.reported_errors())
    options.validators->put(where.units, units->validators);
  outcome.pages = 1;
  outcome.complete = true;
  sink.on_progress(1, 1);
  return outcome;
}

std::unique_ptr<Connector> make_tpr_connector(const SourceConfig& source, const ConnectorOptions& options) {
  return std::make_unique<TprConnector>(source, options);
}

std::vector<std::string> tpr_settings() { return {"newfeatures"}; }

}  // namespace tarjotin
