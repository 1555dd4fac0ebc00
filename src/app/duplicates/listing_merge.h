#pragma once
// How a group of duplicates becomes one listing, and how an event inherits
// from its place. Pure functions of listings (place_match.h decides who
// belongs together; merge_links.h reads the groups from the store).
//
// Nothing a feed says is overwritten: only what the canonical listing (or
// the event) leaves empty or unknown is filled in.

#include <string>
#include <utility>
#include <vector>

#include "model/listing.h"

namespace tarjotin::duplicates {

// `canonical` with, from each duplicate in order: texts (name, summary,
// description) in the languages it lacks; location fields it lacks (address,
// postal code, municipality, coordinates); accessibility features it does
// not know; price when unknown; age bounds when open; contact and
// registration fields when empty; and the union of categories, target
// groups, languages, channels and keywords, so filters find the group by
// what any member says. sources = the canonical listing ("self"), then each
// duplicate ("duplicate", with its reason).
using ReasonedListing = std::pair<Listing, std::string>;
Listing merge_duplicates(Listing canonical, const std::vector<ReasonedListing>& duplicates);

// Fills in what `event` does not say from the place it is held at:
// accessibility features unknown on the event, coordinates when it has
// none, and street address, postal code and municipality when missing.
// Adds the place to event.sources ("place", with `reason`), after "self".
void inherit_from_place(Listing& event, const Listing& place, const std::string& reason);

}  // namespace tarjotin::duplicates
