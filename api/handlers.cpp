#include "api/handlers.h"

#include <map>
#include <memory>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "api/openapi.h"
#include "api/response_json.h"
#include "api/search_params.h"
#include "api/suggest_json.h"
#include "api/suggest_params.h"
#include "index/index_layout.h"
#include "index/searcher.h"
#include "model/time.h"
#include "tarjotin/version.h"

namespace tarjotin {

const char* const kJsonType = "application/json; charset=utf-8";
const char* const kMetricsType = "text/plain; version=0.0.4; charset=utf-8";

// One Searcher per worker thread and index; Xapian objects must not be shared
// between threads.
Searcher& thread_searcher(const std::string& index_root) {
  thread_local std::map<std::string, std::unique_ptr<Searcher>> searchers;
  auto& slot = searchers[index_root];
  if (!slot) slot = std::make_unique<Searcher>(index_root);
  return *slot;
}

QueryParams query_params(const httplib::Request& req) {
  QueryParams params;
  for (const auto& [name, value] : req.params) params.emplace(name, value);
  return params;
}

void send_param_error(httplib::Response& res, const ParamError& error) {
  res.status = 400;
  res.set_content(param_error_json(error), kJsonType);
}

void send_index_unavailable(httplib::Response& res) {
  res.status = 503;
  res.set_content(error_json("the search index is not available right now"), kJsonType);
}

SearchSlot::SearchSlot(const HandlerContext& c, httplib::Response& res) : counter_(*c.searches_in_flight) {
  if (++counter_ <= c.max_concurrent_searches) return;
  admitted_ = false;
  res.status = 503;
  res.set_header("Retry-After", "1");
  res.set_content(error_json("too many searches at once; try again in a moment"), kJsonType);
}

SearchSlot::~SearchSlot() { --counter_; }

// A node that knows it has no index to answer from yet (a search node before
// its first complete replica) answers 503, so a load balancer tries another node.
static bool refused_until_ready(const HandlerContext& c, httplib::Response& res) {
  std::string reason;
  try {
    if (c.not_ready_reason) reason = c.not_ready_reason();
  } catch (const std::exception&) {
  }
  if (reason.empty()) return false;
  res.status = 503;
  res.set_header("Retry-After", "1");
  res.set_content(error_json("not ready: " + reason), kJsonType);
  return true;
}

void handle_search(const HandlerContext& c, const httplib::Request& req, httplib::Response& res, RequestNotes& notes) {
  auto parsed = parse_search_params(query_params(req), now_utc());
  if (auto* error = std::get_if<ParamError>(&parsed)) return send_param_error(res, *error);
  if (refused_until_ready(c, res)) return;
  SearchSlot slot(c, res);
  if (!slot.admitted()) return;
  const SearchRequest& request = std::get<SearchRequest>(parsed);
  try {
    const SearchResponse response = thread_searcher(c.index_root).search(request);
    notes.results = static_cast<std::int64_t>(response.hits.size());
    notes.total = response.total;
    res.set_content(search_response_json(request, response), kJsonType);
  } catch (const std::exception&) {
    send_index_unavailable(res);
  }
}

void handle_suggest(const HandlerContext& c, const httplib::Request& req, httplib::Response& res, RequestNotes& notes) {
  auto parsed = parse_suggest_params(query_params(req));
  if (auto* error = std::get_if<ParamError>(&parsed)) return send_param_error(res, *error);
  if (refused_until_ready(c, res)) return;
  SearchSlot slot(c, res);
  if (!slot.admitted()) return;
  const SuggestRequest& request = std::get<SuggestRequest>(parsed);
  std::vector<Suggestion> suggestions;
  if (c.label_suggestions) {
    try {
      suggestions = c.label_suggestions(request);
    } catch (const std::exception&) {
      suggestions.clear();  // the names still answer
    }
    if (suggestions.size() > static_cast<std::size_t>(request.limit)) suggestions.resize(request.limit);
  }
  try {
    if (suggestions.size() < static_cast<std::size_t>(request.limit)) {
      SuggestRequest names = request;
      names.limit = request.limit - static_cast<int>(suggestions.size());
      for (Suggestion& s : thread_searcher(c.index_root).suggest(names)) suggestions.push_back(std::move(s));
    }
  } catch (const std::exception&) {
    return send_index_unavailable(res);
  }
  notes.results = static_cast<std::int64_t>(suggestions.size());
  res.set_content(suggest_response_json(request, suggestions), kJsonType);
}

void handle_listing(const HandlerContext& c, const httplib::Request& req, httplib::Response& res) {
  const std::string id = req.matches[1];
  if (refused_until_ready(c, res)) return;
  std::optional<Listing> listing;
  try {
    listing = thread_searcher(c.index_root).get(id);
  } catch (const std::exception&) {
    return send_index_unavailable(res);
  }
  if (!listing) {
    res.status = 404;
    res.set_content(error_json("no listing with id '" + id + "'"), kJsonType);
    return;
  }
  res.set_content(listing_json_body(*listing), kJsonType);
}

void handle_sources(const HandlerContext& c, httplib::Response& res) {
  try {
    res.set_content(c.sources_json ? c.sources_json() : R"({"sources":[]})", kJsonType);
  } catch (const std::exception&) {
    res.status = 503;
    res.set_content(error_json("source status is not available right now"), kJsonType);
  }
}

void handle_vocabulary(const HandlerContext& c, httplib::Response& res) {
  if (c.vocabulary_json.empty()) {
    res.status = 404;
    res.set_content(error_json("this server runs without a vocabulary"), kJsonType);
    return;
  }
  res.set_content(c.vocabulary_json, kJsonType);
}

void handle_health(const HandlerContext& c, httplib::Response& res) {
  try {
    const auto n = thread_searcher(c.index_root).size();
    res.set_content(R"({"status":"ok","listings":)" + std::to_string(n) + R"(,"version":")" TARJOTIN_VERSION "\"}",
                    kJsonType);
  } catch (const std::exception&) {
    res.status = 503;
    res.set_content(R"({"status":"unavailable"})", kJsonType);
  }
}

