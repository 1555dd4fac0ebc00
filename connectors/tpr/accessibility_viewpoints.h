#pragma once
// TPR accessibility viewpoints: the unit field `accessibility_viewpoints`, a
// compact string such as "00:unknown,11:red,12:green,41:unknown", read into
// Listing::accessibility (feature name -> yes / no / unknown). Pure; never throws.
//
// Values: green -> yes, red -> no, unknown (or any other word) -> unknown.
// A viewpoint that the string lists is kept even when unknown; a viewpoint it
// does not list is absent. An empty or missing string gives an empty map.
//
// Viewpoint ids (TPR `accessibility_viewpoint/`, see the fixture
// tpr_v4_unifiedsearch_mock_accessibility_viewpoint_response.json) and the
// feature names they become:
//
//   id  feature name                  TPR name (en)
//   00  (dropped)                     "Choose accessibility perspective" placeholder
//   11  wheelchair                    I am a wheelchair user
//   12  wheelchair_by_car             ... - arrive by my car
//   13  wheelchair_drop_off           ... - arrive with pick-up and drop-off traffic
//   21  reduced_mobility              I have reduced mobility, but I walk
//   22  reduced_mobility_by_car       ... - arrive by my car
//   23  reduced_mobility_drop_off     ... - arrive with pick-up and drop-off traffic
//   31  rollator                      I am a rollator user
//   32  rollator_by_car               ... - arrive by my car
//   33  rollator_drop_off             ... - arrive with pick-up and drop-off traffic
//   41  stroller                      I am a stroller pusher
//   51  visually_impaired             I am visually impaired
//   52  visually_impaired_drop_off    ... - arrive with pick-up and drop-off traffic
//   61  hearing_loop                  I use a hearing aid (an induction loop serves)
//
// An id not in the table becomes "tpr_viewpoint_<id>", so nothing the register
// says is lost; malformed entries (no ':') are skipped.

#include <map>
#include <string>

#include "model/listing.h"

namespace tarjotin::tpr {

// The feature name of viewpoint `id` ("11" -> "wheelchair"); "" for the
// placeholder "00"; "tpr_viewpoint_<id>" for an id not in the table.
std::string viewpoint_feature(const std::string& id);

std::map<std::string, Tri> parse_accessibility_viewpoints(const std::string& viewpoints);

}  // namespace tarjotin::tpr
