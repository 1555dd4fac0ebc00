#include "api/admin_handlers.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "api/admin_token.h"
#include "api/handlers.h"
#include "api/query_values.h"
#include "api/response_json.h"

namespace tarjotin {
namespace {

std::string started_json(const std::string& action, const AdminResult& result) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("started");
  w.String(action.c_str());
  if (action == "sync") {
    w.Key("sources");
    w.StartArray();
    for (const std::string& s : result.sources) w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
    w.EndArray();
  }
  w.Key("message");
  w.String(result.message.c_str(), static_cast<rapidjson::SizeType>(result.message.size()));
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace

void handle_admin(const AdminContext& c, const std::string& action, const httplib::Request& req,
                  httplib::Response& res) {
  if (c.token.empty()) {
    res.status = 404;
    res.set_content(error_json("no such resource; see /openapi.json"), kJsonType);
    return;
  }
  const std::string authorization = req.get_header_value("Authorization");
  if (!bearer_token_matches(authorization, c.token)) {
    res.status = 401;
    res.set_header("WWW-Authenticate", authorization.empty() ? "Bearer realm=\"tarjotin admin\""
                                                             : "Bearer realm=\"tarjotin admin\", error=\"invalid_token\"");
    res.set_content(error_json("admin actions need Authorization: Bearer <admin token>"), kJsonType);
    return;
  }
  AdminRequest request;
  request.action = action;
  const QueryParams params = query_params(req);
  const std::vector<std::string> known = action == "sync" ? std::vector<std::string>{"source"}
                                                          : std::vector<std::string>{};
  if (auto problem = check_parameters(params, known)) return send_param_error(res, *problem);
  std::optional<std::string> source;
  if (auto problem = read_single(params, "source", &source)) return send_param_error(res, *problem);
  if (source) request.source = *source;
  if (!c.action) {
    res.status = 503;
    res.set_content(error_json("admin actions are not available on this server"), kJsonType);
    return;
  }
  AdminResult result;
  try {
    result = c.action(request);
  } catch (const std::exception&) {
    res.status = 503;
    res.set_content(error_json("the action could not be started; see the server's log"), kJsonType);
    return;
  }
  if (result.status == 202) {
    res.status = 202;
    res.set_content(started_json(action, result), kJsonType);
  } else if (result.status == 400) {
    send_param_error(res, ParamError{"source", result.message, result.sources});
  } else {
    res.status = result.status;
    res.set_content(error_json(result.message), kJsonType);
  }
}

}  // namespace tarjotin
