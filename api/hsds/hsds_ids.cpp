#include "api/hsds/hsds_ids.h"

#include "model/time.h"

namespace tarjotin::hsds {
namespace {

constexpr const char* kServiceAtLocation = "/service_at_location";

}  // namespace

std::string service_at_location_id(const std::string& listing_id) { return listing_id + kServiceAtLocation; }

std::optional<std::string> listing_of_service_at_location(const std::string& id) {
  const std::string suffix = kServiceAtLocation;
  if (id.size() <= suffix.size() || id.compare(id.size() - suffix.size(), suffix.size(), suffix) != 0)
    return std::nullopt;
  return id.substr(0, id.size() - suffix.size());
}

std::string location_id(const std::string& listing_id) { return listing_id + "/location"; }

std::string address_id(const std::string& listing_id) { return location_id(listing_id) + "/address"; }

std::string accessibility_id(const std::string& listing_id, const std::string& feature) {
  return location_id(listing_id) + "/accessibility/" + feature;
}

std::string phone_id(const std::string& listing_id) { return listing_id + "/phone"; }

std::string language_id(const std::string& listing_id, const std::string& code) {
  return listing_id + "/language/" + code;
}

std::string cost_option_id(const std::string& listing_id, const std::string& which) {
  return listing_id + "/cost_option/" + which;
}

std::string weekly_schedule_id(const std::string& listing_id) { return listing_id + "/schedule/weekly"; }

std::string occurrence_schedule_id(const std::string& listing_id, std::int64_t start_utc) {
  std::string compact;
  for (char c : format_utc(start_utc))  // "2026-12-02T15:00:00Z" -> "20261202T150000Z"
    if (c != '-' && c != ':') compact += c;
  return listing_id + "/schedule/" + compact;
}

std::string attribute_id(const std::string& listing_id, const std::string& taxonomy_term_id) {
  return listing_id + "/attribute/" + taxonomy_term_id;
}

}  // namespace tarjotin::hsds
