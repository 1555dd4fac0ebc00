#pragma once
// HSDS taxonomies and taxonomy terms over the catalogue's own vocabularies
// (index/catalogue_terms.h). Seven fixed taxonomies:
//   tarjotin-category       Listing::categories (themes as "theme:<code>")
//   tarjotin-target-group   Listing::target_groups ("all" = open to all)
//   yso, tpr, ptv, lahella  source keywords of those vocabularies
//   keyword                 every other source keyword
// A taxonomy term id is "<taxonomy id>:<code>": "tarjotin-category:liikunta",
// "tarjotin-target-group:seniors", "yso:yso:p4354" (the code of a keyword term
// is the keyword id as the source gives it). Term names, in one language: the
// sources' keyword labels, and the vocabulary's labels of categories and
// target groups (index/term_labels.h); the code when there is none.
// Pure functions.

#include <optional>
#include <string>
#include <vector>

#include "api/hsds/hsds_json.h"
#include "index/term_browse.h"
#include "model/listing.h"

namespace tarjotin::hsds {

struct Taxonomy {
  const char* id;
  TermKind kind;
  const char* value_prefix;  // of its term values in the index ("yso:"; "" for the tarjotin ones)
  const char* name_fi;
  const char* name_sv;
  const char* name_en;
  const char* description_fi;
  const char* description_sv;
  const char* description_en;
  const char* uri;  // "" when none
};

const std::vector<Taxonomy>& taxonomies();
const Taxonomy* find_taxonomy(const std::string& id);

// The taxonomy term id of an index value.
std::string taxonomy_term_id(TermKind kind, const std::string& value);

// The index value a taxonomy term id stands for; nullopt when the part before
// the first ':' is not a taxonomy id (or nothing follows it).
struct TermRef {
  const Taxonomy* taxonomy = nullptr;
  TermKind kind = TermKind::category;
  std::string value;
};
std::optional<TermRef> parse_taxonomy_term_id(const std::string& id);

// {id, name, description, uri} in `lang`.
Value taxonomy_json(const Taxonomy& taxonomy, const std::string& lang, Alloc& a);

// {id, code, name, description, taxonomy, taxonomy_id, taxonomy_detail,
// language, term_uri}: the name in `lang` (else another language, else the code).
Value taxonomy_term_json(const CatalogueTerm& term, const std::string& lang, Alloc& a);

// The attributes linking a listing (service) to its categories, target groups
// and keywords, each with its taxonomy term.
Value attributes_json(const Listing& listing, const std::string& lang, Alloc& a);

}  // namespace tarjotin::hsds
