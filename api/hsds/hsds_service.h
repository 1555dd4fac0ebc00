#pragma once
// A listing as an HSDS 3.0 service, and organisers as organizations; texts in
// one language (`lang`, else fi, sv, en, any: HSDS has no per-field
// translations, so a client asks once per language).
//
// service (the one-to-one fields, as in list pages):
//   id (the listing id), name, description (plain text of the description,
//   else the summary), url (contact url), email, status "inactive" for a
//   cancelled event else "active", fees_description (the price text, else
//   "free" in lang when free), application_process (registration),
//   minimum_age, maximum_age, last_modified (source_modified, else last seen;
//   UTC), organization_id and organization {id, name, description};
// full adds: phones, schedules (hsds_schedule.h), service_at_locations
//   (hsds_location.h, without the service inside), languages [{id, code, name}],
//   cost_options (free: amount 0; min_eur / max_eur: amount in EUR with the
//   price text), attributes (hsds_taxonomy.h).
// Pure functions.

#include <cstdint>
#include <string>

#include "api/hsds/hsds_json.h"
#include "index/term_browse.h"
#include "model/listing.h"

namespace tarjotin::hsds {

Value service_json(const Listing& listing, const std::string& lang, std::int64_t now, bool full, Alloc& a);

// {id, name, description} of the listing's organiser; a null Value when the
// listing has none (index/catalogue_terms.h organiser_key() is "").
Value organization_json(const Listing& listing, const std::string& lang, Alloc& a);

// The same from the index's list of organisers.
Value organization_json(const CatalogueTerm& organiser, const std::string& lang, Alloc& a);

}  // namespace tarjotin::hsds
