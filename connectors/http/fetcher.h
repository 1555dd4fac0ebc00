#pragma once
// Fetcher: gets one URL's body, the only place connectors touch the network.
//
// - http(s):// through libcurl: connect and total timeouts, gzip/deflate accepted
//   and decoded, a User-Agent naming tarjotin and its version, redirects followed
//   (at most 5), a cap on the body size. Retries with exponential backoff
//   (backoff_base_ms * 2^attempt, capped at max_backoff_ms) on timeouts,
//   connection errors, 5xx and 429; a 429 or 503 with Retry-After (seconds) waits
//   that long instead, capped at max_retry_after_seconds. Other 4xx are not retried.
// - file:///abs/path and file://relative/path (relative to FetchOptions::base_dir)
//   and plain paths read a local file.
//
// - FetchOptions::cancel, when set to true from another thread, ends the
//   transfer in progress (checked by libcurl's progress callback several times
//   a second), cuts a retry's wait short, and makes every later get() fail at
//   once: a stopping `serve` does not wait for a slow feed.
//
// Thread-compatible: one Fetcher per thread. A Fetcher never throws.

#include <atomic>
#include <cstddef>
#include <memory>
#include <string>

namespace tarjotin {

struct FetchOptions {
  long connect_timeout_ms = 10'000;
  long total_timeout_ms = 60'000;
  int max_retries = 4;                  // retries after the first attempt
  long backoff_base_ms = 1'000;
  long max_backoff_ms = 30'000;
  long max_retry_after_seconds = 120;
  std::size_t max_body_bytes = 32u << 20;
  std::string base_dir;                 // for relative file:// URLs and plain paths
  // Shared by the copies of these options; nullptr: never cancelled.
  std::shared_ptr<const std::atomic<bool>> cancel;
};

// The error text of a fetch given up because FetchOptions::cancel was set.
std::string cancelled_message(const std::string& url);

// A response's validators, for conditional requests: sent back as
// If-None-Match / If-Modified-Since, they let a server answer 304 Not Modified.
struct Validators {
  std::string etag;
  std::string last_modified;
  bool empty() const { return etag.empty() && last_modified.empty(); }
};

struct FetchResult {
  bool ok = false;          // a 2xx (or a readable file) with a body within the size limit, or a 304
  bool not_modified = false;  // a 304 to a conditional request: ok, and the body is empty
  long status = 0;          // HTTP status; 0 when no response (connection error, timeout) or a file
  std::string body;
  std::string error;        // human-readable, names the URL's problem; empty when ok
  int attempts = 0;
  Validators validators;    // of a 2xx response, when the server sent them
};

class Fetcher {
 public:
  explicit Fetcher(FetchOptions options);
  ~Fetcher();
  Fetcher(const Fetcher&) = delete;
  Fetcher& operator=(const Fetcher&) = delete;

  // With `known` validators (from an earlier response of the same URL) the
  // request is conditional. Local files ignore them.
  FetchResult get(const std::string& url, const Validators& known = {});

  const FetchOptions& options() const { return options_; }

 private:
  FetchOptions options_;
  void* curl_ = nullptr;  // CURL*, reused between requests for connection reuse
};

// "tarjotin/<version> (+https://github.com/tarjotin)"
std::string user_agent();

// Resolves `ref` (e.g. a `next` link, maybe relative) against the URL of the page it came from.
std::string resolve_url(const std::string& base, const std::string& ref);

}  // namespace tarjotin
