// libFuzzer target: a Linked Events list page, as the connector parses it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "connectors/linkedevents/event_page.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tarjotin::parse_event_page("le", std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
