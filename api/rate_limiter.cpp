#include "api/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace tarjotin {

int RateLimiter::acquire(const std::string& key, double now) {
  if (per_hour_ <= 0) return 0;
  const double rate = per_hour_ / 3600.0;  // tokens per second
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = buckets_.find(key);
  if (found == buckets_.end()) {
    if (buckets_.size() >= kMaxKeys) forget_idle(now);
    found = buckets_.emplace(key, Bucket{static_cast<double>(per_hour_), now}).first;
  }
  Bucket& b = found->second;
  b.tokens = std::min<double>(per_hour_, b.tokens + (now - b.updated) * rate);
  b.updated = now;
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return 0;
  }
  return std::max(1, static_cast<int>(std::ceil((1 - b.tokens) / rate)));
}

void RateLimiter::forget_idle(double now) {
  const double rate = per_hour_ / 3600.0;
  for (auto it = buckets_.begin(); it != buckets_.end();) {
    if (it->second.tokens + (now - it->second.updated) * rate >= per_hour_)
      it = buckets_.erase(it);
    else
      ++it;
  }
  if (buckets_.size() >= kMaxKeys) buckets_.clear();  // all busy: start over rather than grow
}

}  // namespace tarjotin
