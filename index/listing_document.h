#pragma once
// Listing -> Xapian::Document, following index/index_schema.h:
//   - the unique id term, an XD alias term for each id merged into the
//     listing (sources with relation "duplicate"), and the boolean filter terms,
//   - text per language: each language's name (wdf 3), summary (2), description
//     as plain text (1), keyword labels (2), location and organiser names (1),
//     and for fi/sv/en the municipality and street address (1), under that
//     language's prefix and stemmer,
//   - type-ahead terms of the name words, organiser and keyword terms, and
//     the has-location term (index_schema.h; no weight, no document length),
//   - value slots for dates, occurrences, coordinates, facets, price, ages,
//     the updated time and name sorting,
//   - document data = listing_to_json(listing), so a hit carries the full record.
//
// Pure function of the listing; never touches a database.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "model/listing.h"

namespace tarjotin {

Xapian::Document listing_document(const Listing& listing);

// The municipality facet value: the Finnish municipality name in lower case
// (else the first name given), e.g. "helsinki"; "" when the listing has none.
std::string municipality_facet_value(const Listing& listing);

// Values of one facet (known_facets()) for the listing, without duplicates:
// category codes without the themes, theme codes without "theme:",
// accessibility features with value yes, and the weekdays / times of day of
// the occurrences (occurrence_time.h; none for an undated listing).
std::vector<std::string> facet_values(const Listing& listing, const std::string& facet);

// When the listing was last updated: source_modified when it parses as ISO
// 8601, else last_seen when set (> 0), else nullopt.
std::optional<std::int64_t> updated_time(const Listing& listing);

}  // namespace tarjotin
