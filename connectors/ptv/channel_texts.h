#pragma once
// Short plain texts rendered from a PTV v11 ServiceLocation, to be appended to
// a listing's description (Listing has no fields for opening hours or
// accessibility sentences). Pure: no I/O, never throws.
//
// Texts are made only in the requested languages that have labels here (fi,
// sv, en); a language gets a text only when there is something to say in it.
//
// opening_hours_text: the regular periods (serviceHourType DaysOfTheWeek, and
// the older Standard; OverMidnight too) of a serviceHours array, e.g.
//   Aukioloajat:
//   2017-04-03–2017-04-09:        (only for a period with an end date)
//   ma–pe 08:00–16:00
//   Huhtikuun ensimmäinen viikko  (additionalInformation in that language)
// isAlwaysOpen, isReservation and isClosed become a line each. Exceptional
// (dated) hours are left out: they go stale, and the listing is not re-read daily.
//
// accessibility_text: the accessibility sentences of the visiting address's
// entrances, grouped under their sentenceGroup:
//   Esteettömyys:
//   Reitti pääsisäänkäynnille:
//   - Kulkureitti sisäänkäynnille on tasainen …
// Both v11 forms are read: `sentences[{sentence[]}]` and `sentenceDescription[]`.

#include <string>
#include <vector>

#include "connectors/ptv/ptv_json.h"

namespace tarjotin::ptv {

LocalizedText opening_hours_text(const Value* service_hours, const std::vector<std::string>& languages);

LocalizedText accessibility_text(const Value& channel, const std::vector<std::string>& languages);

// `base` with `addition` appended per language (after a blank line where
// `base` has text in that language).
void append_text(LocalizedText& base, const LocalizedText& addition);

}  // namespace tarjotin::ptv
