#pragma once
// ApiServer: the HTTP face of tarjotin (cpp-httplib). Read-only: it answers
// from the Xapian index under index_root and never touches feeds or the store.
//
//   GET /v1/search          faceted search (parameters: api/search_params.h)
//   GET /v1/suggest         type-ahead over listing names (api/suggest_params.h,
//                           index/suggest.h), after ApiOptions::label_suggestions
//   GET /v1/listings/{id}   one full normalised listing, 404 JSON if unknown
//   GET /v1/sources         the feeds' sync status, as ApiOptions::sources_json gives it
//   GET /v1/vocabulary      the controlled vocabulary, ApiOptions::vocabulary_json
//   GET /health             liveness: {"status":"ok","listings":N,"version":...}
//   GET /ready              readiness: 200 {"status":"ready","listings":N} once an
//                           index exists and opens, else 503 {"status":"not ready"}
//   GET /metrics            Prometheus text: requests and latency per route
//                           template and status, index size, ApiOptions::extra_metrics
//   GET /openapi.json       the OpenAPI 3.1 description of all of this (api/openapi.json)
//   POST /v1/shortlists, GET /v1/shortlists/{id}, GET /s/{id}
//                           counsellors' shortlists (api/shortlist_handlers.h),
//                           kept by ApiOptions::shortlists
//   GET /, /embed.js, /web/{file}
//                           the search page and the widget, files of
//                           ApiOptions::web_dir (api/static_files.h)
//   POST /admin/sync, POST /admin/reindex
//                           operator actions behind ApiOptions::admin_token
//                           (api/admin_handlers.h)
//   GET /hsds/...           the catalogue as Open Referral HSDS 3.0: services,
//                           service_at_locations, organizations, taxonomies,
//                           taxonomy_terms, each as a list and by {id}, and
//                           /hsds/ itself (api/hsds/hsds_handlers.h)
//
// Every bad parameter is a 400 with a JSON body naming it; no user input
// causes a 500. Each worker thread keeps its own Searcher (Xapian::Database),
// which reopens by itself when the index changes or is swapped.
//
// HTTP behaviour common to every route:
// - 200 answers to GET/HEAD carry a weak ETag over the body (api/etag.h) and
//   Cache-Control: no-cache; a matching If-None-Match gets 304 with no body.
// - Bodies over kGzipMinBytes are gzip-compressed when Accept-Encoding allows
//   (api/gzip_body.h); Vary: Accept-Encoding.
// - CORS: Access-Control-Allow-Origin: ApiOptions::cors_origin on every
//   response, and OPTIONS (preflight) on every route answers 204.
// - Requests with a Content-Encoding are refused with 415 before any body is read.
// - Limits on request size, connections and requests per client address are
//   checked before any route (api/request_limits.h, api/connection_queue.h).
// - HTML responses carry a Content-Security-Policy without inline script and
//   Referrer-Policy: no-referrer (api/security_headers.h).
//
// Threading: serve() blocks in the calling thread until stop() is called from
// another thread (or a signal handler thread).

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "api/admin_handlers.h"
#include "api/shortlist_book.h"
#include "index/suggest.h"

