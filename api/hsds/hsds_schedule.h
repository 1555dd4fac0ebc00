#pragma once
// HSDS schedules from a listing's occurrences (dates and times are local,
// Europe/Helsinki):
//   - a weekly pattern, when it is obvious: at least three occurrences over at
//     least two weeks, all on the same local start time with the same duration
//     (or all whole days), on a fixed set of weekdays, every such day from the
//     first to the last without gaps, one a day -> ONE schedule: freq WEEKLY,
//     interval 1, byday ("MO,WE"), wkst MO, dtstart / valid_from = the first
//     date, until / valid_to = the last, count, opens_at / closes_at;
//   - otherwise one schedule per occurrence: dtstart / valid_from = its local
//     start date, valid_to = its local end date, opens_at / closes_at when it
//     has times (closes_at only when it ends the day it starts; a longer one
//     says its span in description). At most kMaxSchedules: the first ones
//     that have not ended at `now`, or the last ones when fewer are left.
// opens_at / closes_at are "HH:MM+03:00" (the offset in force); a weekly
// pattern across a daylight-saving change gives "HH:MM" local time and says so
// in notes. Pure function.

#include <cstddef>
#include <cstdint>
#include <string>

#include "api/hsds/hsds_json.h"
#include "model/listing.h"

namespace tarjotin::hsds {

constexpr std::size_t kMaxSchedules = 50;

// The schedules of the listing; each carries service_id, and
// service_at_location_id when that is given (non-empty).
Value schedules_json(const Listing& listing, std::int64_t now, const std::string& service_at_location_id, Alloc& a);

}  // namespace tarjotin::hsds
