#include "api/server.h"

#include <httplib.h>

#include <cstdio>
#include <map>

#include "api/response_json.h"
#include "api/search_params.h"
#include "index/searcher.h"
#include "model/time.h"
#include "tarjotin/version.h"

namespace tarjotin {
namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

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
  InFlight(std::atomic<int>& counter) : counter_(counter) { ++counter_; }
  ~InFlight() { --counter_; }
  int value() const { return counter_.load(); }

 private:
  std::atomic<int>& counter_;
};

}  // namespace

struct ApiServer::Impl {
  httplib::Server http;
  std::atomic<int> searches_in_flight{0};
};

ApiServer::ApiServer(ApiOptions options) : impl_(std::make_unique<Impl>()), options_(std::move(options)) {
  httplib::Server& http = impl_->http;
  const int threads = options_.worker_threads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  http.set_keep_alive_max_count(100);
  http.set_keep_alive_timeout(options_.keep_alive_seconds);
  http.set_read_timeout(5, 0);
  http.set_write_timeout(5, 0);
  http.set_payload_max_length(64 * 1024);
  http.set_default_headers({{"Access-Control-Allow-Origin", "*"}, {"X-Content-Type-Options", "nosniff"}});

  // Compressed request bodies bypass the payload limit in this httplib; nothing
  // here takes a body, so refuse them before they are read.
  http.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    if (req.has_header("Content-Encoding")) {
      res.status = 415;
      res.set_content(error_json("compressed request bodies are not accepted"), kJson);
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  // Never leak exception text (httplib would put it in a header).
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content(error_json("internal error"), kJson);
  });
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    res.set_content(error_json(res.status == 404 ? "no such resource; see /v1/search, /v1/listings/{id}, /health"
                                                 : "request failed"),
                    kJson);
  });
  if (options_.access_log) {
    http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::fprintf(stderr, "%s %s %d\n", req.method.c_str(), req.target.c_str(), res.status);
    });
  }

  const std::string root = options_.index_root;
  const int max_in_flight = options_.max_concurrent_searches;
  Impl* impl = impl_.get();

  http.Get("/v1/search", [root, max_in_flight, impl](const httplib::Request& req, httplib::Response& res) {
    auto parsed = parse_search_params(query_params(req), now_utc());
    if (auto* error = std::get_if<ParamError>(&parsed)) {
      res.status = 400;
      res.set_content(param_error_json(*error), kJson);
      return;
    }
    InFlight in_flight(impl->searches_in_flight);
    if (in_flight.value() > max_in_flight) {
      res.status = 503;
      res.set_header("Retry-After", "1");
      res.set_content(error_json("too many searches at once; try again in a moment"), kJson);
      return;
    }
    const SearchRequest& request = std::get<SearchRequest>(parsed);
    try {
      SearchResponse response = thread_searcher(root).search(request);
      res.set_content(search_response_json(request, response), kJson);
    } catch (const std::exception&) {
      res.status = 503;
      res.set_content(error_json("the search index is not available right now"), kJson);
    }
  });

  http.Get(R"(/v1/listings/(.+))", [root](const httplib::Request& req, httplib::Response& res) {
    const std::string id = req.matches[1];
    std::optional<Listing> listing;
    try {
      listing = thread_searcher(root).get(id);
    } catch (const std::exception&) {
      res.status = 503;
      res.set_content(error_json("the search index is not available right now"), kJson);
      return;
    }
    if (!listing) {
      res.status = 404;
      res.set_content(error_json("no listing with id '" + id + "'"), kJson);
      return;
    }
    res.set_content(listing_json_body(*listing), kJson);
  });

  auto sources_json = options_.sources_json;
  http.Get("/v1/sources", [sources_json](const httplib::Request&, httplib::Response& res) {
    try {
      res.set_content(sources_json ? sources_json() : R"({"sources":[]})", kJson);
    } catch (const std::exception&) {
      res.status = 503;
      res.set_content(error_json("source status is not available right now"), kJson);
    }
  });

  http.Get("/health", [root](const httplib::Request&, httplib::Response& res) {
    try {
      const auto n = thread_searcher(root).size();
      res.set_content(R"({"status":"ok","listings":)" + std::to_string(n) + R"(,"version":")" TARJOTIN_VERSION "\"}",
                      kJson);
    } catch (const std::exception&) {
      res.status = 503;
      res.set_content(R"({"status":"unavailable"})", kJson);
    }
  });
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

}  // namespace tarjotin
