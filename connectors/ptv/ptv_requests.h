#pragma once
// The PTV OUT API v11 request URLs the connector uses, below an API root such
// as "https://api.palvelutietovaranto.suomi.fi/api/v11/". Pure functions on
// strings; GUIDs are put in as given (they need no escaping).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tarjotin::ptv {

// `source_url` with a trailing '/', so that request paths can be appended.
std::string api_root(const std::string& source_url);

// "yyyy-MM-ddTHH:mm:ss" in UTC, the form of v11 `date=` parameters.
std::string ptv_date(std::int64_t utc);

// "<root>Service?page=N", with "&date=<ptv_date>" for an incremental pull and
// "&status=<status>" when `status` is not empty ("Archived", "Withdrawn").
std::string guid_page_url(const std::string& root, int page, std::optional<std::int64_t> changed_since,
                          const std::string& status = "");

// "<root>Service/list?guids=a,b,c".
std::string service_list_url(const std::string& root, const std::vector<std::string>& ids);

// "<root>ServiceChannel/list?guids=a,b,c".
std::string channel_list_url(const std::string& root, const std::vector<std::string>& ids);

// "<root>ServiceChannel/<id>": one channel, for when a list request fails with 404.
std::string channel_url(const std::string& root, const std::string& id);

// "<root>Service/<id>": the service's own address, the listing's source_url.
std::string service_url(const std::string& root, const std::string& id);

}  // namespace tarjotin::ptv
