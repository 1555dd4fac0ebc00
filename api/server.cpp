#include "api/server.h"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <regex>

#include "api/access_log.h"
#include "api/admin_handlers.h"
#include "api/connection_queue.h"
#include "api/etag.h"
#include "api/gzip_body.h"
#include "api/handlers.h"
#include "api/hsds/hsds_handlers.h"
#include "api/metrics.h"
#include "api/request_limits.h"
#include "api/response_json.h"
#include "api/security_headers.h"
#include "api/shortlist_handlers.h"
#include "api/static_files.h"
#include "model/time.h"

namespace tarjotin {
namespace {

using Clock = std::chrono::steady_clock;

// The request a worker thread is serving. httplib runs routing, the handler
// and the post-routing hook of one request on one thread, one request at a
// time, so a thread_local carries what the hooks learn along the way.
struct CurrentRequest {
  bool active = false;      // set by the pre-routing hook; httplib's own 400s skip it
  Clock::time_point start;
  std::int64_t arrived = 0;  // UTC seconds
  std::string route = "other";
  RequestNotes notes;
};
thread_local CurrentRequest t_request;

constexpr const char* kPreflightHeaders = "Accept, Accept-Language, Cache-Control, If-None-Match";

void erase_header(httplib::Response& res, const char* name) { res.headers.erase(name); }

// A 200 becomes a validator-bearing response, or a 304 when the client has it.
void add_etag(const httplib::Request& req, httplib::Response& res) {
  if (res.status != -1 && res.status != 200) return;  // -1: httplib makes it 200
  const std::string etag = weak_etag(res.body);
  res.set_header("ETag", etag);
  res.set_header("Cache-Control", "no-cache");
  res.set_header("Vary", "Accept-Encoding");
  if (!if_none_match_matches(req.get_header_value("If-None-Match"), etag)) return;
  res.status = 304;
  res.body.clear();
  erase_header(res, "Content-Type");
  // httplib still sends "Content-Length: 0": its own client waits for the
  // connection to close on a 304 without one.
}

// Runs after httplib has applied its own compression (only to
// "application/json" exactly and text/*), so nothing is compressed twice.
void gzip_if_worth_it(const httplib::Request& req, httplib::Response& res) {
  if (res.status != 200 || res.body.size() <= kGzipMinBytes || res.has_header("Content-Encoding")) return;
  if (!accepts_gzip(req.get_header_value("Accept-Encoding"))) return;
  std::optional<std::string> gz = gzip_compress(res.body);
  if (!gz || gz->size() >= res.body.size()) return;
  res.body = std::move(*gz);
  erase_header(res, "Content-Length");
  res.set_header("Content-Length", std::to_string(res.body.size()));
  res.set_header("Content-Encoding", "gzip");
}

void preflight(const std::string& origin, httplib::Response& res) {
  res.status = 204;
  res.set_header("Allow", "GET, HEAD, OPTIONS");
  if (origin.empty()) return;
  res.set_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
  res.set_header("Access-Control-Allow-Headers", kPreflightHeaders);
  res.set_header("Access-Control-Max-Age", "86400");
}

}  // namespace

struct ApiServer::Impl {
  httplib::Server http;
  std::atomic<int> searches_in_flight{0};
  HttpMetrics metrics;
  HandlerContext context;
  ShortlistContext shortlists;
  std::unique_ptr<RateLimiter> shortlist_creates;
  std::unique_ptr<RequestGuard> guard;
  AdminContext admin;
  std::vector<std::pair<std::regex, std::string>> templates;  // pattern -> path template
  std::vector<ApiRoute> routes;

  std::string route_template(const std::string& path) const {
    for (const auto& [pattern, name] : templates)
      if (std::regex_match(path, pattern)) return name;
    return "other";
  }

  // GET (and so HEAD) plus the CORS preflight for one path template.
  template <typename Handler>
  void add_route(const std::string& path, const std::string& pattern, const std::string& origin, Handler handler) {
    templates.emplace_back(std::regex(pattern), path);
    routes.push_back({"GET", path});
    routes.push_back({"OPTIONS", path});
    http.Get(pattern, [handler](const httplib::Request& req, httplib::Response& res) {
      handler(req, res, t_request.notes);
      add_etag(req, res);
    });
    http.Options(pattern, [origin](const httplib::Request&, httplib::Response& res) { preflight(origin, res); });
  }

  // GET (and HEAD) only: pages and files, no CORS preflight.
  template <typename Handler>
  void add_page_route(const std::string& path, const std::string& pattern, Handler handler) {
    templates.emplace_back(std::regex(pattern), path);
    routes.push_back({"GET", path});
    http.Get(pattern, [handler](const httplib::Request& req, httplib::Response& res) {
      handler(req, res);
      add_etag(req, res);
    });
  }

