#include "app/api_config.h"

#include <cstdlib>

#include <rapidjson/document.h>

#include "api/server.h"
#include "app/config.h"

namespace tarjotin {
namespace {

bool fail(ConfigError* error, std::string key, std::string message) {
  *error = {std::move(key), std::move(message)};
  return false;
}

bool whole_number(const rapidjson::Value& v, int low, int high, int* out) {
  if (!v.IsInt() || v.GetInt() < low || v.GetInt() > high) return false;
  *out = v.GetInt();
  return true;
}

bool number(const rapidjson::Value& v, double low, double high, double* out) {
  if (!v.IsNumber() || v.GetDouble() < low || v.GetDouble() > high) return false;
  *out = v.GetDouble();
  return true;
}

// The characters of a CSP source list: no ';' or ',' (which would start another directive or policy).
bool valid_frame_ancestors(const std::string& value) {
  if (value.empty() || value.size() > 1000) return false;
  for (char c : value)
    if (c == ';' || c == ',' || static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
      return false;
  return true;
}

struct IntLimit {
  const char* key;
  int low;
  int high;
  int ApiConfig::*field;
};

const IntLimit kIntLimits[] = {
    {"max_connections", 1, 100000, &ApiConfig::max_connections},
    {"worker_threads", 1, 1024, &ApiConfig::worker_threads},
    {"read_timeout_seconds", 1, 300, &ApiConfig::read_timeout_seconds},
    {"keep_alive_seconds", 1, 60, &ApiConfig::keep_alive_seconds},
    {"max_uri_bytes", 256, 8192, &ApiConfig::max_uri_bytes},
    {"max_header_bytes", 1024, 1024 * 1024, &ApiConfig::max_header_bytes},
    {"max_headers", 8, 1000, &ApiConfig::max_headers},
    {"max_body_bytes", 1024, 16 * 1024 * 1024, &ApiConfig::max_body_bytes},
};

bool parse_limits(const rapidjson::Value& limits, ApiConfig& api, ConfigError* error) {
  if (!limits.IsObject()) return fail(error, "limits", "expected an object, e.g. {\"requests_per_second\": 20}");
  for (const auto& m : limits.GetObject()) {
    const std::string key = m.name.GetString();
    if (key == "requests_per_second") {
      if (!number(m.value, 0, 1e6, &api.requests_per_second))
        return fail(error, "limits.requests_per_second", "expected a number 0..1000000 (0 = no limit)");
      continue;
    }
    if (key == "burst") {
      if (!number(m.value, 1, 1e6, &api.burst)) return fail(error, "limits.burst", "expected a number 1..1000000");
      continue;
    }
    bool known = false;
    for (const IntLimit& limit : kIntLimits) {
      if (key != limit.key) continue;
      known = true;
      if (!whole_number(m.value, limit.low, limit.high, &(api.*limit.field)))
        return fail(error, "limits." + key,
                    "expected a whole number " + std::to_string(limit.low) + ".." + std::to_string(limit.high));
    }
    if (!known) {
      std::string list = "requests_per_second, burst";
      for (const IntLimit& limit : kIntLimits) list += std::string(", ") + limit.key;
      return fail(error, "limits." + key, "unknown key; allowed: " + list);
    }
  }
  return true;
}

}  // namespace

bool parse_api_config(const rapidjson::Value& doc, ApiConfig& api, ConfigError* error) {
  if (doc.HasMember("admin_token")) {
    const auto& v = doc["admin_token"];
    if (!v.IsString()) return fail(error, "admin_token", "expected a string (at least 16 characters), or \"\" for none");
    api.admin_token = v.GetString();
    // The message never repeats the token.
    if (!api.admin_token.empty() && api.admin_token.size() < 16)
      return fail(error, "admin_token", "too short: use at least 16 random characters (e.g. openssl rand -hex 32)");
  }
  if (doc.HasMember("frame_ancestors")) {
    const auto& v = doc["frame_ancestors"];
    if (!v.IsString() || !valid_frame_ancestors(v.GetString()))
      return fail(error, "frame_ancestors",
                  "expected a CSP source list such as \"'none'\", \"'self'\" or \"https://www.example.fi\"");
    api.frame_ancestors = v.GetString();
  }
  if (doc.HasMember("limits") && !parse_limits(doc["limits"], api, error)) return false;
  return true;
}

std::string effective_admin_token(const ApiConfig& api) {
  const char* env = std::getenv("TARJOTIN_ADMIN_TOKEN");
  if (env && *env) return env;
  return api.admin_token;
}

void apply_api_config(const ApiConfig& api, ApiOptions& options) {
  options.admin_token = effective_admin_token(api);
  options.frame_ancestors = api.frame_ancestors;
  options.requests_per_second = api.requests_per_second;
  options.rate_limit_burst = api.burst;
  options.max_connections = api.max_connections;
  options.worker_threads = api.worker_threads;
  options.read_timeout_seconds = api.read_timeout_seconds;
  options.keep_alive_seconds = api.keep_alive_seconds;
  options.write_timeout_seconds = api.read_timeout_seconds;
  options.max_uri_bytes = static_cast<std::size_t>(api.max_uri_bytes);
  options.max_header_bytes = static_cast<std::size_t>(api.max_header_bytes);
  options.max_headers = static_cast<std::size_t>(api.max_headers);
  options.max_body_bytes = static_cast<std::size_t>(api.max_body_bytes);
}

}  // namespace tarjotin
