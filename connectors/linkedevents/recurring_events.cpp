#include "connectors/linkedevents/recurring_events.h"

#include <algorithm>
#include <map>

namespace tarjotin {

bool RecurringEvents::should_hold(const EventRecord& event) {
  return event.super_event_type == "recurring" || !event.super_event_id.empty();
}

void RecurringEvents::hold(EventRecord event) { held_.push_back(std::move(event)); }

std::vector<FeedItem> RecurringEvents::finish() {
  // Source id of each recurring parent -> its index in held_.
  std::map<std::string, std::size_t> parents;
  for (std::size_t i = 0; i < held_.size(); ++i)
    if (held_[i].super_event_type == "recurring") parents.emplace(held_[i].item.listing.source_id, i);

  std::map<std::size_t, std::vector<Occurrence>> dates;  // parent index -> its children's dates
  std::vector<bool> merged(held_.size(), false);
  for (std::size_t i = 0; i < held_.size(); ++i) {
    const EventRecord& child = held_[i];
    if (child.super_event_id.empty()) continue;
    const auto parent = parents.find(child.super_event_id);
    if (parent == parents.end() || parent->second == i) continue;
    merged[i] = true;
    if (child.item.listing.status == EventStatus::cancelled) continue;
    for (const Occurrence& occurrence : child.item.listing.occurrences)
      dates[parent->second].push_back(occurrence);
  }

  std::vector<FeedItem> items;
  for (std::size_t i = 0; i < held_.size(); ++i) {
    if (merged[i]) continue;
    FeedItem item = std::move(held_[i].item);
    auto own = dates.find(i);
    if (own != dates.end() && !own->second.empty()) {
      std::vector<Occurrence>& occurrences = own->second;
      std::sort(occurrences.begin(), occurrences.end(), [](const Occurrence& a, const Occurrence& b) {
        if (a.start != b.start) return a.start < b.start;
        return a.end.value_or(a.start) < b.end.value_or(b.start);
      });
      occurrences.erase(std::unique(occurrences.begin(), occurrences.end()), occurrences.end());
      item.listing.occurrences = std::move(occurrences);
    }
    items.push_back(std::move(item));
  }
  held_.clear();
  return items;
}

}  // namespace tarjotin
