#pragma once
// A listing's place as an HSDS location and service_at_location (only for
// listings that have one: index/catalogue_terms.h has_location()).
//
// location: id, location_type "physical", name, latitude, longitude,
//   external_identifier (the source's place id, e.g. "tprek:45317") with
//   external_identifier_type "<source> place id"; in full also
//   addresses: one physical address {address_1 (street), city (municipality),
//     postal_code, country "FI", state_province "Uusimaa" ("Nyland" in sv) for
//     the 26 municipalities of Uusimaa, else ""} when any of street, postal
//     code or municipality is known;
//   accessibility: one entry per feature whose value is yes, described by its
//     label (index/value_labels.h) in `lang` ("no" and unknown are left out).
// Texts in `lang`, else another language (no HSDS field says which).
// Pure functions.

#include <cstdint>
#include <string>

#include "api/hsds/hsds_json.h"
#include "model/listing.h"

namespace tarjotin::hsds {

// The Uusimaa region name in `lang` when the listing's municipality is in
// Uusimaa, else "".
std::string uusimaa_state_province(const Listing& listing, const std::string& lang);

Value location_json(const Listing& listing, const std::string& lang, bool full, Alloc& a);

enum class SalDetail {
  summary,     // {id, service_id, location_id, location (one-to-one fields)}
  full,        // and the schedules, and the location in full
  in_service,  // the location in full, no schedules (inside a full service, which has them)
};
// A schedule has the same fields wherever it appears: the schedules of a
// listing with a place carry its service_at_location_id.
Value service_at_location_json(const Listing& listing, const std::string& lang, std::int64_t now, SalDetail detail,
                               Alloc& a);

}  // namespace tarjotin::hsds
