#pragma once
// ConnectionQueue: the task queue cpp-httplib hands every accepted connection
// to (Server::new_task_queue), with a cap on how many connections may be open
// at once (being served, or waiting for a worker).
//
// Up to max_connections, a connection goes to the `workers` threads (waiting
// its turn when all are busy). Beyond that it is not queued without bound: it
// goes to a small separate pool that answers its requests with 503 JSON
// (limit "connections") at once, so an overloaded server says so quickly
// instead of letting clients hang. over_limit() tells the request hooks which
// kind of thread they run on.
//
// Threading: enqueue() is called by httplib's accept thread only; shutdown()
// once, by httplib when the server stops.

#include <httplib.h>

#include <atomic>
#include <functional>

namespace tarjotin {

class ConnectionQueue : public httplib::TaskQueue {
 public:
  static constexpr int kRefusingThreads = 2;

  ConnectionQueue(int workers, int max_connections);
  ~ConnectionQueue() override = default;

  void enqueue(std::function<void()> fn) override;
  void shutdown() override;

  // True on a thread that serves a connection over the cap.
  static bool over_limit();

 private:
  httplib::ThreadPool workers_;
  httplib::ThreadPool refusing_;
  const int max_connections_;
  std::atomic<int> open_{0};  // connections given to workers_ and not yet closed
};

}  // namespace tarjotin
