#include "index/term_browse.h"

#include "index/index_schema.h"
#include "index/name_words.h"
#include "index/term_labels.h"
#include "model/listing_json.h"

namespace tarjotin {
namespace {

// The value behind a term that schema::term cut and hashed: the value of one
// listing with the term that makes that very term; nullopt if none does.
std::optional<std::string> cut_value(const Xapian::Database& db, TermKind kind, const std::string& term) {
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    std::optional<Listing> listing = listing_from_json(db.get_document(*it).get_data(), nullptr);
    if (!listing) continue;
    for (const std::string& value : catalogue_values(*listing, kind))
      if (schema::term(term_prefix(kind), value) == term) return value;
  }
  return std::nullopt;
}

bool contains_all(const std::string& text, const std::vector<std::string>& words) {
  const std::string folded = fold_for_match(text);
  for (const std::string& word : words)
    if (folded.find(word) == std::string::npos) return false;
  return true;
}

bool matches(const CatalogueTerm& term, const std::vector<std::string>& words) {
  if (words.empty() || contains_all(term.value, words)) return true;
  for (const auto& entry : term.names)
    if (contains_all(entry.second, words)) return true;
  return false;
}

}  // namespace

TermBrowseResult browse_terms(const Xapian::Database& db, const TermBrowseRequest& request) {
  TermBrowseResult result;
  for (const TermScope& scope : request.scopes) {
    const std::string prefix = term_prefix(scope.kind);
    const std::string start = prefix + scope.value_prefix;
    for (auto it = db.allterms_begin(start); it != db.allterms_end(start); ++it) {
      const std::string term = *it;
      CatalogueTerm found{scope.kind, "", static_cast<std::int64_t>(it.get_termfreq()), {}};
      std::optional<std::string> value = schema::term_value(prefix, term);
      if (!value) value = cut_value(db, scope.kind, term);
      if (!value || found.count == 0) continue;
      found.value = *value;
      const bool wanted = result.total >= request.offset && result.total < request.offset + request.limit;
      if (!request.words.empty() || wanted) found.names = term_labels(db, scope.kind, found.value);
      if (!matches(found, request.words)) continue;
      if (wanted) result.terms.push_back(std::move(found));
      ++result.total;
    }
  }
  return result;
}

std::optional<CatalogueTerm> find_term(const Xapian::Database& db, TermKind kind, const std::string& value) {
  if (value.empty()) return std::nullopt;
  const std::string term = schema::term(term_prefix(kind), value);
  const Xapian::doccount count = db.get_termfreq(term);
  if (count == 0) return std::nullopt;
  if (!schema::term_value(term_prefix(kind), term) && cut_value(db, kind, term) != value) return std::nullopt;
  return CatalogueTerm{kind, value, static_cast<std::int64_t>(count), term_labels(db, kind, value)};
}

}  // namespace tarjotin
