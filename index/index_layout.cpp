#include "index/index_layout.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace tarjotin {
namespace {

namespace fs = std::filesystem;

constexpr const char* kCurrent = "current";
constexpr const char* kGenerationPrefix = "gen-";

[[noreturn]] void fail(const std::string& what, const std::string& path, int err) {
  throw std::runtime_error("index: " + what + " " + path + ": " + std::strerror(err));
}

// N of "gen-N", or -1 for other names.
long long generation_number(const std::string& name) {
  const std::string prefix = kGenerationPrefix;
  if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) return -1;
  long long n = 0;
  for (std::size_t i = prefix.size(); i < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9' || n > 1'000'000'000'000LL) return -1;
    n = n * 10 + (name[i] - '0');
  }
  return n;
}

void sync_directory(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

WriteLock::WriteLock(const std::string& index_root) {
  std::error_code ec;
  fs::create_directories(index_root, ec);
  if (ec) throw std::runtime_error("index: cannot create " + index_root + ": " + ec.message());
  const std::string path = index_root + "/write.lock";
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) fail("cannot open lock file", path, errno);
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    ::close(fd_);
    fd_ = -1;
    if (err == EWOULDBLOCK)
      throw std::runtime_error("index: " + index_root +
                               " is locked by another writer (write.lock held by a sync or rebuild)");
    fail("cannot lock", path, err);
  }
}

WriteLock::~WriteLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

std::optional<std::string> current_generation(const std::string& index_root) {
  const std::string link = index_root + "/" + kCurrent;
  char buf[4096];
  const ssize_t n = ::readlink(link.c_str(), buf, sizeof buf - 1);
  if (n < 0) {
    if (errno == ENOENT || errno == ENOTDIR) return std::nullopt;
    fail("cannot read", link, errno);
  }
  std::string target(buf, static_cast<std::size_t>(n));
  if (generation_number(target) < 0) throw std::runtime_error("index: " + link + " points to unexpected " + target);
  return target;
}

std::string generation_path(const std::string& index_root, const std::string& generation) {
  return index_root + "/" + generation;
}

std::string next_generation(const std::string& index_root) {
  long long highest = 0;
  std::error_code ec;
  for (fs::directory_iterator it(index_root, ec), end; !ec && it != end; it.increment(ec))
    highest = std::max(highest, generation_number(it->path().filename().string()));
  if (ec) throw std::runtime_error("index: cannot list " + index_root + ": " + ec.message());
  return kGenerationPrefix + std::to_string(highest + 1);
}

void swap_current(const std::string& index_root, const std::string& generation) {
  const std::string tmp = index_root + "/.current.tmp";
  const std::string link = index_root + "/" + kCurrent;
  ::unlink(tmp.c_str());  // a leftover of an interrupted swap
  if (::symlink(generation.c_str(), tmp.c_str()) != 0) fail("cannot create symlink", tmp, errno);
  if (::rename(tmp.c_str(), link.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    fail("cannot replace", link, err);
  }
  sync_directory(index_root);
}

void remove_generations_except(const std::string& index_root, const std::string& current,
                               const std::string& previous) {
  std::error_code ec;
  std::vector<fs::path> doomed;
  for (fs::directory_iterator it(index_root, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (generation_number(name) >= 0 && name != current && name != previous) doomed.push_back(it->path());
  }
  for (const fs::path& path : doomed) fs::remove_all(path, ec);  // best effort: retried after the next swap
}

void remove_generation(const std::string& index_root, const std::string& generation) {
  std::error_code ec;
  fs::remove_all(generation_path(index_root, generation), ec);
}

}  // namespace tarjotin
