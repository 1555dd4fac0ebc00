#pragma once
// The JSON body of GET /v1/sources: per configured source its type, listing
// count, last successful run, last run with its errors, and next scheduled run.
// Read from the store's sync runs; the API serves it without knowing feeds.

#include <string>

#include "app/config.h"
#include "app/sync_scheduler.h"
#include "store/store.h"

namespace tarjotin {

// `scheduler` may be null (no scheduling): next_run is then null.
std::string source_status_json(const Config& config, Store& store, const SyncScheduler* scheduler);

}  // namespace tarjotin
