#pragma once
// RecurringEvents: turns a Linked Events recurring series (a super event with
// super_event_type "recurring" and its sub-events) into ONE listing whose
// occurrences are the sub-events' dates.
//
// Parent and children can be on different pages, so the connector holds back
// every recurring parent and every event that has a super event, and asks for
// them once the pull has ended:
// - children of a recurring parent seen in this pull are merged into it (their
//   start/end become its occurrences, sorted by start, without duplicates;
//   cancelled children are skipped) and are not listings of their own;
// - a recurring parent with no usable child keeps its own start/end;
// - children of an umbrella event, or of a parent not seen, are listings of their own.
//
// Plain value type; not synchronised.

#include <vector>

#include "connectors/linkedevents/event_mapping.h"

namespace tarjotin {

class RecurringEvents {
 public:
  // True when `event` must wait for finish(): it is a recurring parent or has a super event.
  static bool should_hold(const EventRecord& event);

  void hold(EventRecord event);
  bool empty() const { return held_.empty(); }

  // The held events as listings, in the order they were held; empties the holder.
  std::vector<FeedItem> finish();

 private:
  std::vector<EventRecord> held_;
};

}  // namespace tarjotin
