#pragma once
// ApiServer: the HTTP face of tarjotin (cpp-httplib). Read-only: it answers
// from the Xapian index under index_root and never touches feeds or the store.
//
//   GET /v1/search          faceted search (parameters: api/search_params.h)
//   GET /v1/listings/{id}   one full normalised listing, 404 JSON if unknown
//   GET /health             {"status":"ok","listings":N,"version":...}
//   GET /v1/sources         the feeds' sync status, as ApiOptions::sources_json gives it
//
// Every bad parameter is a 400 with a JSON body naming it; no user input
// causes a 500. Each worker thread keeps its own Searcher (Xapian::Database),
// which reopens by itself when the index changes or is swapped.
//
// Threading: start() blocks in the calling thread until stop() is called from
// another thread (or a signal handler thread).

#include <atomic>
#include <functional>
#include <memory>
#include <string>

namespace tarjotin {

struct ApiOptions {
  std::string index_root;
  std::string host = "127.0.0.1";
  int port = 8080;                 // 0 = any free port (see bound_port())
  int worker_threads = 16;
  int keep_alive_seconds = 2;      // an idle keep-alive connection pins a worker this long
  int max_concurrent_searches = 64;  // beyond this, 503 fast instead of queueing without bound
  bool access_log = false;         // one line per request on stderr
  // Body of GET /v1/sources; called on worker threads, so it must be
  // thread-safe. Unset: the route answers {"sources": []}.
  std::function<std::string()> sources_json;
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

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  ApiOptions options_;
  int bound_port_ = 0;
};

}  // namespace tarjotin
