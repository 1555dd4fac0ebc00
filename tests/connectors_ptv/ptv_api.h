#pragma once
// PtvApi: a PTV OUT API v11 look-alike on a real local HTTP server (PageServer),
// serving under /api/v11/:
//   Service?page=N[&date=…][&status=…]   GUID pages set with set_pages()
//   Service/list?guids=a,b               the known services, as a JSON array
//   ServiceChannel/list?guids=a,b        the known channels; unknown ones left out,
//                                        or the whole answer a 404 with strict_channel_lists
//   ServiceChannel/<id>                  one channel, or 404
// Routes are fixed at construction; data can be set until the first request.
// Every request's target is recorded.

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "connectors/page_server.h"

namespace tarjotin::testing {

class PtvApi {
 public:
  PtvApi() {
    auto& routes = server.routes();
    routes.Get("/api/v11/Service", [this](const httplib::Request& req, httplib::Response& res) {
      record(req);
      const int page = req.has_param("page") ? std::stoi(req.get_param_value("page")) : 1;
      const std::string status = req.has_param("status") ? req.get_param_value("status") : "";
      const auto pages = pages_.find(status);
      if (pages == pages_.end()) return reply(res, R"({"pageNumber":1,"pageSize":1000,"pageCount":0,"itemList":null})");
      const auto body = pages->second.find(page);
      if (body == pages->second.end()) {
        res.status = 404;
        return;
      }
      if (body->second.rfind("status:", 0) == 0) {
        res.status = std::stoi(body->second.substr(7));
        return;
      }
      reply(res, body->second);
    });
    routes.Get("/api/v11/Service/list", [this](const httplib::Request& req, httplib::Response& res) {
      record(req);
      if (fail_service_lists) {
        res.status = 500;
        return;
      }
      std::string items;
      for (const std::string& id : guids(req))
        if (const auto it = services_.find(id); it != services_.end()) items += (items.empty() ? "" : ",") + it->second;
      reply(res, "[" + items + "]");
    });
    routes.Get("/api/v11/ServiceChannel/list", [this](const httplib::Request& req, httplib::Response& res) {
      record(req);
      std::string items;
      for (const std::string& id : guids(req)) {
        const auto it = channels_.find(id);
        if (it == channels_.end() && strict_channel_lists) {
          res.status = 404;
          return;
        }
        if (it != channels_.end()) items += (items.empty() ? "" : ",") + it->second;
      }
      reply(res, "[" + items + "]");
    });
    routes.Get(R"(/api/v11/ServiceChannel/([0-9a-fA-F-]+))", [this](const httplib::Request& req, httplib::Response& res) {
      record(req);
      const auto it = channels_.find(req.matches[1].str());
      if (it == channels_.end()) {
        res.status = 404;
        return;
      }
      reply(res, it->second);
    });
  }

  void start() { server.start(); }
  std::string root() const { return server.url("/api/v11/"); }

  // GUID pages of one status ("" = the published services); a body
  // "status:500" answers with that HTTP status instead.
  void set_pages(std::map<int, std::string> pages, const std::string& status = "") { pages_[status] = std::move(pages); }
  void add_service(const std::string& json) { services_[id_of(json)] = json; }
  void add_channel(const std::string& json) { channels_[id_of(json)] = json; }

  std::vector<std::string> requests() {
    std::lock_guard<std::mutex> lock(mutex_);
    return requests_;
  }
  // The recorded targets that start with `prefix` (e.g. "/api/v11/Service/list").
  std::vector<std::string> requests_to(const std::string& prefix) {
    std::vector<std::string> out;
    for (const std::string& target : requests())
      if (target.rfind(prefix, 0) == 0) out.push_back(target);
    return out;
  }

  bool bom = false;                   // prefix every body with a UTF-8 BOM
  bool strict_channel_lists = false;  // a channel list with an unknown GUID answers 404
  bool fail_service_lists = false;    // Service/list answers 500

 private:
  static std::string id_of(const std::string& json) {
    rapidjson::Document document;
    document.Parse(json.c_str());
    return document.IsObject() && document.HasMember("id") && document["id"].IsString() ? document["id"].GetString() : "";
  }
  static std::vector<std::string> guids(const httplib::Request& req) {
    std::vector<std::string> ids;
    std::string list = req.has_param("guids") ? req.get_param_value("guids") : "";
    for (std::size_t start = 0; start < list.size();) {
      std::size_t end = list.find(',', start);
      if (end == std::string::npos) end = list.size();
      ids.push_back(list.substr(start, end - start));
      start = end + 1;
    }
    return ids;
  }
  void reply(httplib::Response& res, const std::string& body) {
    res.set_content((bom ? "\xEF\xBB\xBF" : "") + body, "application/json");
  }
  void record(const httplib::Request& req) {
    std::lock_guard<std::mutex> lock(mutex_);
    requests_.push_back(req.target);
  }

  std::map<std::string, std::map<int, std::string>> pages_;
  std::map<std::string, std::string> services_;
  std::map<std::string, std::string> channels_;
  std::mutex mutex_;
  std::vector<std::string> requests_;

 public:
  // Declared last so that it is destroyed first: its threads stop before the data they serve goes.
  PageServer server;
};

}  // namespace tarjotin::testing