  // POST plus its CORS preflight (which allows a JSON Content-Type).
  template <typename Handler>
  void add_post_route(const std::string& path, const std::string& pattern, const std::string& origin, Handler handler) {
    templates.emplace_back(std::regex(pattern), path);
    routes.push_back({"POST", path});
    routes.push_back({"OPTIONS", path});
    http.Post(pattern, handler);
    http.Options(pattern, [origin](const httplib::Request&, httplib::Response& res) {
      res.status = 204;
      res.set_header("Allow", "POST, OPTIONS");
      if (origin.empty()) return;
      res.set_header("Access-Control-Allow-Methods", "POST, OPTIONS");
      res.set_header("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Type");
      res.set_header("Access-Control-Max-Age", "86400");
    });
  }

  // Metrics and access log of the request just answered.
  void record(const httplib::Request& req, const httplib::Response& res, bool access_log) {
    CurrentRequest done = std::move(t_request);
    t_request = CurrentRequest();
    const double seconds = done.active ? std::chrono::duration<double>(Clock::now() - done.start).count() : 0;
    metrics.record(done.route, req.method, res.status, seconds);
    if (!access_log) return;
    AccessLogEntry entry;
    entry.time = done.active ? done.arrived : now_utc();
    entry.method = req.method;
    entry.path = req.path;
    if (req.has_param("q")) entry.q = req.get_param_value("q");
    entry.status = res.status;
    entry.duration_ms = seconds * 1000;
    entry.results = done.notes.results;
    entry.total = done.notes.total;
    const std::string line = access_log_line(entry);
    std::fwrite(line.data(), 1, line.size(), stderr);  // one write: lines of threads do not interleave
  }
};

ApiServer::ApiServer(ApiOptions options) : impl_(std::make_unique<Impl>()), options_(std::move(options)) {
  httplib::Server& http = impl_->http;
  Impl* impl = impl_.get();
  const int threads = options_.worker_threads;
  const int max_connections = options_.max_connections;
  http.new_task_queue = [threads, max_connections] { return new ConnectionQueue(threads, max_connections); };
  // Without TCP_NODELAY a keep-alive response that is written in two parts
  // (headers, body) waits ~40 ms for the client's delayed ACK (Nagle). Set on
  // the listening socket; Linux hands it to every accepted socket.
  http.set_tcp_nodelay(true);
  http.set_keep_alive_max_count(100);
  http.set_keep_alive_timeout(options_.keep_alive_seconds);
  http.set_read_timeout(options_.read_timeout_seconds, 0);
  http.set_write_timeout(options_.write_timeout_seconds, 0);
  http.set_payload_max_length(options_.max_body_bytes);
  RequestLimits limits;
  limits.max_uri_bytes = options_.max_uri_bytes;
  limits.max_header_bytes = options_.max_header_bytes;
  limits.max_headers = options_.max_headers;
  limits.requests_per_second = options_.requests_per_second;
  limits.burst = options_.rate_limit_burst;
  impl->guard = std::make_unique<RequestGuard>(limits);
  const int connection_limit = std::max(threads, max_connections);
  httplib::Headers headers = {{"X-Content-Type-Options", "nosniff"}};
  if (!options_.cors_origin.empty()) {
    headers.emplace("Access-Control-Allow-Origin", options_.cors_origin);
    headers.emplace("Access-Control-Expose-Headers", "ETag, Retry-After");
  }
  http.set_default_headers(headers);

  http.set_pre_routing_handler([impl, connection_limit](const httplib::Request& req, httplib::Response& res) {
    t_request = CurrentRequest();
    t_request.active = true;
    t_request.start = Clock::now();
    t_request.arrived = now_utc();
    t_request.route = impl->route_template(req.path);
    if (ConnectionQueue::over_limit()) {
      res.status = 503;
      res.set_header("Retry-After", "1");
      res.set_content(limit_error_json("connections", connection_limit,
                                       "the server has too many connections open; try again in a moment"),
                      kJsonType);
      return httplib::Server::HandlerResponse::Handled;
    }
    if (impl->guard->refuse(req, res, std::chrono::duration<double>(Clock::now().time_since_epoch()).count()))
      return httplib::Server::HandlerResponse::Handled;
    // Compressed request bodies bypass the payload limit in this httplib;
    // no route takes a compressed body, so refuse them before they are read.
    if (req.has_header("Content-Encoding")) {
      res.status = 415;
      res.set_content(error_json("compressed request bodies are not accepted"), kJsonType);
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  const bool access_log = options_.access_log;
  const std::string frame_ancestors = options_.frame_ancestors;
  http.set_post_routing_handler([impl, access_log, frame_ancestors](const httplib::Request& req,
                                                                    httplib::Response& res) {
    add_html_security_headers(res, frame_ancestors);
    gzip_if_worth_it(req, res);
    impl->record(req, res, access_log);
  });
  // Never leak exception text (httplib would put it in a header).
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content(error_json("internal error"), kJsonType);
  });
  const std::size_t payload_max = options_.max_body_bytes;
  http.set_error_handler([payload_max](const httplib::Request&, httplib::Response& res) {
    describe_http_error(res, payload_max);
  });

  HandlerContext& c = impl->context;
  c.index_root = options_.index_root;
  c.max_concurrent_searches = options_.max_concurrent_searches;
  c.searches_in_flight = &impl->searches_in_flight;
  c.sources_json = options_.sources_json;
  c.extra_metrics = options_.extra_metrics;
  c.not_ready_reason = options_.not_ready_reason;
  c.label_suggestions = options_.label_suggestions;
  c.vocabulary_json = options_.vocabulary_json;
  c.metrics = &impl->metrics;

  using Req = httplib::Request;
  using Res = httplib::Response;
  const std::string& origin = options_.cors_origin;
  impl->add_route("/v1/search", "/v1/search", origin,
                  [&c](const Req& req, Res& res, RequestNotes& notes) { handle_search(c, req, res, notes); });
  impl->add_route("/v1/suggest", "/v1/suggest", origin,
                  [&c](const Req& req, Res& res, RequestNotes& notes) { handle_suggest(c, req, res, notes); });
  impl->add_route("/v1/listings/{id}", R"(/v1/listings/(.+))", origin,
                  [&c](const Req& req, Res& res, RequestNotes&) { handle_listing(c, req, res); });
  impl->add_route("/v1/sources", "/v1/sources", origin,
                  [&c](const Req&, Res& res, RequestNotes&) { handle_sources(c, res); });
  impl->add_route("/v1/vocabulary", "/v1/vocabulary", origin,
                  [&c](const Req&, Res& res, RequestNotes&) { handle_vocabulary(c, res); });
  impl->add_route("/health", "/health", origin, [&c](const Req&, Res& res, RequestNotes&) { handle_health(c, res); });
  impl->add_route("/ready", "/ready", origin, [&c](const Req&, Res& res, RequestNotes&) { handle_ready(c, res); });
  impl->add_route("/metrics", "/metrics", origin,
                  [&c](const Req&, Res& res, RequestNotes&) { handle_metrics(c, res); });
  impl->add_route("/openapi.json", "/openapi\\.json", origin,
                  [](const Req&, Res& res, RequestNotes&) { handle_openapi(res); });
  ShortlistContext& sc = impl->shortlists;
  impl->shortlist_creates = std::make_unique<RateLimiter>(options_.shortlist_creates_per_hour);
  sc.index_root = options_.index_root;
  sc.book = options_.shortlists;
  sc.expiry_days = options_.shortlist_expiry_days;
  sc.creates = impl->shortlist_creates.get();
  impl->add_post_route("/v1/shortlists", "/v1/shortlists", origin,
                       [&sc](const Req& req, Res& res) { handle_create_shortlist(sc, req, res); });
  impl->add_route("/v1/shortlists/{id}", R"(/v1/shortlists/([^/]+))", origin,
                  [&sc](const Req& req, Res& res, RequestNotes&) { handle_get_shortlist(sc, req, res); });
  impl->add_page_route("/s/{id}", R"(/s/([^/]+))", [&sc](const Req& req, Res& res) { handle_shortlist_page(sc, req, res); });
  const std::string web_dir = options_.web_dir;
  impl->add_page_route("/", "/", [web_dir](const Req&, Res& res) { handle_static_file(web_dir, "index.html", res); });
  impl->add_page_route("/embed.js", R"(/embed\.js)",
                       [web_dir](const Req&, Res& res) { handle_static_file(web_dir, "embed.js", res); });
  impl->add_page_route("/web/{file}", R"(/web/([^/]+))",
                       [web_dir](const Req& req, Res& res) { handle_static_file(web_dir, req.matches[1], res); });
  // Admin actions: POST only, no CORS preflight (browsers of other sites have no business here).
  impl->admin.token = options_.admin_token;
  impl->admin.action = options_.admin_action;
  for (const char* action : {"sync", "reindex"}) {
    const std::string path = std::string("/admin/") + action;
    impl->templates.emplace_back(std::regex(path), path);
    impl->routes.push_back({"POST", path});
    const AdminContext& admin = impl->admin;
    http.Post(path, [&admin, action](const Req& req, Res& res) { handle_admin(admin, action, req, res); });
  }
  for (const hsds::HsdsRoute& route : hsds::hsds_routes())
    impl->add_route(route.path, route.pattern, origin,
                    [&c, &route](const Req& req, Res& res, RequestNotes& notes) { route.handle(c, req, res, notes); });
}

ApiServer::~ApiServer() { stop(); }

bool ApiServer::bind(std::string* error) {
  if (options_.port == 0) {
    bound_port_ = impl_->http.bind_to_any_port(options_.host.c_str());
  } else {
    bound_port_ = impl_->http.bind_to_port(options_.host.c_str(), options_.port) ? options_.port : -1;
  }
  if (bound_port_ <= 0) {
    if (error) *error = "cannot listen on " + options_.host + ":" + std::to_string(options_.port) + " (in use or not a local address)";
    return false;
  }
  return true;
}

void ApiServer::serve() { impl_->http.listen_after_bind(); }

void ApiServer::stop() {
  if (impl_->http.is_running()) impl_->http.stop();
}

bool ApiServer::running() const { return impl_->http.is_running(); }

std::vector<ApiRoute> ApiServer::routes() const { return impl_->routes; }

}  // namespace tarjotin
