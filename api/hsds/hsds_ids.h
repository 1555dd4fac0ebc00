#pragma once
// The ids of the HSDS records tarjotin publishes. Every id is a stable string
// (not a UUID, which HSDS 3.0 suggests with "format": "uuid"): the same record
// has the same id on every call and after every sync or reindex, and the id
// says where it comes from.
//
//   service                 the listing id, "<source>:<feed id>"
//   service_at_location     "<listing id>/service_at_location"
//   location                "<listing id>/location"
//   address                 "<listing id>/location/address"
//   accessibility           "<listing id>/location/accessibility/<feature>"
//   phone                   "<listing id>/phone"
//   language                "<listing id>/language/<code>"
//   cost_option             "<listing id>/cost_option/<free|min|max>"
//   schedule                "<listing id>/schedule/weekly", or per occurrence
//                           "<listing id>/schedule/<UTC start as 20261202T150000Z>"
//   attribute               "<listing id>/attribute/<taxonomy term id>"
//   organization            the organiser key (index/catalogue_terms.h organiser_key)
//   taxonomy, taxonomy_term see hsds_taxonomy.h
// Pure functions.

#include <cstdint>
#include <optional>
#include <string>

namespace tarjotin::hsds {

std::string service_at_location_id(const std::string& listing_id);
// The listing id of a service_at_location id; nullopt for other ids.
std::optional<std::string> listing_of_service_at_location(const std::string& id);

std::string location_id(const std::string& listing_id);
std::string address_id(const std::string& listing_id);
std::string accessibility_id(const std::string& listing_id, const std::string& feature);
std::string phone_id(const std::string& listing_id);
std::string language_id(const std::string& listing_id, const std::string& code);
std::string cost_option_id(const std::string& listing_id, const std::string& which);
std::string weekly_schedule_id(const std::string& listing_id);
std::string occurrence_schedule_id(const std::string& listing_id, std::int64_t start_utc);
std::string attribute_id(const std::string& listing_id, const std::string& taxonomy_term_id);

}  // namespace tarjotin::hsds
