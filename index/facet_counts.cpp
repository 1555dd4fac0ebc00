#include "index/facet_counts.h"

#include <algorithm>
#include <optional>

#include "index/browse_facets.h"
#include "index/location_filter.h"
#include "index/search_filters.h"
#include "index/text_query.h"
#include "index/value_cache.h"
#include "index/value_labels.h"

namespace tarjotin {
namespace {

FacetCountRules rules_for(const SearchRequest& request) {
  FacetCountRules rules;
  rules.occurrences = occurrence_criteria(request);
  rules.target_group_only = request.target_group_only;
  rules.exempt_channels = exempt_channels(request);
  return rules;
}

struct Pass {
  ValueCounts counts;
  std::int64_t documents = 0;
};

// One counting pass of `query` under `rules` (its occurrence criteria also
// decide which dated listings match).
Pass count_pass(const Xapian::Database& db, const ValueCache* values, const Xapian::Query& query,
                const FacetCountRules& rules, const std::string& facet) {
  FacetCounter counter({facet}, rules, values);
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.add_matchspy(&counter);
  std::optional<OccurrenceMatch> decider;
  if (rules.occurrences.any()) decider.emplace(rules.occurrences, values);
  enquire.get_mset(0, 0, db.get_doccount(), nullptr, decider ? &*decider : nullptr);
  return {counter.counts(facet), counter.documents()};
}

// Channel counts under a location filter (see the header).
ValueCounts channel_counts(const Xapian::Database& db, const ValueCache* values, const Xapian::Query& text,
                           const SearchRequest& request) {
  const SearchRequest any_channel = without_filter(request, "channel");
  const Xapian::Query base = filtered_query_without_location(text, any_channel);
  const Xapian::Query strict = *strict_location_query(any_channel);
  const FacetCountRules rules = rules_for(any_channel);
  ValueCounts counts = count_pass(db, values, Xapian::Query(Xapian::Query::OP_FILTER, base, strict), rules, "channel").counts;
  const Xapian::Query remote = *exempt_channels_query(any_channel);
  const Xapian::Query outside(Xapian::Query::OP_AND_NOT, Xapian::Query(Xapian::Query::OP_FILTER, base, remote), strict);
  for (const auto& [channel, count] : count_pass(db, values, outside, rules, "channel").counts)
    if (channel == "online" || channel == "phone") counts[channel] += count;
  return counts;
}

// Browse municipality counts while online / phone listings are exempt (see
// the header): one pass over the exempt listings, the rest from term
// frequencies. nullopt when nothing is exempt or a value's term was cut.
std::optional<ValueCounts> browse_municipality_counts(const Xapian::Database& db, const ValueCache* values,
                                                      const SearchRequest& request) {
  const std::optional<Xapian::Query> exempt = exempt_channels_query(request);
  std::optional<ValueCounts> placed = browse_counts(db, "municipality", false);
  if (!exempt || !placed) return placed;
  const Pass kept = count_pass(db, values, *exempt, FacetCountRules{}, "municipality");  // their own municipalities
  for (const auto& [value, count] : kept.counts) (*placed)[value] -= count;
  for (auto& [value, count] : *placed) count += kept.documents;
  return placed;
}

// Counts -> FacetValues, highest count first, then value. Selected values are
// always listed (with 0 when nothing matches them) so a client can show them.
std::vector<FacetValue> facet_result(const Xapian::Database& db, const std::string& facet, const ValueCounts& counts,
                                     const std::vector<std::string>& selected, const std::string& lang) {
  ValueCounts all;
  for (const auto& [value, count] : counts)
    if (count > 0) all.emplace(value, count);
  for (const std::string& value : selected) all.emplace(value, 0);
  std::vector<FacetValue> values;
  for (const auto& [value, count] : all) values.push_back({value, facet_value_label(db, facet, value, lang), count});
  std::sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  return values;
}

}  // namespace

std::vector<std::string> wanted_facets(const SearchRequest& request) {
  std::vector<std::string> out;
  const auto& known = known_facets();
  for (const std::string& facet : request.facets)
    if (std::find(known.begin(), known.end(), facet) != known.end() &&
        std::find(out.begin(), out.end(), facet) == out.end())
      out.push_back(facet);
  return out;
}

FacetCounts::FacetCounts(const Xapian::Database& db, const Xapian::Query& text, const SearchRequest& request,
                         const ValueCache* values)
    : db_(db), text_(text), request_(request), values_(values), wanted_(wanted_facets(request)) {
  browse_ = is_blank_query(request.q) && !has_any_filter(request);
  for (const std::string& facet : wanted_) {
    if (browse_)
      if (std::optional<ValueCounts> counts = facet == "municipality"
                                                  ? browse_municipality_counts(db, values, request)
                                                  : browse_counts(db, facet, request.target_group_only)) {
        done_[facet] = std::move(*counts);
        continue;
      }
    const bool located_channel = facet == "channel" && has_location_filter(request);
    if (!located_channel && (facet == "accessibility" || selected_values(request, facet).empty()))
      on_main_.push_back(facet);
  }
  if (!on_main_.empty()) main_counter_ = std::make_unique<FacetCounter>(on_main_, rules_for(request), values);
}

Xapian::MatchSpy* FacetCounts::main_spy() { return main_counter_.get(); }

std::map<std::string, std::vector<FacetValue>> FacetCounts::finish() {
  std::map<std::string, std::vector<FacetValue>> out;
  for (const std::string& facet : wanted_) {
    ValueCounts counts;
    if (auto found = done_.find(facet); found != done_.end()) {
      counts = found->second;
    } else if (std::find(on_main_.begin(), on_main_.end(), facet) != on_main_.end()) {
      counts = main_counter_->counts(facet);
    } else if (facet == "channel" && has_location_filter(request_)) {
      counts = channel_counts(db_, values_, text_, request_);
    } else {
      const SearchRequest without = without_filter(request_, facet);
      counts = count_pass(db_, values_, filtered_query(text_, without), rules_for(without), facet).counts;
    }
    out[facet] = facet_result(db_, facet, counts, selected_values(request_, facet), request_.lang);
  }
  return out;
}

}  // namespace tarjotin
