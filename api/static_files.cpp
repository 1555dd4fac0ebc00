#include "api/static_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "api/handlers.h"
#include "api/response_json.h"

namespace tarjotin {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxFileBytes = 2 * 1024 * 1024;

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
  // Only a regular file really inside web_dir: a symlink pointing out of it is not served.
  std::error_code ec;
  const fs::path dir = fs::canonical(web_dir, ec);
  if (ec) return not_found(res);
  const fs::path file = fs::canonical(dir / name, ec);
  if (ec || file.parent_path() != dir || !fs::is_regular_file(file, ec)) return not_found(res);
  std::ifstream in(file, std::ios::binary);
  if (!in) return not_found(res);
  std::ostringstream body;
  body << in.rdbuf();
  if (body.str().size() > kMaxFileBytes) return not_found(res);
  res.set_content(body.str(), type);
}

}  // namespace tarjotin
