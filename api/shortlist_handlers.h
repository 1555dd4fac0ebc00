#pragma once
// The shortlist routes (counsellors' lists for clients), one function each:
//
//   POST /v1/shortlists        {"listing_ids", "lang", "note"} -> 201 {"id", "url", "expires"}
//                              400 naming the field; 413 body over 16 KiB;
//                              429 with Retry-After past the per-address rate
//   GET  /v1/shortlists/{id}   the list with its listings resolved now (JSON)
//   GET  /s/{id}               the same as a printable page (api/shortlist_page.h)
//
// Unknown and expired ids are 404. With no ShortlistBook configured the
// routes answer 503. Responses carry Referrer-Policy: no-referrer so that the
// id (the only key to a list) does not leak to the sites a list links to.

#include <httplib.h>

#include <memory>
#include <string>

#include "api/handlers.h"
#include "api/rate_limiter.h"
#include "api/shortlist_book.h"

namespace tarjotin {

struct ShortlistContext {
  std::string index_root;
  std::shared_ptr<ShortlistBook> book;  // may be null: shortlists off
  int expiry_days = 90;
  RateLimiter* creates = nullptr;       // per client address
};

void handle_create_shortlist(const ShortlistContext& c, const httplib::Request& req, httplib::Response& res);
void handle_get_shortlist(const ShortlistContext& c, const httplib::Request& req, httplib::Response& res);
void handle_shortlist_page(const ShortlistContext& c, const httplib::Request& req, httplib::Response& res);

}  // namespace tarjotin
