#include "index/browse_facets.h"

#include "index/index_schema.h"
#include "index/occurrence_time.h"

namespace tarjotin {
namespace {

// Documents matching both terms, exactly.
std::int64_t both(const Xapian::Database& db, const std::string& a, const std::string& b) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_AND, Xapian::Query(a), Xapian::Query(b)));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

}  // namespace

std::optional<ValueCounts> browse_counts(const Xapian::Database& db, const std::string& facet, bool target_group_only) {
  const std::optional<std::string> prefix = schema::facet_prefix(facet);
  if (!prefix) return ValueCounts{};
  const std::string theme = schema::kThemePrefix;
  const bool occurrence_facet = facet == "weekday" || facet == "time_of_day";
  const std::int64_t undated = occurrence_facet ? db.get_termfreq(schema::kTermNoDate) : 0;
  ValueCounts counts;
  if (facet == "free") {  // "XF" also starts the Finnish text terms (XFI...): ask for each value
    for (const char* value : {"yes", "no", "unknown"})
      if (auto n = db.get_termfreq(schema::term(*prefix, value))) counts[value] = n;
    return counts;
  }
  for (auto it = db.allterms_begin(*prefix); it != db.allterms_end(*prefix); ++it) {
    std::optional<std::string> value = schema::term_value(*prefix, *it);
    if (!value) return std::nullopt;
    const bool themed = value->compare(0, theme.size(), theme) == 0 && value->size() > theme.size();
    if (facet == "theme" && !themed) continue;
    if (facet == "category" && themed) continue;
    if (facet == "theme") value->erase(0, theme.size());
    counts[*value] = it.get_termfreq() + undated;
  }
  if (occurrence_facet && undated > 0) {
    const std::vector<const char*> all =
        facet == "weekday" ? std::vector<const char*>(kWeekdayCodes.begin(), kWeekdayCodes.end())
                           : std::vector<const char*>(kTimeOfDayCodes.begin(), kTimeOfDayCodes.end());
    for (const char* value : all) counts.emplace(value, undated);
  }
  if (facet == "target_group" && !target_group_only) {
    const std::string open_term = schema::term(*prefix, schema::kOpenToAll);
    const std::int64_t open = db.get_termfreq(open_term);
    if (open > 0)
      for (auto& [group, count] : counts)
        if (group != schema::kOpenToAll) count += open - both(db, schema::term(*prefix, group), open_term);
  }
  return counts;
}

}  // namespace tarjotin
