#include "api/hsds/hsds_handlers.h"

#include <algorithm>
#include <regex>

#include "api/hsds/hsds_ids.h"
#include "api/hsds/hsds_location.h"
#include "api/hsds/hsds_page.h"
#include "api/hsds/hsds_params.h"
#include "api/hsds/hsds_service.h"
#include "api/hsds/hsds_taxonomy.h"
#include "api/response_json.h"
#include "index/catalogue_terms.h"
#include "index/name_words.h"
#include "model/time.h"

namespace tarjotin::hsds {
namespace {

using Req = httplib::Request;
using Res = httplib::Response;

// The query of `route`, or nullopt with the 400 answered.
std::optional<Query> parsed(Route route, const Req& req, Res& res) {
  auto result = parse_params(route, query_params(req));
  if (auto* error = std::get_if<ParamError>(&result)) {
    send_param_error(res, *error);
    return std::nullopt;
  }
  return std::get<Query>(result);
}

void not_found(Res& res, const std::string& what, const std::string& id) {
  res.status = 404;
  res.set_content(error_json("no " + what + " with id '" + id + "'"), kJsonType);
}

void send(Res& res, const Value& value) { res.set_content(to_json(value), kJsonType); }

void send_page(Res& res, rapidjson::Document& doc, Value contents, std::int64_t total, const Query& q,
               RequestNotes& notes) {
  notes.results = static_cast<std::int64_t>(contents.Size());
  notes.total = total;
  res.set_content(page_json(doc, std::move(contents), total, q.page, q.per_page), kJsonType);
}

// Names the listing's organiser (given by id) as /hsds/organizations does:
// with the names the index merged from all of its listings, so a listing
// whose feed gave only the id still shows the organiser's name.
void name_organiser(Searcher& searcher, Listing& listing) {
  if (listing.organiser.id.empty()) return;
  const std::optional<CatalogueTerm> found = searcher.find_term(TermKind::organiser, listing.organiser.id);
  if (found && !found->names.empty()) listing.organiser.name = found->names;
}

// "http(s)://<Host>" of the request when its Host header is a plain host[:port], else "".
std::string base_url(const Req& req) {
  static const std::regex kHost(R"(^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$)");
  const std::string host = req.get_header_value("Host");
  if (!std::regex_match(host, kHost)) return "";
  return (req.get_header_value("X-Forwarded-Proto") == "https" ? "https://" : "http://") + host;
}

void root(const HandlerContext&, const Req& req, Res& res, RequestNotes&) {
  if (!parsed(Route::root, req, res)) return;
  const std::string openapi = base_url(req) + "/openapi.json";
  rapidjson::Document doc(rapidjson::kObjectType);
  Alloc& a = doc.GetAllocator();
  add_required(doc, "version", "3.0", a);
  add_required(doc, "profile", openapi + "#/x-hsds-profile", a);
  add_required(doc, "openapi_url", openapi, a);
  send(res, doc);
}

// services and service_at_locations: one search, one item per hit.
void listings(const HandlerContext& c, const Req& req, Res& res, RequestNotes& notes, Route route) {
  const std::optional<Query> q = parsed(route, req, res);
  if (!q) return;
  SearchSlot slot(c, res);
  if (!slot.admitted()) return;
  const bool located = route == Route::service_at_locations;
  SearchResponse found;
  try {
    Searcher& searcher = thread_searcher(c.index_root);
    found = searcher.search(search_request(*q, located));
    for (SearchHit& hit : found.hits) name_organiser(searcher, hit.listing);
  } catch (const std::exception&) {
    return send_index_unavailable(res);
  }
  rapidjson::Document doc;
  Alloc& a = doc.GetAllocator();
  const std::int64_t now = now_utc();
  Value contents(rapidjson::kArrayType);
  for (const SearchHit& hit : found.hits) {
    if (!located) {
      contents.PushBack(service_json(hit.listing, q->lang, now, q->full, a), a);
      continue;
    }
    Value item = service_at_location_json(hit.listing, q->lang, now, q->full ? SalDetail::full : SalDetail::summary, a);
    item.AddMember("service", service_json(hit.listing, q->lang, now, false, a), a);
    contents.PushBack(item, a);
  }
  send_page(res, doc, std::move(contents), found.total, *q, notes);
}

void services(const HandlerContext& c, const Req& req, Res& res, RequestNotes& notes) {
  listings(c, req, res, notes, Route::services);
}

void service_at_locations(const HandlerContext& c, const Req& req, Res& res, RequestNotes& notes) {
  listings(c, req, res, notes, Route::service_at_locations);
}

// The listing `id` names, or nullopt with the 404 / 503 answered.
std::optional<Listing> listing(const HandlerContext& c, const std::string& id, const char* what, Res& res) {
  std::optional<Listing> found;
  try {
    Searcher& searcher = thread_searcher(c.index_root);
    found = searcher.get(id);
    if (found) name_organiser(searcher, *found);
  } catch (const std::exception&) {
    send_index_unavailable(res);
    return std::nullopt;
  }
  if (!found) not_found(res, what, id);
  return found;
}

void service(const HandlerContext& c, const Req& req, Res& res, RequestNotes&) {
  const std::optional<Query> q = parsed(Route::item, req, res);
  if (!q) return;
  const std::string id = req.matches[1];
  const std::optional<Listing> l = listing(c, id, "service", res);
  if (!l) return;
  rapidjson::Document doc;
  send(res, service_json(*l, q->lang, now_utc(), true, doc.GetAllocator()));
}

void service_at_location(const HandlerContext& c, const Req& req, Res& res, RequestNotes&) {
  const std::optional<Query> q = parsed(Route::item, req, res);
  if (!q) return;
  const std::string id = req.matches[1];
  const std::optional<std::string> listing_id = listing_of_service_at_location(id);
  if (!listing_id) return not_found(res, "service_at_location", id);
  std::optional<Listing> l = listing(c, *listing_id, "service_at_location", res);
  if (!l) return;
  if (!has_location(*l)) return not_found(res, "service_at_location", id);
  rapidjson::Document doc;
  Alloc& a = doc.GetAllocator();
  const std::int64_t now = now_utc();
  Value item = service_at_location_json(*l, q->lang, now, SalDetail::full, a);
  item.AddMember("service", service_json(*l, q->lang, now, false, a), a);
  send(res, item);
}

// organizations and taxonomy_terms: a page of catalogue terms.
template <typename Render>
void terms(const HandlerContext& c, const Query& q, std::vector<TermScope> scopes, Res& res, RequestNotes& notes,
           Render render) {
  SearchSlot slot(c, res);
  if (!slot.admitted()) return;
  TermBrowseRequest request;
  request.scopes = std::move(scopes);
  request.words = name_words(q.search);
  request.offset = static_cast<std::int64_t>(q.page - 1) * q.per_page;
  request.limit = q.per_page;
  TermBrowseResult found;
  try {
    found = thread_searcher(c.index_root).browse_terms(request);
  } catch (const std::exception&) {
    return send_index_unavailable(res);
  }
  rapidjson::Document doc;
  Alloc& a = doc.GetAllocator();
  Value contents(rapidjson::kArrayType);
  for (const CatalogueTerm& term : found.terms) contents.PushBack(render(term, a), a);
  send_page(res, doc, std::move(contents), found.total, q, notes);
}

void organizations(const HandlerContext& c, const Req& req, Res& res, RequestNotes& notes) {
  const std::optional<Query> q = parsed(Route::organizations, req, res);
  if (!q) return;
  terms(c, *q, {{TermKind::organiser, ""}}, res, notes,
        [&](const CatalogueTerm& term, Alloc& a) { return organization_json(term, q->lang, a); });
}

// The catalogue term of an id, or nullopt with the 404 / 503 answered.
std::optional<CatalogueTerm> term(const HandlerContext& c, TermKind kind, const std::string& value, const char* what,
                                  const std::string& id, Res& res) {
  std::optional<CatalogueTerm> found;
  try {
    found = thread_searcher(c.index_root).find_term(kind, value);
  } catch (const std::exception&) {
    send_index_unavailable(res);
    return std::nullopt;
  }
  if (!found) not_found(res, what, id);
  return found;
}

void organization(const HandlerContext& c, const Req& req, Res& res, RequestNotes&) {
  const std::optional<Query> q = parsed(Route::item, req, res);
  if (!q) return;
  const std::string id = req.matches[1];
  const std::optional<CatalogueTerm> found = term(c, TermKind::organiser, id, "organization", id, res);
  if (!found) return;
  rapidjson::Document doc;
  send(res, organization_json(*found, q->lang, doc.GetAllocator()));
}

void taxonomies_list(const HandlerContext&, const Req& req, Res& res, RequestNotes& notes) {
  const std::optional<Query> q = parsed(Route::taxonomies, req, res);
  if (!q) return;
  rapidjson::Document doc;
  Alloc& a = doc.GetAllocator();
  const auto& all = taxonomies();
  Value contents(rapidjson::kArrayType);
  const std::size_t first = static_cast<std::size_t>(q->page - 1) * static_cast<std::size_t>(q->per_page);
  for (std::size_t i = first; i < all.size() && i < first + static_cast<std::size_t>(q->per_page); ++i)
    contents.PushBack(taxonomy_json(all[i], q->lang, a), a);
  send_page(res, doc, std::move(contents), static_cast<std::int64_t>(all.size()), *q, notes);
}

void taxonomy(const HandlerContext&, const Req& req, Res& res, RequestNotes&) {
  const std::optional<Query> q = parsed(Route::item, req, res);
  if (!q) return;
  const std::string id = req.matches[1];
  const Taxonomy* found = find_taxonomy(id);
  if (!found) return not_found(res, "taxonomy", id);
  rapidjson::Document doc;
  send(res, taxonomy_json(*found, q->lang, doc.GetAllocator()));
}

void taxonomy_terms(const HandlerContext& c, const Req& req, Res& res, RequestNotes& notes) {
  const std::optional<Query> q = parsed(Route::taxonomy_terms, req, res);
  if (!q) return;
  std::vector<TermScope> scopes;
  for (const Taxonomy& t : taxonomies())
    if (!q->taxonomy || q->taxonomy == &t) scopes.push_back({t.kind, t.value_prefix});
  terms(c, *q, std::move(scopes), res, notes,
        [&](const CatalogueTerm& found, Alloc& a) { return taxonomy_term_json(found, q->lang, a); });
}

void taxonomy_term(const HandlerContext& c, const Req& req, Res& res, RequestNotes&) {
  const std::optional<Query> q = parsed(Route::item, req, res);
  if (!q) return;
  const std::string id = req.matches[1];
  const std::optional<TermRef> ref = parse_taxonomy_term_id(id);
  if (!ref) return not_found(res, "taxonomy_term", id);
  const std::optional<CatalogueTerm> found = term(c, ref->kind, ref->value, "taxonomy_term", id, res);
  if (!found) return;
  rapidjson::Document doc;
  send(res, taxonomy_term_json(*found, q->lang, doc.GetAllocator()));
}

}  // namespace

const std::vector<HsdsRoute>& hsds_routes() {
  static const std::vector<HsdsRoute> kRoutes = {
      {"/hsds/", "/hsds/", root},
      {"/hsds/services", "/hsds/services", services},
      {"/hsds/services/{id}", "/hsds/services/(.+)", service},
      {"/hsds/service_at_locations", "/hsds/service_at_locations", service_at_locations},
      {"/hsds/service_at_locations/{id}", "/hsds/service_at_locations/(.+)", service_at_location},
      {"/hsds/organizations", "/hsds/organizations", organizations},
      {"/hsds/organizations/{id}", "/hsds/organizations/(.+)", organization},
      {"/hsds/taxonomies", "/hsds/taxonomies", taxonomies_list},
      {"/hsds/taxonomies/{id}", "/hsds/taxonomies/(.+)", taxonomy},
      {"/hsds/taxonomy_terms", "/hsds/taxonomy_terms", taxonomy_terms},
      {"/hsds/taxonomy_terms/{id}", "/hsds/taxonomy_terms/(.+)", taxonomy_term},
  };
  return kRoutes;
}

}  // namespace tarjotin::hsds
