#pragma once
// One structured access-log line per request: a JSON object on one line.
//
//   {"time":"2026-12-02T15:00:00Z","method":"GET","path":"/v1/search","q":"kirjasto",
//    "status":200,"ms":3.215,"results":20,"total":134}
//
// `path` is without the query string; of the query only `q` is logged (when
// given), so filters and other parameters never reach the log. No client
// address is logged. "results"/"total" appear only where known (searches).
// Pure function.

#include <cstdint>
#include <optional>
#include <string>

namespace tarjotin {

struct AccessLogEntry {
  std::int64_t time = 0;                // UTC seconds when the request arrived
  std::string method;
  std::string path;                     // without the query string
  std::optional<std::string> q;         // the search text, when given
  int status = 0;
  double duration_ms = 0;
  std::optional<std::int64_t> results;  // hits on the page returned
  std::optional<std::int64_t> total;    // all matches
};

// The JSON line, ending in '\n'. Control characters and quotes are escaped, so
// a request can never start a second line.
std::string access_log_line(const AccessLogEntry& entry);

}  // namespace tarjotin
