#pragma once
// Sync: one pull of one source, carried through the layers in order
// feed -> connector -> store -> index.
//
// - Every page is written to the store in one transaction as it arrives; at
//   the end the index is brought up to date from the store's outbox
//   (app/index_outbox.h), so a sync killed halfway loses nothing.
// - Listings the feed says are deleted are removed from store and index.
// - Only after a complete full-snapshot pull without any error are listings
//   that were not seen removed; a failed, partial or incremental pull never
//   removes anything by absence. A pull that would remove all of a source's
//   listings, or more than half of them (and more than 10), is refused as
//   suspicious and recorded as failed unless allow_mass_removal: an upstream's
//   bad hour must not empty the catalogue.
// - The run is recorded in the store's sync_runs with its counts and errors.
// - When SyncOptions::classify is set, every listing passes through it before
//   it is stored (app/vocabulary_setup.h: the vocabulary classifier), so the
//   store and the index hold its categories and target groups.

#include <functional>
#include <string>
#include <vector>

#include "connectors/connector.h"
#include "index/index_writer.h"
#include "store/store.h"

namespace tarjotin {

struct SyncOptions {
  ConnectorOptions connector;
  double max_removal_fraction = 0.5;
  int removal_guard_minimum = 10;
  bool allow_mass_removal = false;   // --allow-mass-removal: the operator confirms a large removal
  // Called as pages arrive: source name, pages done, pages in all (-1 unknown), listings so far.
  std::function<void(const std::string&, int, int, int)> progress;
  // Called with each error line as it happens (e.g. to log to stderr).
  std::function<void(const std::string&)> log;
  // Sets a listing's vocabulary codes (categories, target groups) from what the
  // feed said, before it is stored. Unset: listings are stored as the connector made them.
  std::function<void(Listing&)> classify;
};

// Runs one source. Never throws for feed problems (they go into the run's
// errors); throws StoreError if the store itself fails.
SyncRun sync_source(const SourceConfig& source, Store& store, IndexWriter& index, const SyncOptions& options,
                    const PullOptions& pull_options = {});

// Full or incremental? A source with no successful run, or whose last
// successful full snapshot is older than full_every_seconds (default 7 days:
// some feeds' changes, such as PTV connections, do not bump their modified
// time), gets a full pull; otherwise changes since the last successful run
// (minus a small overlap for clock skew). Connectors that cannot pull changes
// ignore changed_since and report a full snapshot.
PullOptions plan_pull(Store& store, const std::string& source, std::int64_t now,
                      std::int64_t full_every_seconds = 7 * 24 * 3600);

// The order in which to sync several sources: those that deliver places (TPR,
// PTV) first, the others in config order. Events then link to the place they
// are held at as they arrive (app/duplicates/merge_links.h); in the other order
// every event would be relinked and indexed again when its place arrives.
std::vector<SourceConfig> in_sync_order(std::vector<SourceConfig> sources);

// "linkedevents: ok, 3 pages, 42 added, 0 updated, 0 unchanged, 0 removed, 0 errors, 1.2 s"
std::string summary_line(const SyncRun& run);

}  // namespace tarjotin
