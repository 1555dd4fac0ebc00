#include "api/suggest_json.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace tarjotin {
namespace {

using Alloc = rapidjson::Document::AllocatorType;
using rapidjson::Value;

Value str(const std::string& s, Alloc& a) { return Value(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), a); }

}  // namespace

std::string suggest_response_json(const SuggestRequest& request, const std::vector<Suggestion>& suggestions) {
  rapidjson::Document doc(rapidjson::kObjectType);
  Alloc& a = doc.GetAllocator();
  doc.AddMember("q", str(request.q, a), a);
  doc.AddMember("lang", str(request.lang, a), a);
  Value list(rapidjson::kArrayType);
  for (const Suggestion& s : suggestions) {
    Value item(rapidjson::kObjectType);
    item.AddMember("text", str(s.text, a), a);
    item.AddMember("lang", str(s.lang, a), a);
    item.AddMember("id", str(s.id, a), a);
    item.AddMember("kind", str(s.kind, a), a);
    list.PushBack(item, a);
  }
  doc.AddMember("suggestions", list, a);
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buf);
  doc.Accept(writer);
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace tarjotin
