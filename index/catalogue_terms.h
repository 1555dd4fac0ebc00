#pragma once
// The catalogue's own vocabularies as the index keeps them: the distinct
// categories, target groups, source keywords and organisers of the listings,
// each value a boolean term (index_schema.h) so that it can be filtered on,
// counted (term frequency) and listed (terms under its prefix).
//
//   category       Listing::categories as given (themes as "theme:<code>")
//   target_group   Listing::target_groups as given
//   keyword        "<vocabulary>:<keyword id>" (keyword_term_value)
//   organiser      organiser_key()
//
// Pure functions of a listing; thread-safe.

#include <optional>
#include <string>
#include <vector>

#include "model/listing.h"

namespace tarjotin {

enum class TermKind { category, target_group, keyword, organiser };

// The term prefix of a kind (XC, XT, XY, XI).
const char* term_prefix(TermKind kind);

// The vocabulary a source keyword id belongs to:
//   "yso"      yso:p1234, http://www.yso.fi/onto/yso/p1234
//   "tpr"      tpr:... (Helsinki service map ontology words)
//   "ptv"      ptv:..., http://urn.fi/URN:NBN:fi:au:ptvl:... (service classes, target
//              groups, life events) and http://www.yso.fi/onto/koko/... (PTV's ontology terms)
//   "lahella"  lahella:... (Lähellä.fi themes, formats, demographics)
//   "keyword"  anything else (e.g. Linked Events' own helsinki:... keywords)
std::string keyword_vocabulary(const std::string& keyword_id);
const std::vector<std::string>& keyword_vocabularies();  // the five above, in that order

// "<vocabulary>:<keyword id>", e.g. "yso:yso:p4354".
std::string keyword_term_value(const std::string& keyword_id);

// The organiser's id when the feed gives one, else "name:" + a stable hash of
// its name (the Finnish name, else sv, en, any; case and diacritics folded),
// else "" (no organiser).
std::string organiser_key(const Organiser& organiser);

// The listing's values of one kind, without duplicates or empty values.
std::vector<std::string> catalogue_values(const Listing& listing, TermKind kind);

// True when the listing has a place: a location name, street address, postal
// code or coordinates (a municipality alone is not a place).
bool has_location(const Listing& listing);

}  // namespace tarjotin
