#pragma once
// The example NGO feed for MappedConnector tests: the three pages in
// tests/fixtures/mapped/example-ngo/, the example mapping in
// config/mappings/example-ngo.json (read as a config file in config/ would name
// it), variants of that mapping, and NgoApi, a real HTTP server for the pages.

#include <gtest/gtest.h>

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "connectors/connector.h"
#include "connectors/feed_pages.h"
#include "connectors/page_server.h"

namespace tarjotin::testing {

inline const std::string kConfigDir = std::string(TARJOTIN_FIXTURES) + "/../../config";
inline const std::string kFeedDir = std::string(TARJOTIN_FIXTURES) + "/mapped/example-ngo/";
inline const std::string kNextPaging = R"("paging": {"style": "next", "next": "links.next"})";

inline std::string page(int n) { return read_file(kFeedDir + "page-" + std::to_string(n) + ".json"); }

inline const std::vector<std::string> kAllIds = {"ngo:nh-101", "ngo:nh-102", "ngo:nh-103", "ngo:104",
                                                 "ngo:nh-105", "ngo:nh-106", "ngo:nh-107"};

inline ConnectorOptions fast_options() {
  ConnectorOptions options;
  options.fetch.max_retries = 1;
  options.fetch.backoff_base_ms = 10;
  options.fetch.max_backoff_ms = 50;
  options.fetch.connect_timeout_ms = 2000;
  options.fetch.total_timeout_ms = 5000;
  return options;
}

// A source with the example mapping, as a config file in config/ would name it.
inline SourceConfig example_source(const std::string& url) {
  SourceConfig source;
  source.name = "ngo";
  source.type = "mapped";
  source.url = url;
  source.base_dir = kConfigDir;
  source.settings["mapping"] = "mappings/example-ngo.json";
  return source;
}

// The example mapping with its paging (or anything else) replaced, written to `dir`.
inline SourceConfig variant_source(const TempDir& dir, const std::string& url, const std::string& from, const std::string& to) {
  std::string text = read_file(kConfigDir + "/mappings/example-ngo.json");
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  dir.write("mapping.json", text);
  SourceConfig source = example_source(url);
  source.base_dir = dir.path();
  source.settings["mapping"] = "mapping.json";
  return source;
}

// Serves the three example pages at /api/toiminnot by ?page=N (no page: 1) or
// by ?skip=0/3/6; records each request's query string.
class NgoApi {
 public:
  NgoApi() {
    server.routes().Get("/api/toiminnot", [this](const httplib::Request& req, httplib::Response& res) {
      int number = 1;
      if (req.has_param("skip")) number = std::stoi(req.get_param_value("skip")) / 3 + 1;
      if (req.has_param("page")) number = std::stoi(req.get_param_value("page"));
      std::string query;
      for (const auto& [key, value] : req.params) query += (query.empty() ? "" : "&") + key + "=" + value;
      std::lock_guard<std::mutex> lock(mutex_);
      queries_.push_back(query);
      const auto body = overrides_.find(number);
      if (body != overrides_.end()) {
        if (body->second == "500") res.status = 500;
        else res.set_content(body->second, "application/json");
        return;
      }
      if (number < 1 || number > 3) {
        res.set_content(R"({"data":[],"links":{"next":null},"meta":{"last_page":3,"has_more":false,"total":7}})",
                        "application/json");
        return;
      }
      res.set_content(page(number), "application/json");
    });
    server.start();
  }
  std::string url(const std::string& query = "") const { return server.url("/api/toiminnot" + query); }
  std::vector<std::string> queries() {
    std::lock_guard<std::mutex> lock(mutex_);
    return queries_;
  }
  void set_page(int number, std::string body) {
    std::lock_guard<std::mutex> lock(mutex_);
    overrides_[number] = std::move(body);
  }

  PageServer server;

 private:
  std::mutex mutex_;
  std::vector<std::string> queries_;
  std::map<int, std::string> overrides_;
};

}  // namespace tarjotin::testing
