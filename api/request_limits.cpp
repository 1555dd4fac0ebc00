#include "api/request_limits.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>

#include "api/handlers.h"
#include "api/response_json.h"

namespace tarjotin {
namespace {

// httplib 0.11's compiled-in request line limit (CPPHTTPLIB_REQUEST_URI_MAX_LENGTH).
constexpr long long kHttplibUriMax = 8192;

void refuse_with(httplib::Response& res, int status, const std::string& limit, long long maximum,
                 const std::string& message) {
  res.status = status;
  res.set_content(limit_error_json(limit, maximum, message), kJsonType);
}

bool exempt_from_rate_limit(const std::string& path) {
  return path == "/health" || path == "/ready" || path == "/metrics";
}

std::string number(double value) {
  if (value == std::floor(value)) return std::to_string(static_cast<long long>(value));
  std::string s = std::to_string(value);
  while (s.back() == '0') s.pop_back();
  return s;
}

}  // namespace

std::string limit_error_json(const std::string& limit, long long maximum, const std::string& message) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("error");
  w.StartObject();
  w.Key("limit");
  w.String(limit.c_str(), static_cast<rapidjson::SizeType>(limit.size()));
  w.Key("maximum");
  w.Int64(maximum);
  w.Key("message");
  w.String(message.c_str(), static_cast<rapidjson::SizeType>(message.size()));
  w.EndObject();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

RequestGuard::RequestGuard(const RequestLimits& limits) : limits_(limits) {
  if (limits_.requests_per_second > 0)
    per_address_ = std::make_unique<RateLimiter>(limits_.requests_per_second,
                                                 std::max(limits_.burst, limits_.requests_per_second));
}

bool RequestGuard::refuse(const httplib::Request& req, httplib::Response& res, double now) {
  if (req.target.size() > limits_.max_uri_bytes) {
    refuse_with(res, 414, "uri_bytes", static_cast<long long>(limits_.max_uri_bytes),
                "the request target (path and query) is longer than " + std::to_string(limits_.max_uri_bytes) +
                    " bytes");
    return true;
  }
  if (req.headers.size() > limits_.max_headers) {
    refuse_with(res, 431, "header_count", static_cast<long long>(limits_.max_headers),
                "more than " + std::to_string(limits_.max_headers) + " header fields");
    return true;
  }
  std::size_t header_bytes = 0;
  for (const auto& [name, value] : req.headers) {
    if (name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR" || name == "LOCAL_PORT") continue;
    header_bytes += name.size() + value.size() + 4;  // ": " and CRLF
  }
  if (header_bytes > limits_.max_header_bytes) {
    refuse_with(res, 431, "header_bytes", static_cast<long long>(limits_.max_header_bytes),
                "the header fields together are larger than " + std::to_string(limits_.max_header_bytes) + " bytes");
    return true;
  }
  if (!per_address_ || exempt_from_rate_limit(req.path)) return false;
  const int wait = per_address_->acquire(req.remote_addr, now);
  if (wait == 0) return false;
  res.set_header("Retry-After", std::to_string(wait));
  refuse_with(res, 429, "requests_per_second", static_cast<long long>(std::ceil(limits_.requests_per_second)),
              "too many requests from your address: at most " + number(limits_.requests_per_second) +
                  " a second, in bursts of at most " + number(std::max(limits_.burst, limits_.requests_per_second)) +
                  "; try again in " + std::to_string(wait) + " s");
  return true;
}

void describe_http_error(httplib::Response& res, std::size_t payload_max) {
  if (!res.body.empty()) return;
  switch (res.status) {
    case 404:
      return res.set_content(error_json("no such resource; see /openapi.json"), kJsonType);
    case 413:
      return res.set_content(limit_error_json("body_bytes", static_cast<long long>(payload_max),
                                              "the request body is larger than " + std::to_string(payload_max) +
                                                  " bytes"),
                             kJsonType);
    case 414:
      return res.set_content(
          limit_error_json("uri_bytes", kHttplibUriMax,
                           "the request line is longer than " + std::to_string(kHttplibUriMax) + " bytes"),
          kJsonType);
    case 400:
      return res.set_content(error_json("malformed request (request line or a header field that cannot be read, "
                                        "or a header line over 8192 bytes)"),
                             kJsonType);
    default:
      return res.set_content(error_json("request failed"), kJsonType);
  }
}

}  // namespace tarjotin
