#pragma once
// The files of an index on disk (see index_writer.h for the layout):
// finding, creating and swapping generations, and the writers' lock.
//
// All functions take the index root directory. Errors are std::runtime_error
// naming the path and the system error.

#include <optional>
#include <string>

namespace tarjotin {

// The exclusive write lock (flock(2) on <root>/write.lock), held for the
// object's lifetime. Does not wait: throws std::runtime_error at once when
// another writer (in this or another process) holds it. Creates root if needed.
class WriteLock {
 public:
  explicit WriteLock(const std::string& index_root);
  ~WriteLock();
  WriteLock(const WriteLock&) = delete;
  WriteLock& operator=(const WriteLock&) = delete;

 private:
  int fd_ = -1;
};

// "gen-<N>" that <root>/current points to; nullopt when there is no index yet.
std::optional<std::string> current_generation(const std::string& index_root);

// <root>/<generation>.
std::string generation_path(const std::string& index_root, const std::string& generation);

// "gen-<N+1>" for the highest N present under root ("gen-1" when none).
std::string next_generation(const std::string& index_root);

// Points <root>/current at `generation` atomically (temporary symlink + rename(2)).
// REQUIRES: the write lock is held.
void swap_current(const std::string& index_root, const std::string& generation);

// Deletes every generation directory except `current` and `previous`
// (leftovers of failed rebuilds included). REQUIRES: the write lock is held.
void remove_generations_except(const std::string& index_root, const std::string& current,
                               const std::string& previous);

// Deletes one generation directory (a failed rebuild's), best effort.
void remove_generation(const std::string& index_root, const std::string& generation);

}  // namespace tarjotin
