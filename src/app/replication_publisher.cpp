#include "app/replication_publisher.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <xapian.h>

#include "app/child_process.h"
#include "index/index_layout.h"

namespace tarjotin {
namespace fs = std::filesystem;
namespace {

// Binds host:port once and lets go, so a taken port or a wrong address is
// reported by tarjotin at start rather than by a server dying in the background.
bool probe_bind(const std::string& host, int port, std::string* error) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_NUMERICSERV;
  addrinfo* found = nullptr;
  const std::string where = host + ":" + std::to_string(port);
  if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0 || !found) {
    *error = "replication.listen " + where + ": not an address of this machine";
    return false;
  }
  const int fd = socket(found->ai_family, found->ai_socktype | SOCK_CLOEXEC, 0);
  const int one = 1;
  if (fd >= 0) setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  const bool ok = fd >= 0 && bind(fd, found->ai_addr, found->ai_addrlen) == 0;
  const int err = errno;
  if (fd >= 0) close(fd);
  freeaddrinfo(found);
  if (!ok) *error = "replication.listen " + where + ": cannot bind: " + std::strerror(err);
  return ok;
}

}  // namespace

ReplicationPublisher::ReplicationPublisher(std::string data_dir, std::string index_root, ReplicationConfig config)
    : publish_dir_(std::move(data_dir) + "/replication"), index_root_(std::move(index_root)), config_(std::move(config)) {}

ReplicationPublisher::~ReplicationPublisher() { stop(); }

void ReplicationPublisher::publish_stub() {
  const std::optional<std::string> generation = current_generation(index_root_);
  if (!generation || *generation == published_) return;
  const std::string stub = publish_dir_ + "/" + kReplicationMasterName;
  const std::string tmp = stub + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << "# Written by tarjotin (role indexer): the index generation search nodes replicate.\n"
        << "auto " << fs::absolute(generation_path(index_root_, *generation)).lexically_normal().string() << "\n";
    if (!out) throw std::runtime_error("replication: cannot write " + tmp);
  }
  fs::rename(tmp, stub);
  published_ = *generation;
}

bool ReplicationPublisher::start_server(std::string* error) {
  server_ = start_process({"xapian-replicate-server", "-I", config_.listen_host, "-p",
                           std::to_string(config_.listen_port), publish_dir_},
                          error);
  server_up_ = server_ > 0;
  return server_ > 0;
}

bool ReplicationPublisher::start(std::string* error) {
  if (config_.listen_host == "0.0.0.0" || config_.listen_host == "::")
    std::cerr << "warning: the replication port listens on all interfaces (" << config_.listen_host
              << "); it has no authentication, keep it on a private network" << std::endl;
  if (!probe_bind(config_.listen_host, config_.listen_port, error)) return false;
  try {
    fs::create_directories(publish_dir_);
    publish_stub();
  } catch (const std::exception& e) {
    *error = e.what();
    return false;
  }
  if (!start_server(error)) return false;
  thread_ = std::thread([this] { run(); });
  return true;
}

void ReplicationPublisher::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopping_) {
    wake_.wait_for(lock, std::chrono::milliseconds(500));
    if (stopping_) break;
    try {
      publish_stub();
    } catch (const std::exception& e) {
      std::cerr << "error: " << e.what() << std::endl;
    }
    int code = 0;
    if (server_ > 0 && !process_running(server_, &code)) {
      server_up_ = false;
      std::cerr << "error: xapian-replicate-server exited (status " << code << "); restarting it" << std::endl;
      ++restarts_;
      std::string error;
      wake_.wait_for(lock, std::chrono::seconds(1));
      if (stopping_) break;
      if (!start_server(&error)) std::cerr << "error: replication server: " << error << std::endl;
    }
  }
}

void ReplicationPublisher::stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (server_ > 0) stop_process(server_);
  server_ = -1;
  server_up_ = false;
}

std::string ReplicationPublisher::metrics_text() const {
  std::string out =
      "# HELP tarjotin_replication_server_up 1 while xapian-replicate-server runs for the search nodes.\n"
      "# TYPE tarjotin_replication_server_up gauge\n"
      "tarjotin_replication_server_up " + std::string(server_up_ ? "1" : "0") + "\n"
      "# HELP tarjotin_replication_server_restarts_total Times the replication server exited and was restarted.\n"
      "# TYPE tarjotin_replication_server_restarts_total counter\n"
      "tarjotin_replication_server_restarts_total " + std::to_string(restarts_.load()) + "\n";
  try {
    if (const auto generation = current_generation(index_root_)) {
      const Xapian::Database db(generation_path(index_root_, *generation));
      out += "# HELP tarjotin_replication_published_revision Xapian revision of the index search nodes replicate.\n"
             "# TYPE tarjotin_replication_published_revision gauge\n"
             "tarjotin_replication_published_revision " + std::to_string(db.get_revision()) + "\n";
    }
  } catch (const std::exception&) {
  } catch (const Xapian::Error&) {
  }
  return out;
}

}  // namespace tarjotin
