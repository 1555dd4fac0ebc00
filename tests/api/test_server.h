#pragma once
// For the API tests: a real ApiServer on 127.0.0.1 (any free port) serving
// from its own thread, and sample listings to index.

#include <httplib.h>

#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "api/server.h"
#include "index/index_writer.h"
#include "model/listing.h"
#include "model/time.h"

namespace tarjotin::testing {

// Serves until destroyed. Throws std::runtime_error when it cannot bind.
class RunningServer {
 public:
  explicit RunningServer(ApiOptions options) {
    options.host = "127.0.0.1";
    options.port = 0;
    server_ = std::make_unique<ApiServer>(std::move(options));
    std::string error;
    if (!server_->bind(&error)) throw std::runtime_error(error);
    thread_ = std::thread([this] { server_->serve(); });
    for (int i = 0; i < 400 && !server_->running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ~RunningServer() {
    server_->stop();
    thread_.join();
  }
  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  ApiServer& server() { return *server_; }
  // A new client of this server (decompresses gzip/br bodies by default).
  std::unique_ptr<httplib::Client> client() const {
    auto c = std::make_unique<httplib::Client>("127.0.0.1", server_->bound_port());
    c->set_read_timeout(10, 0);
    return c;
  }

 private:
  std::unique_ptr<ApiServer> server_;
  std::thread thread_;
};

inline Listing sample_listing(const std::string& id, const std::string& fi_name, const std::string& sv_name, Tri free,
                              const std::vector<std::string>& languages, const std::string& municipality_fi,
                              const std::string& municipality_sv, const char* start) {
  Listing l;
  l.id = "le:" + id;
  l.source = "le";
  l.source_id = id;
  if (!fi_name.empty()) l.name["fi"] = fi_name;
  if (!sv_name.empty()) l.name["sv"] = sv_name;
  l.price.free = free;
  l.languages = languages;
  l.location.name["fi"] = municipality_fi + "n kirjasto";
  l.location.municipality = {{"fi", municipality_fi}, {"sv", municipality_sv}};
  if (start) l.occurrences.push_back({parse_iso8601(start)->utc, parse_iso8601(start)->utc + 3600, false});
  l.source_url = "https://api.hel.fi/linkedevents/v1/event/" + id + "/";
  return l;
}

// The three listings the server tests count on: all "...n kirjasto", one free,
// one in Swedish, in Helsinki, Espoo and Vantaa.
inline std::vector<Listing> sample_listings() {
  return {sample_listing("1", "Kielikahvila kirjastossa", "Språkcafé på biblioteket", Tri::yes, {"fi", "sv"}, "Helsinki",
                         "Helsingfors", "2026-12-02T15:00:00Z"),
          sample_listing("2", "Tuolijumppa", "", Tri::no, {"fi"}, "Espoo", "Esbo", "2026-12-03T08:00:00Z"),
          sample_listing("3", "Lautapelit kirjastossa", "", Tri::unknown, {"fi", "en"}, "Vantaa", "Vanda",
                         "2027-01-10T10:00:00Z")};
}

inline void write_index(const std::string& index_root, const std::vector<Listing>& listings) {
  IndexWriter writer(index_root);
  for (const Listing& l : listings) writer.upsert(l);
  writer.commit();
}

}  // namespace tarjotin::testing