namespace tarjotin {

struct ApiOptions {
  std::string index_root;
  std::string host = "127.0.0.1";
  int port = 8080;                 // 0 = any free port (see bound_port())
  int worker_threads = 16;
  int keep_alive_seconds = 2;      // an idle keep-alive connection pins a worker this long
  int max_concurrent_searches = 64;  // beyond this, 503 fast instead of queueing without bound
  // Connections open at once (served or waiting for a worker); beyond this a
  // connection is answered 503 at once (api/connection_queue.h).
  int max_connections = 256;
  // Seconds a client may take to send each part of a request (and to read
  // each part of the answer) before its connection is closed.
  int read_timeout_seconds = 5;
  int write_timeout_seconds = 5;
  // Request size limits (api/request_limits.h): 414 / 431 JSON past them.
  std::size_t max_uri_bytes = 4096;
  std::size_t max_header_bytes = 16 * 1024;
  std::size_t max_headers = 64;
  std::size_t max_body_bytes = 64 * 1024;  // 413 past it
  // Per client address, every route but /health, /ready and /metrics: a token
  // bucket of `rate_limit_burst` refilled at `requests_per_second`; 429 with
  // Retry-After past it. 0 = no limit (the default here, for embedding and
  // tests; `tarjotin serve` sets the config's, 20 a second in bursts of 100).
  double requests_per_second = 0;
  double rate_limit_burst = 0;
  // POST /admin/sync and /admin/reindex need "Authorization: Bearer
  // <admin_token>" (api/admin_handlers.h); empty: those routes answer 404.
  std::string admin_token;
  // Does an admin action (the application's; thread-safe). Unset: 503.
  AdminAction admin_action;
  // Who may frame the search page: the CSP frame-ancestors value ("'none'",
  // "'self'" or origins). The shortlist page is never framed.
  std::string frame_ancestors = "'none'";
  // One JSON line per request on stderr (api/access_log.h): method, path
  // without the query string, q, status, duration, result count of searches.
  bool access_log = false;
  // Access-Control-Allow-Origin of every response; empty: no CORS headers at all.
  std::string cors_origin = "*";
  // Body of GET /v1/sources; called on worker threads, so it must be
  // thread-safe. Unset: the route answers {"sources": []}.
  std::function<std::string()> sources_json;
  // Extra lines appended to GET /metrics, for what only the application knows
  // (e.g. tarjotin_source_last_success_age_seconds{source="..."},
  // tarjotin_source_sync_errors_total{source="..."}). It must return complete
  // lines of the Prometheus text format 0.0.4, each family with its own
  // "# HELP"/"# TYPE", names not starting with tarjotin_http_ or tarjotin_index_.
  // Called on a worker thread at every scrape: thread-safe and quick. If it
  // throws, the scrape still answers, with tarjotin_extra_metrics_up 0.
  std::function<std::string()> extra_metrics;
  // Why the node is not ready (e.g. a search node without a complete replica
  // yet, app/replica_follower.h): while it returns non-empty, GET /ready's 503
  // carries it as "reason" and /v1/search, /v1/suggest and /v1/listings/{id}
  // answer 503 (so a load balancer tries another node). Called on worker
  // threads at every such request: thread-safe and quick. Unset: never.
  std::function<std::string()> not_ready_reason;
  // Type-ahead over a vocabulary's labels (e.g. categories in fi/sv/en), the
  // hook for when one exists: GET /v1/suggest lists what it returns first
  // (at most `limit`), then fills up with listing names. Each Suggestion's
  // kind names the dimension ("category", "theme", "target_group"), id its
  // code. Called on worker threads: thread-safe and quick. Unset: names only;
  // if it throws, names only. index/name_words.h has the matching rules.
  std::function<std::vector<Suggestion>(const SuggestRequest&)> label_suggestions;
  // Body of GET /v1/vocabulary (src/vocabulary/vocabulary_json.h gives it),
  // fixed for the server's lifetime. Empty: the route answers 404 JSON
  // saying the server runs without a vocabulary.
  std::string vocabulary_json;
  // Counsellors' shortlists (api/shortlist_book.h): thread-safe. Unset: the
  // shortlist routes answer 503.
  std::shared_ptr<ShortlistBook> shortlists;
  int shortlist_expiry_days = 90;
  // POST /v1/shortlists per client address and hour; 0 = no limit.
  int shortlist_creates_per_hour = 60;
  // Directory of the search page and widget (the project's web/); empty:
  // those routes answer 404.
  std::string web_dir;
};

// One route the server answers: method and path template ("/v1/listings/{id}").
struct ApiRoute {
  std::string method;
  std::string path;
};

class ApiServer {
 public:
  explicit ApiServer(ApiOptions options);
  ~ApiServer();
  ApiServer(const ApiServer&) = delete;
  ApiServer& operator=(const ApiServer&) = delete;

  // Binds the socket. Returns false (with *error) if the address is taken or invalid.
  bool bind(std::string* error);
  // Serves until stop(). REQUIRES: bind() succeeded.
  void serve();
  void stop();
  bool running() const;
  int bound_port() const { return bound_port_; }

  // Every route registered, GET and OPTIONS (HEAD is answered as GET).
  std::vector<ApiRoute> routes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  ApiOptions options_;
  int bound_port_ = 0;
};

}  // namespace tarjotin
