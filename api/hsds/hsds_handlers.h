#pragma once
// The /hsds routes: the catalogue as an Open Referral HSDS 3.0 read API.
//
//   GET /hsds/                              {version "3.0", profile, openapi_url}
//   GET /hsds/services[/{id}]               listings as services (hsds_service.h)
//   GET /hsds/service_at_locations[/{id}]   listings with a place (hsds_location.h),
//                                           each with its service (one-to-one fields)
//   GET /hsds/organizations[/{id}]          the organisers of the listings
//   GET /hsds/taxonomies[/{id}]             the seven taxonomies (hsds_taxonomy.h)
//   GET /hsds/taxonomy_terms[/{id}]         the categories, target groups and
//                                           keywords the listings use
// Lists are HSDS pages (hsds_page.h); parameters: hsds_params.h. An unknown id
// is 404 {"error": {"message"}}, a bad parameter 400 as on every route, an
// unreadable index 503. Ids: hsds_ids.h.
//
// Threading: as api/handlers.h.

#include <httplib.h>

#include <vector>

#include "api/handlers.h"

namespace tarjotin::hsds {

using Handler = void (*)(const HandlerContext& c, const httplib::Request& req, httplib::Response& res,
                         RequestNotes& notes);

struct HsdsRoute {
  const char* path;     // the template, as documented: "/hsds/services/{id}"
  const char* pattern;  // what httplib matches; the id is matches[1]
  Handler handle;
};

// Every /hsds route, in the documented order.
const std::vector<HsdsRoute>& hsds_routes();

}  // namespace tarjotin::hsds
