#include "app/duplicates/merge_links.h"

#include <set>
#include <unordered_map>

#include "app/duplicates/listing_merge.h"
#include "app/duplicates/place_match.h"

namespace tarjotin::duplicates {
namespace {

constexpr const char* kDuplicate = "duplicate";
constexpr const char* kPlace = "place";
// A key shared by more listings than this (many same-named listings at one
// address or in one ~100 m cell) only looks at the first ones: the work per
// relink stays bounded however large the catalogue.
constexpr int kMaxCandidatesPerKey = 200;

class Relinker {
 public:
  explicit Relinker(Store& store) : store_(store) {}

  // Recomputes the links that depend on listing `id` after it changed.
  void relink(const std::string& id) {
    cache_.erase(id);
    const std::optional<Listing> current = load(id);
    std::vector<std::string> seeds = group_of(id);
    // Events held here follow the place: a new place id, its removal, or just new content.
    for (const MergeLink& link : store_.links_to(id))
      if (link.relation == kPlace) {
        relink_event(link.listing_id);
        reindex_.insert(link.listing_id);
      }
    store_.set_match_keys(id, current ? match_keys(*current) : std::vector<std::string>());
    if (current && current->kind == Kind::event) {
      relink_event(id);
    } else {
      put_link(id, kPlace, std::nullopt);
      if (current && current->kind == Kind::place && !current->location.id.empty())
        for (const std::string& other : store_.ids_with_match_key(event_key(current->location.id)))
          relink_event(other);  // every event there, however many
    }
    if (current && can_have_duplicates(*current)) seeds.push_back(id);
    regroup(seeds);
    reindex_.insert(id);
  }

  // Puts every listing whose document changed back in the index outbox.
  void finish() {
    store_.mark_needs_reindex(std::vector<std::string>(reindex_.begin(), reindex_.end()));
    reindex_.clear();
  }

 private:
  const std::optional<Listing>& load(const std::string& id) {
    auto found = cache_.find(id);
    if (found == cache_.end()) found = cache_.emplace(id, store_.get(id)).first;
    return found->second;
  }

  // Listings sharing `key`, none of them from `except_source`. The store
  // filters by source before the limit, so listings of the seed's own feed
  // (never its duplicates) neither fill the limit nor cost loads.
  std::vector<std::string> candidates(const std::string& key, const std::string& except_source = "") {
    return store_.ids_with_match_key(key, except_source, kMaxCandidatesPerKey);
  }

  // The members of id's duplicate group as the store has it now (id included).
  std::vector<std::string> group_of(const std::string& id) {
    std::string canonical = id;
    if (const auto link = store_.link_from(id); link && link->relation == kDuplicate) canonical = link->target_id;
    std::vector<std::string> members{canonical};
    if (canonical != id) members.push_back(id);
    for (const MergeLink& link : store_.links_to(canonical))
      if (link.relation == kDuplicate && link.listing_id != id) members.push_back(link.listing_id);
    return members;
  }

  // Sets id's link of `relation` to `desired` (nullopt: removes a link of
  // that relation). A changed link reindexes id and the duplicate targets, old and new.
  void put_link(const std::string& id, const char* relation, const std::optional<MergeLink>& desired) {
    const std::optional<MergeLink> old = store_.link_from(id);
    if (!desired && (!old || old->relation != relation)) return;
    if (old == desired) return;
    // A duplicate's target carries the member in its document; a place does
    // not list its events, so a new event there leaves the place's document be.
    if (old && old->relation == kDuplicate) reindex_.insert(old->target_id);
    if (desired && desired->relation == kDuplicate) reindex_.insert(desired->target_id);
    reindex_.insert(id);
    store_.set_link(id, desired);
  }

  // The place an event is held at: among the places with its place id, the best canonical.
  void relink_event(const std::string& id) {
    const std::optional<Listing> event = load(id);
    if (!event || event->kind != Kind::event) return put_link(id, kPlace, std::nullopt);
    const Listing* best = nullptr;
    std::string reason;
    if (!event->location.id.empty())
      for (const std::string& other : candidates(place_key(event->location.id))) {
        const auto& place = load(other);
        if (!place) continue;
        const auto why = held_at_reason(*event, *place);
        if (why && (!best || better_canonical(*place, *best))) {
          best = &*place;
          reason = *why;
        }
      }
    if (!best) return put_link(id, kPlace, std::nullopt);
    put_link(id, kPlace, MergeLink{id, best->id, kPlace, reason});
  }

