#pragma once
// Which listings from different feeds are the same place or service, and
// which place an event is held at. Pure functions of listings: no store, no
// index (merge_links.h applies them to the store).
//
// Rules, in order:
//   - Two listings of the same source are never duplicates (a feed does not
//     list a place twice), and events are never duplicates of anything.
//   - Two places (kind place) are duplicates when they carry the same place
//     id (Location.id, e.g. TPR unit "tprek:41102", as a mapped feed may give
//     it). Places and services (kind place / service) are duplicates when a
//     name is the same after folding (case, å ä ö é ..., punctuation) and
//     either the street address is the same (folded, spaces ignored, and the
//     postal code, else the municipality, does not differ) or both have
//     coordinates less than kNearMetres apart. Listings with coordinates more
//     than kFarMetres apart are never duplicates, whatever their names and
//     addresses say (two "Kirjasto" in two towns).
//   - An event is held at a place (kind place) with the same non-empty place id.

#include <optional>
#include <string>
#include <vector>

#include "model/listing.h"

namespace tarjotin::duplicates {

constexpr double kNearMetres = 100;
constexpr double kFarMetres = 1000;

// Lower case, diacritics removed (ä -> a, ö -> o, å -> a, é -> e, ...), words
// of letters and digits separated by one space: "Yrjönkadun  uimahalli!" ->
// "yrjonkadun uimahalli".
std::string fold_name(const std::string& text);

// Great-circle distance in metres (WGS84 sphere approximation).
double distance_metres(double lat1, double lon1, double lat2, double lon2);

// Places and services can have duplicates; events and volunteering cannot.
bool can_have_duplicates(const Listing& listing);

// Keys find candidates without comparing every pair; duplicate_reason() and
// held_at_reason() decide. A listing is stored under match_keys() and looks
// for candidates under candidate_keys(); the two meet exactly when the rules
// above could hold:
//   place_key(id)        a place with a place id (both sides),
//   event_key(id)        an event with a place id (stored; a place looks its events up),
//   "addr:<name>|<street>"  each folded name with each folded street (spaces removed),
//   "near:<name>|<cell>"   each folded name with its ~111 m grid cell; candidate_keys()
//                        looks in the 3 x 3 cells around, so anything within kNearMetres is found.
// A name alone is never a key: a common name ("Kirjasto") would make thousands
// of candidates that the rules reject anyway.
std::vector<std::string> match_keys(const Listing& listing);
std::vector<std::string> candidate_keys(const Listing& listing);
std::string place_key(const std::string& location_id);  // "place:tprek:41102"
std::string event_key(const std::string& location_id);  // "at:tprek:41102"

// Why `a` and `b` are duplicates ("same place id tprek:41102", "same name and
// address (Yrjönkatu 21 b), 12 m apart"), or nullopt when they are not.
// Symmetric.
std::optional<std::string> duplicate_reason(const Listing& a, const Listing& b);

// Why `event` is held at `place`, or nullopt when it is not.
std::optional<std::string> held_at_reason(const Listing& event, const Listing& place);

// True when `a` should be the canonical listing of a group rather than `b`:
// a TPR unit (a place with a "tprek:" id) first, then places, then services,
// then the one with more filled fields, then the smaller id. A strict order.
bool better_canonical(const Listing& a, const Listing& b);

}  // namespace tarjotin::duplicates
