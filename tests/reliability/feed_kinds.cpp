#include "reliability/feed_kinds.h"

#include <algorithm>
#include <fstream>

namespace tarjotin::testing {
namespace {

int page_count(const std::vector<Item>& items, int size) {
  return std::max(1, static_cast<int>((items.size() + size - 1) / size));
}

std::vector<Item> slice(const std::vector<Item>& items, int page, int size) {
  std::vector<Item> out;
  for (std::size_t i = static_cast<std::size_t>(page - 1) * size; i < items.size() && out.size() < static_cast<std::size_t>(size); ++i)
    out.push_back(items[i]);
  return out;
}

int int_param(const httplib::Request& req, const char* name, int fallback) {
  if (!req.has_param(name)) return fallback;
  try {
    return std::stoi(req.get_param_value(name));
  } catch (...) {
    return fallback;
  }
}

template <typename F>
std::string joined(const std::vector<Item>& items, F render) {
  std::string out;
  for (const Item& item : items) out += (out.empty() ? "" : ",") + render(item);
  return out;
}

std::string quoted_or_null(const std::string& url) { return url.empty() ? "null" : "\"" + url + "\""; }

// The next link of `page` of `pages`: "" at the end (or back to the first when looping).
std::string next_link(const std::string& origin, const std::string& path, int page, int pages, const Wire& wire) {
  const std::string base = wire.next_origin.empty() ? origin : wire.next_origin;
  if (page < pages) return base + path + "?page=" + std::to_string(page + 1);
  return wire.loop ? base + path + "?page=1" : "";
}

FeedKind linkedevents() {
  FeedKind kind;
  kind.type = "linkedevents";
  kind.follows_links = true;
  kind.listing_prefix = "linkedevents:";
  kind.source = [](const std::string& origin, const TempDir&, int) {
    SourceConfig source;
    source.name = "linkedevents";
    source.type = "linkedevents";
    source.url = origin + "/le/event/";
    return source;
  };
  kind.serve = [](const httplib::Request& req, const std::string& origin, const std::vector<Item>& items, int size,
                  const Wire& wire) {
    Served served;
    if (req.path != "/le/event/") return served;
    const int pages = page_count(items, size);
    served.page = int_param(req, "page", 1);
    const std::string events = joined(slice(items, served.page, size), [&](const Item& item) {
      return R"({"id":")" + item.id + R"(","@id":")" + origin + "/le/event/" + item.id +
             R"(/","name":{"fi":")" + item.name + R"("},"description":{"fi":")" + item.description +
             R"("},"publication_status":"public","start_time":"2030-12-01T10:00:00Z","end_time":"2030-12-01T12:00:00Z"})";
    });
    const std::size_t count = wire.lie_count ? items.size() + 1000 : items.size();
    served.body = R"({"meta":{"count":)" + std::to_string(count) + R"(,"next":)" +
                  quoted_or_null(next_link(origin, "/le/event/", served.page, pages, wire)) +
                  R"(,"previous":null},"data":[)" + events + "]}";
    return served;
  };
  return kind;
}

FeedKind tpr() {
  FeedKind kind;
  kind.type = "tpr";
  kind.paged = false;
  kind.listing_prefix = "tpr:";
  kind.source = [](const std::string& origin, const TempDir&, int) {
    SourceConfig source;
    source.name = "tpr";
    source.type = "tpr";
    source.url = origin + "/tpr/";
    return source;
  };
  kind.serve = [](const httplib::Request& req, const std::string&, const std::vector<Item>& items, int,
                  const Wire&) {
    Served served;
    if (req.path == "/tpr/ontologyword/") {
      served.body = "[]";
    } else if (req.path == "/tpr/unit/") {
      served.page = 1;
      served.body = "[" + joined(items, [](const Item& item) {
        return R"({"id":)" + item.id + R"(,"name_fi":")" + item.name + R"(","desc_fi":")" + item.description + R"("})";
      }) + "]";
    }
    return served;
  };
  return kind;
}

