#pragma once
// Limits on what one request may be, and on how often one client address may
// ask, checked before any route runs (ApiServer's pre-routing hook). Each
// refusal is JSON naming the limit and its maximum:
//
//   {"error": {"limit": "requests_per_second", "maximum": 20,
//              "message": "too many requests from your address ..."}}
//
//   414 uri_bytes        the request target (path + query) is longer than max_uri_bytes
//   431 header_bytes     the header fields together are larger than max_header_bytes
//   431 header_count     more header fields than max_headers
//   429 requests_per_second  the client address has used its burst; Retry-After says
//                        when the next request would be allowed
//
// cpp-httplib 0.11 refuses earlier, by itself, what it cannot read at all: a
// request line over 8192 bytes (414) and a header line it cannot parse or over
// 8192 bytes (400). Those answers are JSON too (describe_http_error()).
// Thread-safe: RequestGuard only reads its limits and uses a thread-safe
// RateLimiter.

#include <httplib.h>

#include <memory>
#include <string>

#include "api/rate_limiter.h"

namespace tarjotin {

struct RequestLimits {
  std::size_t max_uri_bytes = 4096;
  std::size_t max_header_bytes = 16 * 1024;
  std::size_t max_headers = 64;
  double requests_per_second = 0;  // per client address; 0 = no limit
  double burst = 0;                // requests a client may make at once
};

// {"error": {"limit": ..., "maximum": ..., "message": ...}}
std::string limit_error_json(const std::string& limit, long long maximum, const std::string& message);

class RequestGuard {
 public:
  explicit RequestGuard(const RequestLimits& limits);

  // Answers 414 / 431 / 429 when `req` is over a limit; true then. /health,
  // /ready and /metrics are never rate-limited (probes and scrapers must get
  // through), but the size limits hold for them too.
  bool refuse(const httplib::Request& req, httplib::Response& res, double now_seconds);

 private:
  RequestLimits limits_;
  std::unique_ptr<RateLimiter> per_address_;
};

// The error handler's body for an error answered without a route (httplib's
// own 400 / 413 / 414, or a 404 for an unknown path): says what was wrong and,
// for a limit, its maximum. `payload_max` is the body limit in bytes.
void describe_http_error(httplib::Response& res, std::size_t payload_max);

}  // namespace tarjotin
