// libFuzzer target: a page of a mapped feed, read with the example mapping
// (config/mappings/example-ngo.json, compiled in as TARJOTIN_EXAMPLE_MAPPING).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "connectors/mapped/feed_mapping.h"
#include "connectors/mapped/feed_page.h"

namespace {

const tarjotin::FeedMapping& mapping() {
  static const tarjotin::FeedMapping parsed = [] {
    std::ifstream in(TARJOTIN_EXAMPLE_MAPPING, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string error;
    std::optional<tarjotin::FeedMapping> mapping = tarjotin::parse_feed_mapping(text, &error);
    if (!mapping) std::abort();  // the example mapping must parse
    return *mapping;
  }();
  return parsed;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tarjotin::parse_feed_page(mapping(), "ngo", std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
