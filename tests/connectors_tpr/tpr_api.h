#pragma once
// Test helpers for the TPR connector: fixture files, and TprApi, a real
// cpp-httplib server on 127.0.0.1 that answers `/rest/v4/unit/` and
// `/rest/v4/ontologyword/` with bodies and statuses the test sets.

#include <fstream>
#include <iterator>
#include <mutex>
#include <string>
#include <vector>

#include "connectors/connector.h"
#include "connectors/page_server.h"

namespace tarjotin::testing {

inline std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(TARJOTIN_FIXTURES) + "/tpr/" + name, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The real unit 41102 as the one element of a unit array.
inline std::string real_unit_array() { return "[" + read_fixture("tpr_v4_unifiedsearch_unit_41102.json") + "]"; }

inline std::string real_ontology_words() { return read_fixture("tpr_v4_unifiedsearch_ontology_words.json"); }

struct Reply {
  int status = 200;
  std::string body;
};

class TprApi {
 public:
  TprApi(Reply units, Reply ontology) : units_(std::move(units)), ontology_(std::move(ontology)) {
    server_.routes().Get("/rest/v4/unit/", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard<std::mutex> lock(mutex_);
      unit_queries_.push_back(req.params);
      answer(units_, res);
    });
    server_.routes().Get("/rest/v4/ontologyword/", [this](const httplib::Request&, httplib::Response& res) {
      std::lock_guard<std::mutex> lock(mutex_);
      ++ontology_requests_;
      answer(ontology_, res);
    });
    server_.start();
  }

  std::string root() const { return server_.url("/rest/v4/"); }
  std::string url(const std::string& path) const { return server_.url(path); }
  std::vector<httplib::Params> unit_queries() {
    std::lock_guard<std::mutex> lock(mutex_);
    return unit_queries_;
  }
  int ontology_requests() {
    std::lock_guard<std::mutex> lock(mutex_);
    return ontology_requests_;
  }

 private:
  static void answer(const Reply& reply, httplib::Response& res) {
    res.status = reply.status;
    res.set_content(reply.body, "application/json");
  }

  Reply units_;
  Reply ontology_;
  std::mutex mutex_;
  std::vector<httplib::Params> unit_queries_;
  int ontology_requests_ = 0;
  PageServer server_;  // last: stopped and joined before the state its handlers use is destroyed
};

inline ConnectorOptions fast_options() {
  ConnectorOptions options;
  options.fetch.max_retries = 1;
  options.fetch.backoff_base_ms = 10;
  options.fetch.max_backoff_ms = 50;
  options.fetch.connect_timeout_ms = 2000;
  options.fetch.total_timeout_ms = 10000;
  return options;
}

inline SourceConfig tpr_source(const std::string& url, const std::string& base_dir = "") {
  SourceConfig source;
  source.name = "tpr";
  source.type = "tpr";
  source.url = url;
  source.base_dir = base_dir;
  return source;
}

}  // namespace tarjotin::testing
