#include "api/handlers.h"

#include <map>
#include <memory>

#include "api/openapi.h"
#include "api/response_json.h"
#include "api/search_params.h"
#include "index/index_layout.h"
#include "index/searcher.h"
#include "model/time.h"
#include "tarjotin/version.h"

namespace tarjotin {

const char* const kJsonType = "application/json; charset=utf-8";
const char* const kMetricsType = "text/plain; version=0.0.4; charset=utf-8";

namespace {

// One Searcher per worker thread and index; Xapian objects must not be shared
// between threads.
Searcher& thread_searcher(const std::string& index_root) {
  thread_local std::map<std::string, std::unique_ptr<Searcher>> searchers;
  auto& slot = searchers[index_root];
  if (!slot) slot = std::make_unique<Searcher>(index_root);
  return *slot;
}

QueryParams query_params(const httplib::Request& req) {
  QueryParams params;
  for (const auto& [name, value] : req.params) params.emplace(name, value);
  return params;
}

// Counts searches in flight so overload is answered with 503 at once.
class InFlight {
 public:
  explicit InFlight(std::atomic<int>& counter) : counter_(counter) { ++counter_; }
  ~InFlight() { --counter_; }
  InFlight(const InFlight&) = delete;
  InFlight& operator=(const InFlight&) = delete;
  int value() const { return counter_.load(); }

 private:
  std::atomic<int>& counter_;
};

void index_unavailable(httplib::Response& res) {
  res.status = 503;
  res.set_content(error_json("the search index is not available right now"), kJsonType);
}

}  // namespace

void handle_search(const HandlerContext& c, const httplib::Request& req, httplib::Response& res, RequestNotes& notes) {
  auto parsed = parse_search_params(query_params(req), now_utc());
  if (auto* error = std::get_if<ParamError>(&parsed)) {
    res.status = 400;
    res.set_content(param_error_json(*error), kJsonType);
    return;
  }
  InFlight in_flight(*c.searches_in_flight);
  if (in_flight.value() > c.max_concurrent_searches) {
    res.status = 503;
    res.set_header("Retry-After", "1");
    res.set_content(error_json("too many searches at once; try again in a moment"), kJsonType);
    return;
  }
  const SearchRequest& request = std::get<SearchRequest>(parsed);
  try {
    const SearchResponse response = thread_searcher(c.index_root).search(request);
    notes.results = static_cast<std::int64_t>(response.hits.size());
    notes.total = response.total;
    res.set_content(search_response_json(request, response), kJsonType);
  } catch (const std::exception&) {
    index_unavailable(res);
  }
}

void handle_listing(const HandlerContext& c, const httplib::Request& req, httplib::Response& res) {
  const std::string id = req.matches[1];
  std::optional<Listing> listing;
  try {
    listing = thread_searcher(c.index_root).get(id);
  } catch (const std::exception&) {
    index_unavailable(res);
    return;
  }
  if (!listing) {
    res.status = 404;
    res.set_content(error_json("no listing with id '" + id + "'"), kJsonType);
    return;
  }
  res.set_content(listing_json_body(*listing), kJsonType);
}

void handle_sources(const HandlerContext& c, httplib::Response& res) {
  try {
    res.set_content(c.sources_json ? c.sources_json() : R"({"sources":[]})", kJsonType);
  } catch (const std::exception&) {
    res.status = 503;
    res.set_content(error_json("source status is not available right now"), kJsonType);
  }
}

void handle_health(const HandlerContext& c, httplib::Response& res) {
  try {
    const auto n = thread_searcher(c.index_root).size();
    res.set_content(R"({"status":"ok","listings":)" + std::to_string(n) + R"(,"version":")" TARJOTIN_VERSION "\"}",
                    kJsonType);
  } catch (const std::exception&) {
    res.status = 503;
    res.set_content(R"({"status":"unavailable"})", kJsonType);
  }
}

std::optional<std::int64_t> ready_listings(const std::string& index_root) {
  try {
    // The Searcher answers a missing index as an empty one: ask the layout first.
    if (!current_generation(index_root)) return std::nullopt;
    return thread_searcher(index_root).size();
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

void handle_ready(const HandlerContext& c, httplib::Response& res) {
  if (const auto n = ready_listings(c.index_root)) {
    res.set_content(R"({"status":"ready","listings":)" + std::to_string(*n) + "}", kJsonType);
  } else {
    res.status = 503;
    res.set_content(R"({"status":"not ready"})", kJsonType);
  }
}

void handle_metrics(const HandlerContext& c, httplib::Response& res) {
  std::string body = c.metrics->render();
  const auto listings = ready_listings(c.index_root);
  body +=
      "# HELP tarjotin_index_ready 1 when an index exists and opens.\n"
      "# TYPE tarjotin_index_ready gauge\n"
      "tarjotin_index_ready " + std::string(listings ? "1" : "0") + "\n";
  if (listings) {
    body +=
        "# HELP tarjotin_index_listings Listings (documents) in the index.\n"
        "# TYPE tarjotin_index_listings gauge\n"
        "tarjotin_index_listings " + std::to_string(*listings) + "\n";
  }
  if (c.extra_metrics) {
    std::string extra;
    bool ok = true;
    try {
      extra = c.extra_metrics();
    } catch (...) {
      ok = false;
    }
    if (!extra.empty() && extra.back() != '\n') extra += '\n';
    body +=
        "# HELP tarjotin_extra_metrics_up 0 when the application's metrics hook failed at this scrape.\n"
        "# TYPE tarjotin_extra_metrics_up gauge\n"
        "tarjotin_extra_metrics_up " + std::string(ok ? "1" : "0") + "\n" + extra;
  }
  res.set_content(body, kMetricsType);
}

void handle_openapi(httplib::Response& res) {
  const std::string_view doc = openapi_json();
  res.set_content(doc.data(), doc.size(), kJsonType);
}

}  // namespace tarjotin
