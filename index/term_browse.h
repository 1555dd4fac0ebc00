#pragma once
// Lists the catalogue terms (catalogue_terms.h) the index holds: each distinct
// value of a kind with the exact number of listings carrying it (its term
// frequency) and its stored names (term_labels.h), in value (byte) order.
// Costs one pass over the terms under the prefix, no pass over documents; a
// value whose term had to be cut to fit (schema::term) is read back from one
// listing that has it.
//
// Thread-safety: as the Database.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "index/catalogue_terms.h"
#include "model/localized_text.h"

namespace tarjotin {

struct CatalogueTerm {
  TermKind kind = TermKind::category;
  std::string value;
  std::int64_t count = 0;  // listings with this value
  LocalizedText names;     // empty when the index has none (then the value is the name)
};

// Which values: those of `kind` that start with `value_prefix`.
struct TermScope {
  TermKind kind = TermKind::category;
  std::string value_prefix;
};

struct TermBrowseRequest {
  std::vector<TermScope> scopes;  // listed one after the other, in this order
  // Folded words (name_words.h); when given, only values whose value or one of
  // whose names contains every word (after folding) are listed.
  std::vector<std::string> words;
  std::int64_t offset = 0;
  std::int64_t limit = 20;
};

struct TermBrowseResult {
  std::int64_t total = 0;  // values listed over all scopes, before offset and limit
  std::vector<CatalogueTerm> terms;
};

TermBrowseResult browse_terms(const Xapian::Database& db, const TermBrowseRequest& request);

// One value, or nullopt when no listing has it.
std::optional<CatalogueTerm> find_term(const Xapian::Database& db, TermKind kind, const std::string& value);

}  // namespace tarjotin
