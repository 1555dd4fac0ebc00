// libFuzzer target: a Lähellä.fi activity page, recurrences expanded.
#include <cstddef>
#include <cstdint>
#include <string>

#include "connectors/lahella/activity_page.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tarjotin::ActivityContext context;
  context.source = "lahella";
  context.item_url_base = "https://hallinta.lahella.fi/api/v1/activities";
  context.window.now = 1'764'000'000;  // fixed, so that runs are reproducible
  tarjotin::parse_activity_page(std::string(reinterpret_cast<const char*>(data), size), context);
  return 0;
}
