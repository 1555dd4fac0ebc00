#include "api/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace tarjotin {

int RateLimiter::acquire(const std::string& key, double now) {
  if (rate_ <= 0) return 0;
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = buckets_.find(key);
  if (found == buckets_.end()) {
    if (buckets_.size() >= kMaxKeys) forget_idle(now);
    found = buckets_.emplace(key, Bucket{capacity_, now}).first;
  }
  Bucket& b = found->second;
  b.tokens = std::min(capacity_, b.tokens + std::max(0.0, now - b.updated) * rate_);
  b.updated = now;
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return 0;
  }
  return std::max(1, static_cast<int>(std::ceil((1 - b.tokens) / rate_)));
}

std::size_t RateLimiter::keys() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return buckets_.size();
}

void RateLimiter::forget_idle(double now) {
  for (auto it = buckets_.begin(); it != buckets_.end();) {
    if (it->second.tokens + (now - it->second.updated) * rate_ >= capacity_)
      it = buckets_.erase(it);
    else
      ++it;
  }
  if (buckets_.size() >= kMaxKeys) buckets_.clear();  // all busy: start over rather than grow
}

}  // namespace tarjotin
