#include "index/search_filters.h"

#include "index/catalogue_terms.h"
#include "index/index_schema.h"
#include "index/location_filter.h"

namespace tarjotin {
namespace {

Xapian::Query serialised(Xapian::Query::op op, Xapian::valueno slot, double value) {
  return Xapian::Query(op, slot, Xapian::sortable_serialise(value));
}

Xapian::Query combine(Xapian::Query::op op, const std::vector<Xapian::Query>& parts) {
  return Xapian::Query(op, parts.begin(), parts.end());
}

Xapian::Query any_of(const std::string& facet, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> terms;
  for (const std::string& value : values) terms.emplace_back(*schema::facet_term(facet, value));
  return combine(Xapian::Query::OP_OR, terms);
}

Xapian::Query all_of(const std::string& facet, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> terms;
  for (const std::string& value : values) terms.emplace_back(*schema::facet_term(facet, value));
  return combine(Xapian::Query::OP_AND, terms);
}

Xapian::Query any_term(TermKind kind, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> terms;
  for (const std::string& value : values) terms.emplace_back(schema::term(term_prefix(kind), value));
  return combine(Xapian::Query::OP_OR, terms);
}

Xapian::Query date_query(const SearchRequest& request) {
  std::vector<Xapian::Query> bounds;
  if (request.end) bounds.push_back(serialised(Xapian::Query::OP_VALUE_LE, schema::kStart, *request.end));
  if (request.start) bounds.push_back(serialised(Xapian::Query::OP_VALUE_GE, schema::kEnd, *request.start));
  return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(schema::kTermNoDate), combine(Xapian::Query::OP_AND, bounds));
}

// Undated listings, or dated ones with an occurrence term among the values.
Xapian::Query undated_or(const std::string& facet, const std::vector<std::string>& values) {
  return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(schema::kTermNoDate), any_of(facet, values));
}

Xapian::Query target_group_query(const SearchRequest& request) {
  std::vector<std::string> groups = request.target_groups;
  if (!request.target_group_only) groups.push_back(schema::kOpenToAll);
  return any_of("target_group", groups);
}

Xapian::Query price_query(double max_price) {
  return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(schema::term(schema::kPrefixFree, "yes")),
                       serialised(Xapian::Query::OP_VALUE_LE, schema::kPriceMin, max_price));
}

Xapian::Query age_query(int age) {
  return Xapian::Query(Xapian::Query::OP_AND, serialised(Xapian::Query::OP_VALUE_LE, schema::kAgeMin, age),
                       serialised(Xapian::Query::OP_VALUE_GE, schema::kAgeMax, age));
}

// Every clause but the location one.
std::vector<Xapian::Query> clauses(const SearchRequest& request) {
  std::vector<Xapian::Query> out;
  for (const char* facet : {"kind", "language", "free", "category", "theme", "channel"}) {
    const std::vector<std::string> values = selected_values(request, facet);
    if (!values.empty()) out.push_back(any_of(facet, values));
  }
  if (!request.target_groups.empty()) out.push_back(target_group_query(request));
  if (!request.accessibility.empty()) out.push_back(all_of("accessibility", request.accessibility));
  if (request.max_price) out.push_back(price_query(*request.max_price));
  if (request.registration_required)
    out.emplace_back(schema::term(schema::kPrefixRegistration, *request.registration_required ? "yes" : "no"));
  if (request.age) out.push_back(age_query(*request.age));
  if (request.updated_since)
    out.push_back(serialised(Xapian::Query::OP_VALUE_GE, schema::kUpdated, static_cast<double>(*request.updated_since)));
  if (request.start || request.end) out.push_back(date_query(request));
  if (!request.weekdays.empty()) out.push_back(undated_or("weekday", request.weekdays));
  if (!request.times_of_day.empty()) out.push_back(undated_or("time_of_day", request.times_of_day));
  if (!request.keywords.empty()) out.push_back(any_term(TermKind::keyword, request.keywords));
  if (!request.organisers.empty()) out.push_back(any_term(TermKind::organiser, request.organisers));
  if (request.located_only) out.emplace_back(schema::kTermHasLocation);
  return out;
}

Xapian::Query restrict(const Xapian::Query& text, const std::vector<Xapian::Query>& filters) {
  if (filters.empty()) return text;
  return Xapian::Query(Xapian::Query::OP_FILTER, text, combine(Xapian::Query::OP_AND, filters));
}

}  // namespace

std::vector<std::string> selected_values(const SearchRequest& request, const std::string& facet) {
  if (facet == "kind") return request.kinds;
  if (facet == "language") return request.languages;
  if (facet == "category") return request.categories;
  if (facet == "theme") return request.themes;
  if (facet == "municipality") return request.municipalities;
  if (facet == "target_group") return request.target_groups;
  if (facet == "accessibility") return request.accessibility;
  if (facet == "channel") return request.channels;
  if (facet == "weekday") return request.weekdays;
  if (facet == "time_of_day") return request.times_of_day;
  if (facet == "free" && request.free) return {*request.free ? "yes" : "no"};
  return {};
}

SearchRequest without_filter(SearchRequest request, const std::string& facet) {
  if (facet == "kind") request.kinds.clear();
  if (facet == "language") request.languages.clear();
  if (facet == "free") request.free.reset();
  if (facet == "category") request.categories.clear();
  if (facet == "theme") request.themes.clear();
  if (facet == "municipality") request.municipalities.clear();
  if (facet == "target_group") request.target_groups.clear();
  if (facet == "accessibility") request.accessibility.clear();
  if (facet == "channel") request.channels.clear();
  if (facet == "weekday") request.weekdays.clear();
  if (facet == "time_of_day") request.times_of_day.clear();
  return request;
}

bool has_any_filter(const SearchRequest& request) {
  for (const std::string& facet : known_facets())
    if (!selected_values(request, facet).empty()) return true;
  return request.max_price || request.near || request.bbox || request.start || request.end ||
         request.registration_required || request.age || request.updated_since || !request.keywords.empty() ||
         !request.organisers.empty() || request.located_only;
}

OccurrenceCriteria occurrence_criteria(const SearchRequest& request) {
  OccurrenceCriteria criteria;
  criteria.start = request.start;
  criteria.end = request.end;
  criteria.weekdays = weekday_bits(request.weekdays);
  criteria.times = time_of_day_bits(request.times_of_day);
  return criteria;
}

Xapian::Query filtered_query(const Xapian::Query& text, const SearchRequest& request, const std::string& skip_facet) {
  const SearchRequest r = skip_facet.empty() ? request : without_filter(request, skip_facet);
  std::vector<Xapian::Query> filters = clauses(r);
  if (auto location = location_query(r)) filters.push_back(*location);
  return restrict(text, filters);
}

Xapian::Query filtered_query_without_location(const Xapian::Query& text, const SearchRequest& request) {
  return restrict(text, clauses(request));
}

}  // namespace tarjotin
