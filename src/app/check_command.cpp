#include "app/check_command.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "app/integrity_check.h"
#include "store/store.h"

namespace tarjotin {

int command_check(const Config& config, std::ostream& out) {
  std::filesystem::create_directories(config.data_dir);
  // Before Store opens (and migrates) it: a damaged file must be reported, not written to.
  std::error_code ec;
  if (std::filesystem::exists(config.store_path(), ec)) {
    if (const std::string problem = store_integrity_problem(config.store_path()); !problem.empty()) {
      out << "store: " << problem << "\nthe store is damaged; the index was left as it is. Restore a backup of "
          << config.store_path() << ", or remove it and sync again." << std::endl;
      return kCheckStoreDamaged;
    }
  }
  Store store(config.store_path());
  const IntegrityReport report = check_integrity(store, config.store_path(), config.index_root());
  out << report.describe();
  if (!report.store_ok()) {
    out << "the store is damaged; the index was left as it is. Restore a backup of " << config.store_path()
        << ", or remove it and sync again." << std::endl;
    return kCheckStoreDamaged;
  }
  if (report.index_agrees()) return kCheckAgrees;
  const std::int64_t count = repair_index(store, config.index_root());
  out << "repaired: rebuilt the index from the store (" << count << " listings)" << std::endl;
  return kCheckRepaired;
}

std::string serve_marker_path(const Config& config) { return config.data_dir + "/serve.running"; }

int check_after_unclean_shutdown(const Config& config, std::ostream& log) {
  std::filesystem::create_directories(config.data_dir);
  const std::string marker = serve_marker_path(config);
  int result = kCheckAgrees;
  std::error_code ec;
  if (std::filesystem::exists(marker, ec)) {
    log << "the last serve did not stop cleanly (" << marker << " is still there); checking store and index"
        << std::endl;
    result = command_check(config, log);
  }
  std::ofstream(marker) << getpid() << "\n";
  return result;
}

void mark_clean_shutdown(const Config& config) {
  std::error_code ec;
  std::filesystem::remove(serve_marker_path(config), ec);
}

}  // namespace tarjotin
