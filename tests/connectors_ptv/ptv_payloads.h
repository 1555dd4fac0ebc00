#pragma once
// PTV v11 payloads for tests: the fixtures in tests/fixtures/ptv/, small edits
// of them (a linked channel added, a member set), and tiny synthetic services
// and channels where the fixtures have none.

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace tarjotin::testing {

// Fixture GUIDs.
inline const std::string kVaasaPool = "6ccb671f-05cd-46cf-a0a4-4f98d43dfd37";      // Chargeable, fi/sv/en
inline const std::string kNaantaliYouth = "228738ee-754a-49b7-8240-2b84c5ca2970";  // FreeOfCharge, fi
inline const std::string kSundomSkola = "13992280-9c95-4ede-af13-33ad2acde746";    // ServiceLocation, Vaasa
// Channels the fixture services link to; no fixtures exist for them.
inline const std::string kVaasaFeedback = "3e0951ab-890f-441b-bcf5-5c27b56b1fde";
inline const std::string kVaasaPoolWeb = "8144cba3-258a-417b-a857-884c146e205c";
inline const std::string kNaantaliWorker = "54cea689-0d6e-41ac-adf6-dd12e7e97769";
inline const std::string kNaantaliWeb = "b3664c87-fc07-4d6b-9454-f3587310eb9d";

inline std::string fixture(const std::string& name) {
  std::ifstream in(std::string(TARJOTIN_FIXTURES) + "/ptv/" + name, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}
inline std::string vaasa_pool_json() { return fixture("ptv_v9v11_kuntaapi_service_" + kVaasaPool + ".json"); }
inline std::string naantali_youth_json() { return fixture("ptv_v9v11_kuntaapi_service_" + kNaantaliYouth + ".json"); }
inline std::string sundom_skola_json() { return fixture("ptv_v9v11_kuntaapi_servicelocation_" + kSundomSkola + ".json"); }

inline std::string to_json(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

// `object_json` with member `name` set to the JSON `value_json` (added or replaced).
inline std::string with_member(const std::string& object_json, const std::string& name, const std::string& value_json) {
  rapidjson::Document document;
  document.Parse(object_json.c_str());
  rapidjson::Document value(&document.GetAllocator());
  value.Parse(value_json.c_str());
  document.RemoveMember(name.c_str());
  document.AddMember(rapidjson::Value(name.c_str(), document.GetAllocator()), rapidjson::Value(value, document.GetAllocator()),
                     document.GetAllocator());
  return to_json(document);
}

// `service_json` with a link to channel `channel_id` put first in serviceChannels;
// `connection_extra` (starting with a comma) is added to the link object.
inline std::string with_channel_link(const std::string& service_json, const std::string& channel_id,
                                     const std::string& connection_extra = "") {
  rapidjson::Document document;
  document.Parse(service_json.c_str());
  rapidjson::Document link(&document.GetAllocator());
  link.Parse((R"({"serviceChannel":{"id":")" + channel_id + R"(","name":"linked"}, "serviceHours":[])" +
              connection_extra + "}")
                 .c_str());
  rapidjson::Value& links = document["serviceChannels"];
  links.PushBack(rapidjson::Value(link, document.GetAllocator()), document.GetAllocator());
  for (rapidjson::SizeType i = links.Size() - 1; i > 0; --i) links[i].Swap(links[i - 1]);  // move it first
  return to_json(document);
}

// A service with only the given id, a Finnish name and `extra` members (starting with a comma).
inline std::string minimal_service(const std::string& id, const std::string& extra = "") {
  return R"({"id":")" + id + R"(","serviceNames":[{"language":"fi","value":"Palvelu )" + id +
         R"(","type":"Name"}])" + extra + "}";
}

// A channel of `type` ("EChannel", "Phone", "WebPage") with a Finnish name, a web
// page and, for Phone, a phone number.
inline std::string simple_channel(const std::string& id, const std::string& type, const std::string& url,
                                  const std::string& phone = "") {
  std::string json = R"({"id":")" + id + R"(","serviceChannelType":")" + type +
                     R"(","serviceChannelNames":[{"language":"fi","value":"Kanava","type":"Name"}],)" +
                     R"("webPages":[{"url":")" + url + R"(","value":"Verkkosivu","language":"fi"}])";
  if (!phone.empty())
    json += R"(,"phoneNumbers":[{"type":"Phone","prefixNumber":"+358","number":")" + phone +
            R"(","isFinnishServiceNumber":false,"language":"fi"}])";
  return json + "}";
}

// A GUID page body.
inline std::string guid_page_json(int number, int count, const std::vector<std::string>& ids) {
  std::string items;
  for (const std::string& id : ids) items += (items.empty() ? "" : ",") + (R"({"id":")" + id + R"(","name":"x"})");
  return R"({"pageNumber":)" + std::to_string(number) + R"(,"pageSize":1000,"pageCount":)" + std::to_string(count) +
         R"(,"itemList":[)" + items + "]}";
}

}  // namespace tarjotin::testing
