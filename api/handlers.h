#pragma once
// The route handlers of ApiServer, one small function each: read the request,
// call one service (Searcher, a hook), render the body. What every route shares
// (ETag, gzip, CORS, metrics, access log) is api/server.cpp's job, not theirs.
//
// Threading: called on httplib's worker threads, many at once; each thread
// keeps its own Searcher per index root.

#include <httplib.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "api/metrics.h"
#include "api/search_params.h"
#include "index/searcher.h"
#include "index/suggest.h"

namespace tarjotin {

// What the handler of one request tells the access log.
struct RequestNotes {
  std::optional<std::int64_t> results;  // hits on the page returned
  std::optional<std::int64_t> total;    // all matches
};

// What the handlers need from the server; outlives every request.
struct HandlerContext {
  std::string index_root;
  int max_concurrent_searches = 64;
  std::atomic<int>* searches_in_flight = nullptr;
  std::function<std::string()> sources_json;   // may be unset
  std::function<std::string()> extra_metrics;  // may be unset
  std::function<std::string()> not_ready_reason;  // may be unset
  // Vocabulary labels for GET /v1/suggest, ahead of listing names; may be unset.
  std::function<std::vector<Suggestion>(const SuggestRequest&)> label_suggestions;
  std::string vocabulary_json;  // empty: no vocabulary
  const HttpMetrics* metrics = nullptr;
};

extern const char* const kJsonType;     // "application/json; charset=utf-8"
extern const char* const kMetricsType;  // "text/plain; version=0.0.4; charset=utf-8"

void handle_search(const HandlerContext& c, const httplib::Request& req, httplib::Response& res, RequestNotes& notes);
void handle_suggest(const HandlerContext& c, const httplib::Request& req, httplib::Response& res, RequestNotes& notes);
void handle_listing(const HandlerContext& c, const httplib::Request& req, httplib::Response& res);
void handle_sources(const HandlerContext& c, httplib::Response& res);
void handle_vocabulary(const HandlerContext& c, httplib::Response& res);
void handle_health(const HandlerContext& c, httplib::Response& res);
void handle_ready(const HandlerContext& c, httplib::Response& res);
void handle_metrics(const HandlerContext& c, httplib::Response& res);
void handle_openapi(httplib::Response& res);

// ---- for the handlers of other files (api/hsds/hsds_handlers.h) ----

// This thread's Searcher of `index_root`.
Searcher& thread_searcher(const std::string& index_root);

// The query string as the parsers take it.
QueryParams query_params(const httplib::Request& req);

// 400 with the error body.
void send_param_error(httplib::Response& res, const ParamError& error);

// 503: the index cannot be read.
void send_index_unavailable(httplib::Response& res);

// Holds one of HandlerContext::max_concurrent_searches while alive. When
// there were already that many, admitted() is false and a 503 with
// Retry-After has been answered: return at once.
class SearchSlot {
 public:
  SearchSlot(const HandlerContext& c, httplib::Response& res);
  ~SearchSlot();
  SearchSlot(const SearchSlot&) = delete;
  SearchSlot& operator=(const SearchSlot&) = delete;
  bool admitted() const { return admitted_; }

 private:
  std::atomic<int>& counter_;
  bool admitted_ = true;
};

// Number of listings when an index exists and opens; nullopt otherwise.
std::optional<std::int64_t> ready_listings(const std::string& index_root);

}  // namespace tarjotin
