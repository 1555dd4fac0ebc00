#pragma once
// Facet counts of the whole catalogue (browse: no text, no filter) straight
// from term frequencies: Database::get_termfreq of each value's boolean term
// is exact and costs no pass over the documents (search-engine-notes §2.3).
//
//   weekday / time_of_day: termfreq(value term) + termfreq(XNODATE) (undated
//     listings count for every value, and never carry these terms);
//   target_group: termfreq(group) + listings open to all without that group
//     (one small AND query per group), unless target_group_only;
//   theme / category: the category terms split on the "theme:" prefix;
//   free: its three values (the prefix XF also starts the XFI text terms).
//
// Thread-safety: as the Database.

#include <optional>
#include <string>

#include <xapian.h>

#include "index/facet_counter.h"

namespace tarjotin {

// The counts of one facet over the whole database; nullopt when a value's
// term was cut to fit (schema::term) and the caller must count documents instead.
std::optional<ValueCounts> browse_counts(const Xapian::Database& db, const std::string& facet, bool target_group_only);

}  // namespace tarjotin