  // Recomputes the duplicate groups reachable from `seeds` (breadth first
  // over shared match keys) and writes their links.
  void regroup(std::vector<std::string> work) {
    std::set<std::string> done;
    for (std::size_t next = 0; next < work.size(); ++next) {
      const std::string seed = work[next];
      if (done.count(seed)) continue;
      done.insert(seed);
      const std::optional<Listing> first = load(seed);
      if (!first || !can_have_duplicates(*first)) {
        put_link(seed, kDuplicate, std::nullopt);
        continue;
      }
      std::unordered_map<std::string, std::string> reason_of{{seed, ""}};
      std::set<std::string> sources{first->source};
      std::vector<std::string> members{seed};
      for (std::size_t i = 0; i < members.size(); ++i) {
        const Listing member = *load(members[i]);
        for (const std::string& key : candidate_keys(member))
          for (const std::string& other : candidates(key, first->source)) {
            if (reason_of.count(other) || done.count(other)) continue;
            const auto& candidate = load(other);
            if (!candidate || sources.count(candidate->source)) continue;  // one listing per source
            if (const auto why = duplicate_reason(member, *candidate)) {
              reason_of[other] = *why + (members[i] == seed ? "" : " (as " + members[i] + ")");
              sources.insert(candidate->source);
              members.push_back(other);
            }
          }
      }
      std::string canonical = seed;
      for (const std::string& m : members)
        if (better_canonical(*load(m), *load(canonical))) canonical = m;
      for (const std::string& m : members) {
        done.insert(m);
        reindex_.insert(m);
        // Listings that were merged into a member but are not in this group now.
        for (const MergeLink& link : store_.links_to(m))
          if (link.relation == kDuplicate && !reason_of.count(link.listing_id)) work.push_back(link.listing_id);
        if (m == canonical) {
          put_link(m, kDuplicate, std::nullopt);
          continue;
        }
        std::string reason = duplicate_reason(*load(m), *load(canonical)).value_or(reason_of[m]);
        if (reason.empty()) reason = "the same place as the other listings of this result";
        put_link(m, kDuplicate, MergeLink{m, canonical, kDuplicate, reason});
      }
    }
  }

  Store& store_;
  std::unordered_map<std::string, std::optional<Listing>> cache_;
  std::set<std::string> reindex_;
};

}  // namespace

std::int64_t update_pending_links(Store& store) {
  std::int64_t relinked = 0;
  while (true) {
    const std::vector<std::string> ids = store.pending_link_ids(500);
    if (ids.empty()) break;
    // One transaction per batch: a relink makes a dozen small store calls,
    // and a lock and commit for each was most of a large sync's linking time.
    store.in_one_transaction([&] {
      Relinker relinker(store);
      for (const std::string& id : ids) relinker.relink(id);
      relinker.finish();
      store.mark_linked(ids);
    });
    relinked += static_cast<std::int64_t>(ids.size());
  }
  return relinked;
}

std::int64_t recompute_all_links(Store& store) {
  store.clear_links();
  return update_pending_links(store);
}

std::optional<Listing> index_view(Store& store, const Listing& listing) {
  const std::optional<MergeLink> link = store.link_from(listing.id);
  if (link && link->relation == kDuplicate && store.get(link->target_id)) return std::nullopt;
  Listing view = listing;
  std::vector<ReasonedListing> duplicates;
  for (const MergeLink& member : store.links_to(listing.id))
    if (member.relation == kDuplicate)
      if (auto other = store.get(member.listing_id)) duplicates.emplace_back(std::move(*other), member.reason);
  if (!duplicates.empty()) view = merge_duplicates(std::move(view), duplicates);
  if (link && link->relation == kPlace)
    if (const auto place = store.get(link->target_id)) inherit_from_place(view, *place, link->reason);
  return view;
}

}  // namespace tarjotin::duplicates
