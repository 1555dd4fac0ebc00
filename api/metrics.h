#pragma once
// HttpMetrics: request counts and latency histograms per route template,
// method and status, rendered in the Prometheus text exposition format 0.0.4.
//
// Labels are bounded on purpose: `route` is a template the server registered
// ("/v1/listings/{id}") or "other", `method` one of the HTTP methods the
// server knows or "OTHER"; a client cannot grow the series without limit.
//
// Threading: every method may be called from any thread at once.

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace tarjotin {

class HttpMetrics {
 public:
  // Upper bounds (seconds) of the latency histogram buckets, below +Inf.
  static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                      0.1,   0.25,   0.5,   1,    2.5,   5};

  void record(const std::string& route, const std::string& method, int status, double seconds);

  // "# HELP"/"# TYPE" and samples of tarjotin_http_requests_total and
  // tarjotin_http_request_duration_seconds; empty families when nothing was recorded.
  std::string render() const;

 private:
  struct Series {
    std::uint64_t count = 0;
    double sum = 0;
    std::array<std::uint64_t, kBuckets.size()> buckets{};  // not cumulative
  };
  using Key = std::tuple<std::string, std::string, int>;  // route, method, status

  mutable std::mutex mutex_;
  std::map<Key, Series> series_;
};

// `method` if it is one of GET HEAD OPTIONS POST PUT DELETE PATCH, else "OTHER".
std::string metric_method(const std::string& method);

// A label value with \ " and newline escaped as the text format requires.
std::string escape_label_value(const std::string& value);

}  // namespace tarjotin
