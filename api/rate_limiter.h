#pragma once
// RateLimiter: at most `per_hour` events per key (a client address) in any
// sliding hour, counted with a token bucket that refills continuously. Used to
// keep one client from filling the shortlist table.
//
// Memory is bounded: past kMaxKeys keys, full buckets (idle clients) are
// forgotten first. Thread-safe (one mutex; each call is O(1) amortised).

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace tarjotin {

class RateLimiter {
 public:
  static constexpr std::size_t kMaxKeys = 10000;
  // per_hour <= 0: no limit.
  explicit RateLimiter(int per_hour) : per_hour_(per_hour) {}
  RateLimiter(const RateLimiter&) = delete;
  RateLimiter& operator=(const RateLimiter&) = delete;

  // Takes one event for `key` at `now_seconds`. Returns 0 when allowed, else
  // the whole seconds to wait until the next one would be (>= 1).
  int acquire(const std::string& key, double now_seconds);

 private:
  struct Bucket {
    double tokens = 0;
    double updated = 0;
  };
  void forget_idle(double now_seconds);

  const int per_hour_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace tarjotin
