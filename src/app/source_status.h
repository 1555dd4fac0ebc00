#pragma once
// The JSON body of GET /v1/sources: per configured source its type, listing
// count, last successful run, last run with its errors, and next scheduled run.
// Read from the store's sync runs; the API serves it without knowing feeds.

#include <cstdint>
#include <string>

#include "app/config.h"
#include "app/sync_scheduler.h"
#include "store/store.h"

namespace tarjotin {

// `scheduler` may be null (no scheduling): next_run is then null.
std::string source_status_json(const Config& config, Store& store, const SyncScheduler* scheduler);

// Prometheus lines about the feeds, for ApiOptions::extra_metrics:
// tarjotin_source_listings, tarjotin_source_last_success_age_seconds (absent
// before the first success), tarjotin_source_last_run_ok and
// tarjotin_source_last_run_errors, each labelled with source="<name>".
std::string source_metrics_text(const Config& config, Store& store, std::int64_t now);

}  // namespace tarjotin
