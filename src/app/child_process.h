#pragma once
// Running the Xapian replication tools (xapian-tools) as child processes.
//
// Children die with the thread that started them (PR_SET_PDEATHSIG), so a
// killed tarjotin never leaves a replication server or client behind. The
// program is looked up in PATH.

#include <sys/types.h>

#include <atomic>
#include <string>
#include <vector>

namespace tarjotin {

struct ProcessResult {
  bool started = false;  // false: the program could not be run (output says why)
  int exit_code = -1;    // -1 when it was ended by a signal
  std::string output;    // stdout and stderr, interleaved
};

// Runs argv to completion and collects its output. While it runs, *running
// holds its pid (else 0), so another thread can end it with kill(2).
ProcessResult run_process(const std::vector<std::string>& argv, std::atomic<pid_t>* running = nullptr);

// Starts argv in its own process group with stdout and stderr going to ours.
// Returns the pid, or -1 with *error.
pid_t start_process(const std::vector<std::string>& argv, std::string* error);

// Ends a child started with start_process (SIGTERM to its process group, then
// SIGKILL after `grace_ms`) and reaps it.
void stop_process(pid_t pid, int grace_ms = 2000);

// True while the child runs; reaps it (and fills *exit_code) once it has ended.
bool process_running(pid_t pid, int* exit_code);

}  // namespace tarjotin
