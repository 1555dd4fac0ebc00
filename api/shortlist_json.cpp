#include "api/shortlist_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "api/response_json.h"
#include "model/time.h"

namespace tarjotin {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void key_string(Writer& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}

}  // namespace

std::string shortlist_page_path(const std::string& id) { return "/s/" + id; }

std::string shortlist_created_json(const Shortlist& list) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  key_string(w, "id", list.id);
  key_string(w, "url", shortlist_page_path(list.id));
  key_string(w, "expires", format_utc(list.expires));
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

std::string shortlist_json(const Shortlist& list, const std::vector<std::optional<Listing>>& listings,
                           std::int64_t now) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  key_string(w, "id", list.id);
  key_string(w, "lang", list.lang);
  key_string(w, "note", list.note);
  key_string(w, "created", format_utc(list.created));
  key_string(w, "expires", format_utc(list.expires));
  key_string(w, "url", shortlist_page_path(list.id));
  w.Key("items");
  w.StartArray();
  for (std::size_t i = 0; i < list.listing_ids.size(); ++i) {
    w.StartObject();
    key_string(w, "id", list.listing_ids[i]);
    const bool available = i < listings.size() && listings[i].has_value();
    w.Key("available");
    w.Bool(available);
    w.Key("listing");
    if (available) {
      const std::string item = search_result_json(*listings[i], list.lang, now);
      w.RawValue(item.c_str(), item.size(), rapidjson::kObjectType);
    } else {
      w.Null();
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace tarjotin