std::optional<std::int64_t> ready_listings(const std::string& index_root) {
  try {
    // The Searcher answers a missing index as an empty one: ask the layout first.
    if (!current_generation(index_root)) return std::nullopt;
    return thread_searcher(index_root).size();
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// `text` as a JSON string literal.
static std::string quoted_json(const std::string& text) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buf);
  writer.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
  return buf.GetString();
}

void handle_ready(const HandlerContext& c, httplib::Response& res) {
  // Ready needs both an index and no reason against it, so that searches
  // (refused_until_ready) are answered whenever /ready said 200.
  std::string reason;
  try {
    if (c.not_ready_reason) reason = c.not_ready_reason();
  } catch (const std::exception&) {
  }
  const auto n = reason.empty() ? ready_listings(c.index_root) : std::nullopt;
  if (n) {
    res.set_content(R"({"status":"ready","listings":)" + std::to_string(*n) + "}", kJsonType);
  } else {
    res.status = 503;
    res.set_content(reason.empty() ? std::string(R"({"status":"not ready"})")
                                   : R"({"status":"not ready","reason":)" + quoted_json(reason) + "}",
                    kJsonType);
  }
}

void handle_metrics(const HandlerContext& c, httplib::Response& res) {
  std::string body = c.metrics->render();
  const auto listings = ready_listings(c.index_root);
  body +=
      "# HELP tarjotin_index_ready 1 when an index exists and opens.\n"
      "# TYPE tarjotin_index_ready gauge\n"
      "tarjotin_index_ready " + std::string(listings ? "1" : "0") + "\n";
  if (listings) {
    body +=
        "# HELP tarjotin_index_listings Listings (documents) in the index.\n"
        "# TYPE tarjotin_index_listings gauge\n"
        "tarjotin_index_listings " + std::to_string(*listings) + "\n";
    try {
      const auto generation = current_generation(c.index_root);
      const std::int64_t revision = thread_searcher(c.index_root).revision();
      body +=
          "# HELP tarjotin_index_revision Revision of the index generation served (grows with each committed sync batch).\n"
          "# TYPE tarjotin_index_revision gauge\n"
          "tarjotin_index_revision{generation=\"" + generation.value_or("") + "\"} " + std::to_string(revision) + "\n";
    } catch (const std::exception&) {
      // the index went away between the two reads: the next scrape tells
    }
  }
  if (c.extra_metrics) {
    std::string extra;
    bool ok = true;
    try {
      extra = c.extra_metrics();
    } catch (...) {
      ok = false;
    }
    if (!extra.empty() && extra.back() != '\n') extra += '\n';
    body +=
        "# HELP tarjotin_extra_metrics_up 0 when the application's metrics hook failed at this scrape.\n"
        "# TYPE tarjotin_extra_metrics_up gauge\n"
        "tarjotin_extra_metrics_up " + std::string(ok ? "1" : "0") + "\n" + extra;
  }
  res.set_content(body, kMetricsType);
}

void handle_openapi(httplib::Response& res) {
  const std::string_view doc = openapi_json();
  res.set_content(doc.data(), doc.size(), kJsonType);
}

}  // namespace tarjotin
