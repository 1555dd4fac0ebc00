#include "api/metrics.h"

#include <cstdio>

namespace tarjotin {
namespace {

std::string format_number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

std::string labels(const std::string& route, const std::string& method, int status) {
  return "route=\"" + escape_label_value(route) + "\",method=\"" + escape_label_value(method) + "\",status=\"" +
         std::to_string(status) + "\"";
}

}  // namespace

void HttpMetrics::record(const std::string& route, const std::string& method, int status, double seconds) {
  if (seconds < 0) seconds = 0;
  std::lock_guard<std::mutex> lock(mutex_);
  Series& s = series_[Key{route, metric_method(method), status}];
  ++s.count;
  s.sum += seconds;
  for (size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++s.buckets[i];
      break;
    }
  }
}

std::string HttpMetrics::render() const {
  std::map<Key, Series> snapshot;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    snapshot = series_;
  }
  std::string out =
      "# HELP tarjotin_http_requests_total HTTP requests answered, by route template, method and status.\n"
      "# TYPE tarjotin_http_requests_total counter\n";
  for (const auto& [key, s] : snapshot) {
    const auto& [route, method, status] = key;
    out += "tarjotin_http_requests_total{" + labels(route, method, status) + "} " + std::to_string(s.count) + "\n";
  }
  out +=
      "# HELP tarjotin_http_request_duration_seconds Time from routing a request to its response being ready.\n"
      "# TYPE tarjotin_http_request_duration_seconds histogram\n";
  for (const auto& [key, s] : snapshot) {
    const auto& [route, method, status] = key;
    const std::string l = labels(route, method, status);
    std::uint64_t cumulative = 0;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
      cumulative += s.buckets[i];
      out += "tarjotin_http_request_duration_seconds_bucket{" + l + ",le=\"" + format_number(kBuckets[i]) + "\"} " +
             std::to_string(cumulative) + "\n";
    }
    out += "tarjotin_http_request_duration_seconds_bucket{" + l + ",le=\"+Inf\"} " + std::to_string(s.count) + "\n";
    out += "tarjotin_http_request_duration_seconds_sum{" + l + "} " + format_number(s.sum) + "\n";
    out += "tarjotin_http_request_duration_seconds_count{" + l + "} " + std::to_string(s.count) + "\n";
  }
  return out;
}

std::string metric_method(const std::string& method) {
  for (const char* known : {"GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"})
    if (method == known) return method;
  return "OTHER";
}

std::string escape_label_value(const std::string& value) {
  std::string out;
  for (char c : value) {
    if (c == '\\') out += "\\\\";
    else if (c == '"') out += "\\\"";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

}  // namespace tarjotin
