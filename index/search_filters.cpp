#include "index/search_filters.h"

#include "index/index_schema.h"

namespace tarjotin {
namespace {

const char* facet_prefix(const std::string& facet) {
  if (facet == "kind") return schema::kPrefixKind;
  if (facet == "language") return schema::kPrefixLanguage;
  if (facet == "free") return schema::kPrefixFree;
  if (facet == "category") return schema::kPrefixCategory;
  return schema::kPrefixMunicipality;
}

Xapian::Query any_of(const std::string& facet, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> terms;
  for (const std::string& value : values) terms.emplace_back(schema::term(facet_prefix(facet), value));
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query date_query(const SearchRequest& request) {
  std::vector<Xapian::Query> bounds;
  if (request.end)
    bounds.emplace_back(Xapian::Query::OP_VALUE_LE, schema::kStart,
                        Xapian::sortable_serialise(static_cast<double>(*request.end)));
  if (request.start)
    bounds.emplace_back(Xapian::Query::OP_VALUE_GE, schema::kEnd,
                        Xapian::sortable_serialise(static_cast<double>(*request.start)));
  return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(schema::kTermNoDate),
                       Xapian::Query(Xapian::Query::OP_AND, bounds.begin(), bounds.end()));
}

}  // namespace

std::vector<std::string> selected_values(const SearchRequest& request, const std::string& facet) {
  if (facet == "kind") return request.kinds;
  if (facet == "language") return request.languages;
  if (facet == "category") return request.categories;
  if (facet == "municipality") return request.municipalities;
  if (facet == "free" && request.free) return {*request.free ? "yes" : "no"};
  return {};
}

bool has_date_filter(const SearchRequest& request) { return request.start || request.end; }

Xapian::Query filtered_query(const Xapian::Query& text, const SearchRequest& request, const std::string& skip_facet) {
  std::vector<Xapian::Query> filters;
  for (const std::string& facet : known_facets()) {
    if (facet == skip_facet) continue;
    const std::vector<std::string> values = selected_values(request, facet);
    if (!values.empty()) filters.push_back(any_of(facet, values));
  }
  if (has_date_filter(request)) filters.push_back(date_query(request));
  if (filters.empty()) return text;
  return Xapian::Query(Xapian::Query::OP_FILTER, text,
                       Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()));
}

}  // namespace tarjotin
