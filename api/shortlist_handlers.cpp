#include "api/shortlist_handlers.h"

#include <chrono>

#include "api/response_json.h"
#include "api/shortlist_id.h"
#include "api/shortlist_json.h"
#include "api/shortlist_page.h"
#include "api/shortlist_request.h"
#include "model/time.h"

namespace tarjotin {
namespace {

constexpr const char* kHtmlType = "text/html; charset=utf-8";
// The print page runs one script of our own and nothing else.
constexpr const char* kPageCsp =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; img-src 'self'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'";

void private_headers(httplib::Response& res) {
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("X-Robots-Tag", "noindex");
}

void unavailable(httplib::Response& res, const char* what) {
  res.status = 503;
  res.set_content(error_json(what), kJsonType);
}

// The list `id` with its listings resolved from the index now. false: the
// response (404 or 503) has been set.
bool load(const ShortlistContext& c, const std::string& id, Shortlist* list,
          std::vector<std::optional<Listing>>* listings, httplib::Response& res, bool html) {
  if (!c.book) {
    unavailable(res, "shortlists are not enabled on this server");
    return false;
  }
  std::optional<Shortlist> found;
  try {
    if (is_shortlist_id(id)) found = c.book->find(id, now_utc());
  } catch (const std::exception&) {
    unavailable(res, "shortlists cannot be read right now");
    return false;
  }
  if (!found) {
    res.status = 404;
    if (html)
      res.set_content(shortlist_missing_html("fi"), kHtmlType);
    else
      res.set_content(error_json("no shortlist '" + id + "' (it may have expired)"), kJsonType);
    return false;
  }
  try {
    Searcher& searcher = thread_searcher(c.index_root);
    for (const std::string& listing_id : found->listing_ids) listings->push_back(searcher.get(listing_id));
  } catch (const std::exception&) {
    send_index_unavailable(res);
    return false;
  }
  *list = std::move(*found);
  return true;
}

}  // namespace

void handle_create_shortlist(const ShortlistContext& c, const httplib::Request& req, httplib::Response& res) {
  private_headers(res);
  if (!c.book) return unavailable(res, "shortlists are not enabled on this server");
  if (c.creates) {
    const double now = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
    if (const int wait = c.creates->acquire(req.remote_addr, now); wait > 0) {
      res.status = 429;
      res.set_header("Retry-After", std::to_string(wait));
      res.set_content(error_json("too many shortlists from this address; try again in " + std::to_string(wait) +
                                 " seconds"),
                      kJsonType);
      return;
    }
  }
  if (req.body.size() > kMaxShortlistBodyBytes) {
    res.status = 413;
    res.set_content(param_error_json({"body", "at most " + std::to_string(kMaxShortlistBodyBytes) + " bytes", {}}),
                    kJsonType);
    return;
  }
  auto parsed = parse_shortlist_request(req.body);
  if (auto* error = std::get_if<ParamError>(&parsed)) return send_param_error(res, *error);
  ShortlistRequest& request = std::get<ShortlistRequest>(parsed);
  try {
    Searcher& searcher = thread_searcher(c.index_root);
    for (std::size_t i = 0; i < request.listing_ids.size(); ++i)
      if (!searcher.get(request.listing_ids[i]))
        return send_param_error(res, {"listing_ids[" + std::to_string(i) + "]",
                                      "no listing with id '" + request.listing_ids[i] + "'", {}});
  } catch (const std::exception&) {
    return send_index_unavailable(res);
  }
  Shortlist list;
  list.lang = request.lang;
  list.note = std::move(request.note);
  list.listing_ids = std::move(request.listing_ids);
  list.created = now_utc();
  list.expires = list.created + static_cast<std::int64_t>(c.expiry_days) * 86400;
  try {
    list.id = new_shortlist_id();
    c.book->add(list);
  } catch (const std::exception&) {
    return unavailable(res, "the shortlist could not be saved right now");
  }
  res.status = 201;
  res.set_header("Location", shortlist_page_path(list.id));
  res.set_content(shortlist_created_json(list), kJsonType);
}

void handle_get_shortlist(const ShortlistContext& c, const httplib::Request& req, httplib::Response& res) {
  private_headers(res);
  Shortlist list;
  std::vector<std::optional<Listing>> listings;
  if (!load(c, req.matches[1], &list, &listings, res, false)) return;
  res.set_content(shortlist_json(list, listings, now_utc()), kJsonType);
}

void handle_shortlist_page(const ShortlistContext& c, const httplib::Request& req, httplib::Response& res) {
  private_headers(res);
  res.set_header("Content-Security-Policy", kPageCsp);
  Shortlist list;
  std::vector<std::optional<Listing>> listings;
  if (!load(c, req.matches[1], &list, &listings, res, true)) return;
  res.set_content(shortlist_page_html(list, listings, now_utc()), kHtmlType);
}

}  // namespace tarjotin
