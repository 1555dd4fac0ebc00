#include "api/connection_queue.h"

#include <algorithm>

namespace tarjotin {
namespace {
thread_local bool t_over_limit = false;
}

ConnectionQueue::ConnectionQueue(int workers, int max_connections)
    : workers_(static_cast<std::size_t>(std::max(1, workers))),
      refusing_(kRefusingThreads),
      max_connections_(std::max(std::max(1, workers), max_connections)) {}

void ConnectionQueue::enqueue(std::function<void()> fn) {
  if (open_.load() >= max_connections_) {
    refusing_.enqueue([fn = std::move(fn)] {
      t_over_limit = true;
      fn();
      t_over_limit = false;
    });
    return;
  }
  ++open_;
  workers_.enqueue([this, fn = std::move(fn)] {
    fn();
    --open_;
  });
}

void ConnectionQueue::shutdown() {
  workers_.shutdown();
  refusing_.shutdown();
}

bool ConnectionQueue::over_limit() { return t_over_limit; }

}  // namespace tarjotin
