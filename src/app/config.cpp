#include "app/config.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "app/replication_config.h"
#include "connectors/connector.h"

namespace tarjotin {
namespace fs = std::filesystem;

std::string ConfigError::to_string() const {
  return key.empty() ? message : "config key '" + key + "': " + message;
}

namespace {

bool fail(ConfigError* error, std::string key, std::string message) {
  *error = {std::move(key), std::move(message)};
  return false;
}

bool parse_listen(const std::string& listen, Config& config, ConfigError* error) {
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0)
    return fail(error, "listen", "expected host:port, e.g. \"127.0.0.1:8080\"");
  const std::string port = listen.substr(colon + 1);
  if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(port) > 65535)
    return fail(error, "listen", "port must be a number 0..65535");
  config.listen_host = listen.substr(0, colon);
  config.listen_port = std::stoi(port);
  return true;
}

bool parse_source(const rapidjson::Value& v, size_t index, const std::string& base_dir, SourceConfig& source,
                  ConfigError* error) {
  const std::string where = "sources[" + std::to_string(index) + "]";
  if (!v.IsObject()) return fail(error, where, "must be an object");
  for (const char* key : {"name", "type", "url"}) {
    if (!v.HasMember(key) || !v[key].IsString() || v[key].GetStringLength() == 0)
      return fail(error, where + "." + key, "required, a non-empty string");
  }
  source.name = v["name"].GetString();
  source.type = v["type"].GetString();
  source.url = v["url"].GetString();
  source.base_dir = base_dir;
  static const std::regex kName("^[a-z0-9][a-z0-9_-]{0,39}$");
  if (!std::regex_match(source.name, kName))
    return fail(error, where + ".name", "use 1-40 lower-case letters, digits, _ or - (it prefixes listing ids)");
  const auto types = connector_types();
  if (std::find(types.begin(), types.end(), source.type) == types.end()) {
    std::string list;
    for (const auto& t : types) list += (list.empty() ? "" : ", ") + t;
    return fail(error, where + ".type", "unknown type '" + source.type + "'; known: " + list);
  }
  // Keys beyond the four common ones are settings of the source's type.
  static const std::set<std::string> kCommon = {"name", "type", "url", "interval_minutes"};
  const std::vector<std::string> allowed = connector_settings(source.type);
  for (const auto& m : v.GetObject()) {
    const std::string key = m.name.GetString();
    if (kCommon.count(key)) continue;
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      std::string list = "name, type, url, interval_minutes";
      for (const auto& a : allowed) list += ", " + a;
      return fail(error, where + "." + key, "unknown key for type " + source.type + "; allowed: " + list);
    }
    std::string value;
    if (m.value.IsString()) {
      value = m.value.GetString();
    } else if (m.value.IsInt64()) {
      value = std::to_string(m.value.GetInt64());
    } else if (m.value.IsBool()) {
      value = m.value.GetBool() ? "true" : "false";
    } else if (m.value.IsArray()) {
      for (const auto& item : m.value.GetArray()) {
        if (!item.IsString()) return fail(error, where + "." + key, "expected an array of strings");
        value += (value.empty() ? "" : ",") + std::string(item.GetString());
      }
    } else {
      return fail(error, where + "." + key, "expected a string, a whole number, true/false or an array of strings");
    }
    source.settings[key] = value;
  }
  if (v.HasMember("interval_minutes")) {
    if (!v["interval_minutes"].IsInt() || v["interval_minutes"].GetInt() < 1)
      return fail(error, where + ".interval_minutes", "a whole number of minutes >= 1");
    source.interval_minutes = v["interval_minutes"].GetInt();
  }
  return true;
}

}  // namespace

std::optional<Config> load_config(const std::string& path, ConfigError* error) {
  std::ifstream in(path);
  if (!in) {
    fail(error, "", "cannot read config file " + path);
    return std::nullopt;
  }
  std::stringstream text;
  text << in.rdbuf();
  rapidjson::Document doc;
  doc.Parse(text.str().c_str());
  if (doc.HasParseError()) {
    fail(error, "", path + " is not valid JSON at byte " + std::to_string(doc.GetErrorOffset()) + ": " +
                        rapidjson::GetParseError_En(doc.GetParseError()));
    return std::nullopt;
  }
  if (!doc.IsObject()) {
    fail(error, "", path + " must hold a JSON object");
    return std::nullopt;
  }
  for (const auto& m : doc.GetObject()) {
    const std::string key = m.name.GetString();
    if (key != "data_dir" && key != "listen" && key != "sources" && key != "role" && key != "replication" &&
        key != "web_dir" && key != "shortlists" && key != "admin_token" && key != "frame_ancestors" &&
        key != "limits") {
      fail(error, key,
           "unknown key; allowed: data_dir, listen, sources, role, replication, web_dir, shortlists, admin_token, "
           "frame_ancestors, limits");
      return std::nullopt;
    }
  }
  Config config;
  config.path = path;
  const std::string base_dir = fs::absolute(fs::path(path)).parent_path().string();
  if (!doc.HasMember("data_dir") || !doc["data_dir"].IsString() || doc["data_dir"].GetStringLength() == 0) {
    fail(error, "data_dir", "required, a directory path");
    return std::nullopt;
  }
  fs::path data_dir = doc["data_dir"].GetString();
  if (data_dir.is_relative()) data_dir = fs::path(base_dir) / data_dir;
  config.data_dir = data_dir.lexically_normal().string();
  while (config.data_dir.size() > 1 && config.data_dir.back() == '/') config.data_dir.pop_back();

  if (doc.HasMember("listen")) {
    if (!doc["listen"].IsString()) {
      fail(error, "listen", "expected a string host:port");
      return std::nullopt;
    }
    if (!parse_listen(doc["listen"].GetString(), config, error)) return std::nullopt;
  }
  if (!doc.HasMember("sources") || !doc["sources"].IsArray()) {
    fail(error, "sources", "required, an array of {name, type, url, interval_minutes}");
    return std::nullopt;
  }
  std::set<std::string> names;
  const auto& sources = doc["sources"].GetArray();
  for (rapidjson::SizeType i = 0; i < sources.Size(); ++i) {
    SourceConfig source;
    if (!parse_source(sources[i], i, base_dir, source, error)) return std::nullopt;
    if (!names.insert(source.name).second) {
      fail(error, "sources[" + std::to_string(i) + "].name", "duplicate source name '" + source.name + "'");
      return std::nullopt;
    }
    config.sources.push_back(std::move(source));
  }
  if (!parse_replication(doc, config, error)) return std::nullopt;
  if (!parse_web_config(doc, base_dir, config.web, error)) return std::nullopt;
  if (!parse_api_config(doc, config.api, error)) return std::nullopt;
  return config;
}

}  // namespace tarjotin
