#include "api/access_log.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>

#include "model/time.h"

namespace tarjotin {
namespace {

void string_field(rapidjson::Writer<rapidjson::StringBuffer>& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}

}  // namespace

std::string access_log_line(const AccessLogEntry& e) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  string_field(w, "time", format_utc(e.time));
  string_field(w, "method", e.method);
  string_field(w, "path", e.path);
  if (e.q) string_field(w, "q", *e.q);
  w.Key("status");
  w.Int(e.status);
  w.Key("ms");
  w.Double(std::round(e.duration_ms * 1000) / 1000);
  if (e.results) {
    w.Key("results");
    w.Int64(*e.results);
  }
  if (e.total) {
    w.Key("total");
    w.Int64(*e.total);
  }
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

}  // namespace tarjotin