FeedKind ptv() {
  FeedKind kind;
  kind.type = "ptv";
  kind.listing_prefix = "ptv:";
  kind.source = [](const std::string& origin, const TempDir&, int) {
    SourceConfig source;
    source.name = "ptv";
    source.type = "ptv";
    source.url = origin + "/ptv/api/v11/";
    return source;
  };
  kind.serve = [](const httplib::Request& req, const std::string&, const std::vector<Item>& items, int size,
                  const Wire& wire) {
    Served served;
    if (req.path == "/ptv/api/v11/Service") {  // GUID pages
      const int pages = page_count(items, size);
      served.page = int_param(req, "page", 1);
      const int shown = wire.loop ? 1 : served.page;
      const std::string list = joined(slice(items, shown, size), [](const Item& item) {
        return R"({"id":")" + ptv_guid(item.id) + R"(","name":"x"})";
      });
      served.body = R"({"pageNumber":)" + std::to_string(served.page) + R"(,"pageSize":)" + std::to_string(size) +
                    R"(,"pageCount":)" + std::to_string(wire.lie_count ? pages + 3 : pages) + R"(,"itemList":[)" +
                    list + "]}";
    } else if (req.path == "/ptv/api/v11/Service/list") {  // the services of a GUID batch
      const std::string guids = req.has_param("guids") ? req.get_param_value("guids") : "";
      std::vector<Item> asked;
      for (const Item& item : items)
        if (guids.find(ptv_guid(item.id)) != std::string::npos) asked.push_back(item);
      served.body = "[" + joined(asked, [](const Item& item) {
        return R"({"id":")" + ptv_guid(item.id) + R"(","serviceNames":[{"language":"fi","value":")" + item.name +
               R"(","type":"Name"}],"serviceDescriptions":[{"language":"fi","value":")" + item.description +
               R"(","type":"Description"}]})";
      }) + "]";
    } else {
      served.body = "[]";
    }
    return served;
  };
  return kind;
}

FeedKind lahella() {
  FeedKind kind;
  kind.type = "lahella";
  kind.listing_prefix = "lahella:";
  kind.source = [](const std::string& origin, const TempDir&, int size) {
    SourceConfig source;
    source.name = "lahella";
    source.type = "lahella";
    source.url = origin + "/lh/activities";
    source.settings["page_size"] = std::to_string(size);
    return source;
  };
  kind.serve = [](const httplib::Request& req, const std::string&, const std::vector<Item>& items, int size,
                  const Wire& wire) {
    Served served;
    if (req.path != "/lh/activities") return served;
    const int limit = std::max(1, int_param(req, "limit", size));
    served.page = int_param(req, "skip", 0) / limit + 1;
    const int shown = wire.loop ? 1 : served.page;
    const int pages = page_count(items, limit);
    const std::string list = joined(slice(items, shown, limit), [](const Item& item) {
      return R"({"_key":")" + item.id + R"(","status":"published","traits":{"type":"hobby","translations":{"fi":{"name":")" +
             item.name + R"(","description":")" + item.description + R"("}}}})";
    });
    served.body = R"({"items":[)" + list + "]";
    if (wire.lie_count)
      served.body += R"(,"total":)" + std::to_string(items.size() + 1000) + "}";  // no hasMore: the total is trusted
    else
      served.body += R"(,"total":)" + std::to_string(items.size()) + R"(,"hasMore":)" +
                     (wire.loop || served.page < pages ? "true" : "false") + "}";
    return served;
  };
  return kind;
}

FeedKind mapped() {
  FeedKind kind;
  kind.type = "mapped";
  kind.follows_links = true;
  kind.listing_prefix = "mapped:";
  kind.source = [](const std::string& origin, const TempDir& dir, int) {
    std::ofstream(dir / "mapping.json")
        << R"({"items": "data", "paging": {"style": "next", "next": "links.next"}, "default_language": "fi",)"
        << R"( "fields": {"id": "id", "name": "title", "description": "body"}})";
    SourceConfig source;
    source.name = "mapped";
    source.type = "mapped";
    source.url = origin + "/mp/feed";
    source.base_dir = dir.path();
    source.settings["mapping"] = "mapping.json";
    return source;
  };
  kind.serve = [](const httplib::Request& req, const std::string& origin, const std::vector<Item>& items, int size,
                  const Wire& wire) {
    Served served;
    if (req.path != "/mp/feed") return served;
    const int pages = page_count(items, size);
    served.page = int_param(req, "page", 1);
    const std::string list = joined(slice(items, served.page, size), [](const Item& item) {
      return R"({"id":")" + item.id + R"(","title":")" + item.name + R"(","body":")" + item.description + R"("})";
    });
    const std::size_t total = wire.lie_count ? items.size() + 1000 : items.size();
    served.body = R"({"data":[)" + list + R"(],"links":{"next":)" +
                  quoted_or_null(next_link(origin, "/mp/feed", served.page, pages, wire)) + R"(},"meta":{"total":)" +
                  std::to_string(total) + "}}";
    return served;
  };
  return kind;
}

}  // namespace

std::string ptv_guid(const std::string& id) {
  return "00000000-0000-4000-8000-" + std::string(12 - std::min<std::size_t>(12, id.size()), '0') + id;
}

const std::vector<FeedKind>& feed_kinds() {
  static const std::vector<FeedKind> kinds{linkedevents(), tpr(), ptv(), lahella(), mapped()};
  return kinds;
}

}  // namespace tarjotin::testing
