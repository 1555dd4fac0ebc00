// libFuzzer target: PTV responses. The input is read both as a GUID page and
// as a service (or a list of services) with the input's channels as the
// channel index, as the connector maps them.
#include <cstddef>
#include <cstdint>
#include <string>

#include <rapidjson/document.h>

#include "connectors/ptv/guid_page.h"
#include "connectors/ptv/service_mapping.h"
#include "model/untrusted_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string body(reinterpret_cast<const char*>(data), size);
  tarjotin::ptv::parse_guid_page(body);
  rapidjson::Document document;
  if (tarjotin::parse_untrusted_json(body, document)) return 0;
  tarjotin::ptv::ChannelIndex channels;
  auto map = [&](const rapidjson::Value& service) {
    for (const std::string& id : tarjotin::ptv::linked_channel_ids(service)) channels[id] = &service;
    std::string error;
    tarjotin::ptv::map_service("ptv", "https://api.palvelutietovaranto.suomi.fi/api/v11/", service, channels, &error);
  };
  if (document.IsArray()) {
    for (const auto& service : document.GetArray()) map(service);
  } else {
    map(document);
  }
  return 0;
}
