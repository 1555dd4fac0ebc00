#pragma once
// The `traits.channels[]` part of a Lähellä.fi activity: where, how and when it
// is run. Pure: no I/O, never throws.
//
// - type[] place -> "in_person", online -> "online", phone -> "phone",
//   hybrid -> "in_person" and "online" (listing.channels, no duplicates).
// - The first channel with an address or a map point gives listing.location:
//   id = channel id, translations.{lang}.address.street -> street_address,
//   .postalCode -> postal_code, .city -> municipality, map.center GeoJSON
//   [lon, lat] -> lon / lat.
// - accessibility[] codes of every channel -> accessibility[code] = yes
//   ("ac_unknow", the form's "don't know", adds nothing).
// - registrationRequired true/false -> registration.required yes/no (yes if any
//   channel says yes); registrationUrl -> registration.url; registrationEmail ->
//   contact.email when the activity has no email contact.
// - events[] -> occurrences (weekly_schedule.h), merged over channels, sorted.

#include <rapidjson/document.h>

#include "connectors/lahella/weekly_schedule.h"
#include "model/listing.h"

namespace tarjotin {

// Adds what `channels` (the array; anything else is ignored) says to `listing`.
void add_channels(const rapidjson::Value& channels, const ScheduleWindow& window, Listing& listing);

}  // namespace tarjotin
