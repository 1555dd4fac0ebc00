#include "app/web_config.h"

#include <filesystem>

#include <rapidjson/document.h>

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

}  // namespace

bool parse_web_config(const rapidjson::Value& doc, const std::string& base_dir, WebConfig& web, ConfigError* error) {
  namespace fs = std::filesystem;
  fs::path dir = "../web";
  if (doc.HasMember("web_dir")) {
    const auto& v = doc["web_dir"];
    if (!v.IsString() || v.GetStringLength() == 0) return fail(error, "web_dir", "expected a directory path");
    dir = v.GetString();
  }
  if (dir.is_relative()) dir = fs::path(base_dir) / dir;
  web.web_dir = dir.lexically_normal().string();
  while (web.web_dir.size() > 1 && web.web_dir.back() == '/') web.web_dir.pop_back();

  if (!doc.HasMember("shortlists")) return true;
  const auto& s = doc["shortlists"];
  if (!s.IsObject()) return fail(error, "shortlists", "expected an object {expiry_days, creates_per_hour}");
  for (const auto& m : s.GetObject()) {
    const std::string key = m.name.GetString();
    if (key == "expiry_days") {
      if (!whole_number(m.value, 1, 3650, &web.shortlist_expiry_days))
        return fail(error, "shortlists.expiry_days", "expected a whole number of days 1..3650");
    } else if (key == "creates_per_hour") {
      if (!whole_number(m.value, 0, 100000, &web.shortlist_creates_per_hour))
        return fail(error, "shortlists.creates_per_hour", "expected a whole number 0..100000 (0 = no limit)");
    } else {
      return fail(error, "shortlists." + key, "unknown key; allowed: expiry_days, creates_per_hour");
    }
  }
  return true;
}

}  // namespace tarjotin
