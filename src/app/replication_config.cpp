#include "app/replication_config.h"

#include <set>

#include <rapidjson/document.h>

#include "app/config.h"

namespace tarjotin {
namespace {

bool fail(ConfigError* error, std::string key, std::string message) {
  *error = {std::move(key), std::move(message)};
  return false;
}

// "host:port" with a port 1..65535.
bool parse_address(const rapidjson::Value& v, const std::string& key, std::string& host, int& port,
                   ConfigError* error) {
  const std::string example = "expected \"host:port\", e.g. \"10.0.0.5:7010\"";
  if (!v.IsString()) return fail(error, key, example);
  const std::string text = v.GetString();
  const size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0) return fail(error, key, example);
  const std::string digits = text.substr(colon + 1);
  if (digits.empty() || digits.size() > 5 || digits.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(digits) < 1 || std::stoi(digits) > 65535)
    return fail(error, key, "port must be a number 1..65535");
  host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  port = std::stoi(digits);
  return true;
}

}  // namespace

const char* role_name(Role role) {
  switch (role) {
    case Role::indexer: return "indexer";
    case Role::search: return "search";
    default: return "standalone";
  }
}

bool parse_replication(const rapidjson::Value& doc, Config& config, ConfigError* error) {
  if (doc.HasMember("role")) {
    const rapidjson::Value& v = doc["role"];
    const std::string role = v.IsString() ? v.GetString() : "";
    if (role == "standalone") config.role = Role::standalone;
    else if (role == "indexer") config.role = Role::indexer;
    else if (role == "search") config.role = Role::search;
    else return fail(error, "role", "one of \"standalone\", \"indexer\", \"search\"");
  }
  if (!doc.HasMember("replication")) {
    if (config.role == Role::search)
      return fail(error, "replication.indexer", "required for role search: the indexer's \"host:port\"");
    return true;
  }
  const rapidjson::Value& r = doc["replication"];
  if (config.role == Role::standalone)
    return fail(error, "replication", "only for role \"indexer\" or \"search\" (this config's role is standalone)");
  if (!r.IsObject()) return fail(error, "replication", "must be an object");
  const std::set<std::string> allowed = config.role == Role::indexer
                                            ? std::set<std::string>{"listen", "max_changesets"}
                                            : std::set<std::string>{"indexer", "interval_seconds", "timeout_seconds"};
  for (const auto& m : r.GetObject()) {
    const std::string key = m.name.GetString();
    if (!allowed.count(key)) {
      std::string list;
      for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
      return fail(error, "replication." + key,
                  std::string("not a setting of role ") + role_name(config.role) + "; allowed: " + list);
    }
  }
  ReplicationConfig& rc = config.replication;
  if (r.HasMember("listen") && !parse_address(r["listen"], "replication.listen", rc.listen_host, rc.listen_port, error))
    return false;
  if (r.HasMember("max_changesets")) {
    const auto& v = r["max_changesets"];
    if (!v.IsInt() || v.GetInt() < 1 || v.GetInt() > 1000)
      return fail(error, "replication.max_changesets", "a whole number 1..1000");
    rc.max_changesets = v.GetInt();
  }
  if (config.role == Role::search) {
    if (!r.HasMember("indexer"))
      return fail(error, "replication.indexer", "required for role search: the indexer's \"host:port\"");
    if (!parse_address(r["indexer"], "replication.indexer", rc.indexer_host, rc.indexer_port, error)) return false;
  }
  if (r.HasMember("interval_seconds")) {
    const auto& v = r["interval_seconds"];
    if (!v.IsNumber() || v.GetDouble() < 0.1 || v.GetDouble() > 86400)
      return fail(error, "replication.interval_seconds", "a number of seconds from 0.1 to 86400");
    rc.interval_seconds = v.GetDouble();
  }
  if (r.HasMember("timeout_seconds")) {
    const auto& v = r["timeout_seconds"];
    if (!v.IsInt() || v.GetInt() < 1 || v.GetInt() > 3600)
      return fail(error, "replication.timeout_seconds", "a whole number of seconds from 1 to 3600");
    rc.timeout_seconds = v.GetInt();
  }
  return true;
}

}  // namespace tarjotin
