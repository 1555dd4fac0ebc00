#pragma once
// The admin routes: actions that change the catalogue, for operators only.
//
//   POST /admin/sync[?source=NAME]   pull every source (or one) now
//   POST /admin/reindex              rebuild the index from the store now
//
// Only with "Authorization: Bearer <ApiOptions::admin_token>", compared in
// constant time (api/admin_token.h). Without a configured token the routes do
// not exist (404, as any unknown path); a missing or wrong token is 401 with
// "WWW-Authenticate: Bearer". The token is never logged or echoed (the access
// log has no headers). The API does not know how an action is done: it asks
// ApiOptions::admin_action, which the application implements.
//
// Threading: called on worker threads; the hook must be thread-safe.

#include <httplib.h>

#include <functional>
#include <string>
#include <vector>

namespace tarjotin {

struct AdminRequest {
  std::string action;  // "sync" or "reindex"
  std::string source;  // sync: one source's name; "" = every source
};

// What the hook answers. 202: started (in the background); `sources` are the
// ones a sync pulls. 400: `source` is not a configured source; `sources` lists
// those that are. 409: an action is already running, or this node cannot do
// it; `message` says which.
struct AdminResult {
  int status = 202;
  std::string message;
  std::vector<std::string> sources;
};

using AdminAction = std::function<AdminResult(const AdminRequest&)>;

struct AdminContext {
  std::string token;    // empty: admin routes disabled (404)
  AdminAction action;   // unset: 503
};

void handle_admin(const AdminContext& c, const std::string& action, const httplib::Request& req,
                  httplib::Response& res);

}  // namespace tarjotin
