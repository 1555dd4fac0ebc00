#pragma once
// Turns the `events` of one Lähellä.fi channel into concrete occurrences.
// Pure: no I/O, never throws; the only clock is ScheduleWindow::now.
//
// An event is `{start, end?, timeZone, type, recurrence?}` with times in epoch
// milliseconds. Two shapes:
// - A recurrence with `daySpecificTimes` [{weekday 1=Mon..7=Sun, startTime
//   "HH:MM", endTime "HH:MM"}]: `start` and `recurrence.end` mark the first and
//   the last (inclusive) day, read as Helsinki local dates. Every week (or every
//   n-th week for period "P<n>W"; "P1D" is read as weekly too, any other period
//   gives only the first week) has one occurrence per listed weekday, at the
//   given local times in Europe/Helsinki (DST handled; an end time not after the
//   start time ends on the next day). Dates in `recurrence.exclude` (epoch ms or
//   "YYYY-MM-DD") are left out.
// - Anything else is one occurrence from `start` to `end` (or recurrence.end);
//   a start at Helsinki midnight with no end is a whole local day (date_only).
//
// The window: expansion starts at the first day, or, when the recurrence is
// still running a week before `now`, at that day (so long-running weekly groups
// show their coming dates, not their first half year). It spans at most
// max_weeks weeks, never passes the last day and yields at most max_occurrences
// occurrences per channel. `timeZone` is not read: Lähellä.fi activities are in
// Finland, and only Helsinki rules are built in.

#include <cstdint>
#include <vector>

#include <rapidjson/document.h>

#include "model/listing.h"

namespace tarjotin {

struct ScheduleWindow {
  std::int64_t now = 0;        // UTC seconds
  int max_weeks = 26;
  int max_occurrences = 200;
};

// The occurrences of a channel's `events` array, sorted by start, without
// duplicates. Entries that are not objects or have no numeric `start` are skipped.
std::vector<Occurrence> schedule_occurrences(const rapidjson::Value& events, const ScheduleWindow& window);

// UTC instant of a Helsinki wall-clock time: `days` since 1970-01-01 (local
// date) plus `seconds` into that day. In the autumn hour that occurs twice the
// first (summer time) instant is taken; a time in the spring gap is moved forward.
std::int64_t helsinki_local_to_utc(std::int64_t days, int seconds);

}  // namespace tarjotin
