#pragma once
// PageServer: a real cpp-httplib server on 127.0.0.1 and a random port, run in
// a background thread for the length of a test. Routes are added before
// start(); handlers run on the server's threads, so what they share with the
// test must be synchronised (atomics or a mutex).

#include <httplib.h>

#include <chrono>
#include <string>
#include <thread>

namespace tarjotin::testing {

class PageServer {
 public:
  PageServer() = default;
  PageServer(const PageServer&) = delete;
  PageServer& operator=(const PageServer&) = delete;
  ~PageServer() {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }

  httplib::Server& routes() { return server_; }

  // Binds, starts listening and waits until the server accepts requests.
  void start() {
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    for (int i = 0; i < 500 && !server_.is_running(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }

  int port() const { return port_; }
  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace tarjotin::testing
