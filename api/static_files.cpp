#include "api/static_files.h"

#include <fstream>
#include <sstream>

#include "api/handlers.h"
#include "api/response_json.h"

namespace tarjotin {
namespace {

constexpr std::size_t kMaxFileBytes = 2 * 1024 * 1024;

// The search page may talk to its own origin only (geolocation is a browser
// API, not a connection); the widget file is a script and needs no policy.
constexpr const char* kPageCsp =
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

const char* media_type(const std::string& name) {
  auto ends = [&](const char* ext) {
    const std::string e(ext);
    return name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".json")) return "application/json; charset=utf-8";
  return nullptr;
}

bool safe_name(const std::string& name) {
  if (name.empty() || name.size() > 100) return false;
  const char first = name[0];
  if (!((first >= 'a' && first <= 'z') || (first >= '0' && first <= '9'))) return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.')) return false;
  return name.find("..") == std::string::npos;
}

void not_found(httplib::Response& res) {
  res.status = 404;
  res.set_content(error_json("no such file"), kJsonType);
}

}  // namespace

void handle_static_file(const std::string& web_dir, const std::string& name, httplib::Response& res) {
  const char* type = media_type(name);
  if (web_dir.empty() || !safe_name(name) || !type) return not_found(res);
  std::ifstream in(web_dir + "/" + name, std::ios::binary);
  if (!in) return not_found(res);
  std::ostringstream body;
  body << in.rdbuf();
  if (body.str().size() > kMaxFileBytes) return not_found(res);
  if (std::string(type).rfind("text/html", 0) == 0) res.set_header("Content-Security-Policy", kPageCsp);
  res.set_content(body.str(), type);
}

}  // namespace tarjotin
