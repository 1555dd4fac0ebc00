#pragma once
// `tarjotin check` and the clean-shutdown marker of `serve` (docs/reliability.md).
//
// command_check(): checks the store (PRAGMA integrity_check) and whether the
// index agrees with it (app/integrity_check.h); when the index disagrees it is
// rebuilt from the store. Prints what it found. Exit codes:
//   0  store and index agree
//   1  the index disagreed and was rebuilt from the store (now they agree)
//   3  the store itself is damaged: nothing repaired (restore a backup, or
//      remove it and sync again)
//
// serve writes <data_dir>/serve.running when it starts and removes it when it
// stops cleanly. A marker left behind means the last serve was killed or
// crashed: check_after_unclean_shutdown() then runs the check (and repair)
// before serving.

#include <ostream>
#include <string>

#include "app/config.h"

namespace tarjotin {

inline constexpr int kCheckAgrees = 0, kCheckRepaired = 1, kCheckStoreDamaged = 3;

int command_check(const Config& config, std::ostream& out);

std::string serve_marker_path(const Config& config);

// At serve start: if the marker exists, checks and repairs (reporting on `log`);
// then writes the marker. Returns the check's exit code (kCheckAgrees when the
// last shutdown was clean).
int check_after_unclean_shutdown(const Config& config, std::ostream& log);

// At a clean serve stop: removes the marker.
void mark_clean_shutdown(const Config& config);

}  // namespace tarjotin
