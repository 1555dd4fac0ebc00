#pragma once
// Duplicates across feeds, kept in the store and applied to the index's view
// of each listing (docs/architecture.md, row "app").
//
// The store's merge_links table holds the decisions of place_match.h:
// "duplicate" links from each non-canonical member of a group to its
// canonical listing (better_canonical), and "place" links from an event to
// the place it is held at. They are recomputed like the index outbox: for
// every listing whose content changed since its links were computed
// (Store::pending_link_ids), using its match keys to find candidates (never
// all pairs). Every listing whose index document depends on a changed one
// (the members of its old and new group, the events held at them) is put
// back in the index outbox (Store::mark_needs_reindex), so the index follows
// on the same path as any other change.
//
// index_view() is what the index holds for a stored listing: nullopt for a
// listing merged into another (its id is an alias on the canonical's
// document), else the listing with its duplicates merged in
// (merge_duplicates) and, for an event, what it inherits from its place
// (inherit_from_place).
//
// Not thread-safe (uses the caller's Store); throws what the store throws.

#include <optional>
#include <vector>

#include "model/listing.h"
#include "store/store.h"

namespace tarjotin::duplicates {

// Brings the links of every pending listing up to date; returns how many
// listings were relinked.
std::int64_t update_pending_links(Store& store);

// Forgets every link and computes them all again (for a rebuild of the index).
std::int64_t recompute_all_links(Store& store);

std::optional<Listing> index_view(Store& store, const Listing& listing);

}  // namespace tarjotin::duplicates
