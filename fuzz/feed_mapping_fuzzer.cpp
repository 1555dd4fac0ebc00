// libFuzzer target: a mapping file (operators write them; a bad one must be an error, not a crash).
#include <cstddef>
#include <cstdint>
#include <string>

#include "connectors/mapped/feed_mapping.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string error;
  tarjotin::parse_feed_mapping(std::string(reinterpret_cast<const char*>(data), size), &error);
  return 0;
}
