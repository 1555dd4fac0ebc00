#include "connectors/ptv/ptv_requests.h"

#include "connectors/http/url.h"
#include "model/time.h"

namespace tarjotin::ptv {
namespace {

std::string joined(const std::vector<std::string>& ids) {
  std::string text;
  for (const std::string& id : ids) text += (text.empty() ? "" : ",") + id;
  return text;
}

}  // namespace

std::string api_root(const std::string& source_url) {
  if (!source_url.empty() && source_url.back() == '/') return source_url;
  return source_url + "/";
}

std::string ptv_date(std::int64_t utc) {
  std::string text = format_utc(utc);
  if (!text.empty() && text.back() == 'Z') text.pop_back();
  return text;
}

std::string guid_page_url(const std::string& root, int page, std::optional<std::int64_t> changed_since,
                          const std::string& status) {
  std::string url = with_query_param(root + "Service", "page", std::to_string(page));
  if (changed_since) url = with_query_param(url, "date", ptv_date(*changed_since));
  if (!status.empty()) url = with_query_param(url, "status", status);
  return url;
}

std::string service_list_url(const std::string& root, const std::vector<std::string>& ids) {
  return root + "Service/list?guids=" + joined(ids);
}

std::string channel_list_url(const std::string& root, const std::vector<std::string>& ids) {
  return root + "ServiceChannel/list?guids=" + joined(ids);
}

std::string channel_url(const std::string& root, const std::string& id) { return root + "ServiceChannel/" + id; }

std::string service_url(const std::string& root, const std::string& id) { return root + "Service/" + id; }

}  // namespace tarjotin::ptv
