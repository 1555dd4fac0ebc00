#pragma once
// RateLimiter: a token bucket per key (a client address). Each bucket holds at
// most `burst` tokens and refills continuously at `per_second`; an event takes
// one token. Used for POST /v1/shortlists (per hour) and for every request of
// a client address (ApiOptions::requests_per_second).
//
// Memory is bounded: past kMaxKeys keys, full buckets (idle clients) are
// forgotten first, and if every bucket is busy, all are (a fresh start rather
// than growth). Thread-safe (one mutex; each call is O(1) amortised).

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace tarjotin {

class RateLimiter {
 public:
  static constexpr std::size_t kMaxKeys = 10000;
  // At most per_hour events in any hour, all of them at once if saved up.
  // per_hour <= 0: no limit.
  explicit RateLimiter(int per_hour) : RateLimiter(per_hour / 3600.0, per_hour) {}
  // per_second > 0 with burst >= 1; per_second <= 0: no limit.
  RateLimiter(double per_second, double burst) : rate_(per_second), capacity_(burst < 1 ? 1 : burst) {}
  RateLimiter(const RateLimiter&) = delete;
  RateLimiter& operator=(const RateLimiter&) = delete;

  // Takes one event for `key` at `now_seconds`. Returns 0 when allowed, else
  // the whole seconds to wait until the next one would be (>= 1).
  int acquire(const std::string& key, double now_seconds);

  // Keys remembered now (for tests of the memory bound).
  std::size_t keys() const;

 private:
  struct Bucket {
    double tokens = 0;
    double updated = 0;
  };
  void forget_idle(double now_seconds);

  const double rate_;      // tokens per second
  const double capacity_;  // bucket size
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace tarjotin
