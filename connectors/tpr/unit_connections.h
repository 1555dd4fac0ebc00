#pragma once
// A TPR unit's `connections` (REST v4 with newfeatures=yes): an array of
// `{section_type, name_fi/_sv/_en, www_fi/_sv/_en, phone, email, contact_person, tags}`
// sorted out by section_type. Pure; never throws.
//
// - OPENING_HOURS, OTHER_INFO, PRICE: their name_* texts, several connections of
//   one type joined per language with a blank line, in feed order.
// - LINK: the first link's www (fi, else sv, else en).
// - PHONE_OR_EMAIL: the first phone and the first email given.
// Other section types (TOPICAL, SOCIAL_MEDIA_LINK, ESERVICE_LINK, ...), entries
// that are not objects and unknown members are ignored. A missing or non-array
// value reads as no connections.

#include <string>

#include <rapidjson/document.h>

#include "model/localized_text.h"

namespace tarjotin::tpr {

struct UnitConnections {
  LocalizedText opening_hours;
  LocalizedText other_info;
  LocalizedText price;
  std::string link;    // "" when no LINK has a www
  std::string phone;   // "" when no PHONE_OR_EMAIL has a phone
  std::string email;   // "" when no PHONE_OR_EMAIL has an email
};

UnitConnections read_connections(const rapidjson::Value* connections);

}  // namespace tarjotin::tpr
