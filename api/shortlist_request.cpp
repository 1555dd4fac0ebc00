#include "api/shortlist_request.h"

#include <set>

#include <rapidjson/document.h>

#include "model/untrusted_json.h"

namespace tarjotin {
namespace {

constexpr std::size_t kMaxIdBytes = 300;

ParamError error(const std::string& field, const std::string& message, std::vector<std::string> allowed = {}) {
  return ParamError{field, message, std::move(allowed)};
}

// Characters of valid UTF-8 text, or -1 when it is not valid UTF-8.
long utf8_chars(const std::string& s) {
  long n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return -1;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return -1;
    i += len;
    ++n;
  }
  return n;
}

bool has_control(const std::string& s, bool allow_newlines) {
  for (unsigned char c : s) {
    if (allow_newlines && (c == '\n' || c == '\r' || c == '\t')) continue;
    if (c < 0x20 || c == 0x7F) return true;
  }
  return false;
}

}  // namespace

std::variant<ShortlistRequest, ParamError> parse_shortlist_request(const std::string& body) {
  if (body.size() > kMaxShortlistBodyBytes)
    return error("body", "the body is larger than " + std::to_string(kMaxShortlistBodyBytes) + " bytes");
  rapidjson::Document doc;
  if (parse_untrusted_json(body, doc) || !doc.IsObject())
    return error("body", "expected a JSON object {\"listing_ids\": [...], \"lang\": ..., \"note\": ...}");
  ShortlistRequest request;
  for (const auto& m : doc.GetObject()) {
    const std::string key(m.name.GetString(), m.name.GetStringLength());
    if (key != "listing_ids" && key != "lang" && key != "note")
      return error(key, "unknown field", {"listing_ids", "lang", "note"});
  }
  if (!doc.HasMember("listing_ids") || !doc["listing_ids"].IsArray())
    return error("listing_ids", "required: an array of 1.." + std::to_string(kMaxShortlistListings) + " listing ids");
  const auto& ids = doc["listing_ids"].GetArray();
  if (ids.Empty() || ids.Size() > static_cast<rapidjson::SizeType>(kMaxShortlistListings))
    return error("listing_ids", "a shortlist holds 1.." + std::to_string(kMaxShortlistListings) + " listings, not " +
                                    std::to_string(ids.Size()));
  std::set<std::string> seen;
  for (rapidjson::SizeType i = 0; i < ids.Size(); ++i) {
    const std::string field = "listing_ids[" + std::to_string(i) + "]";
    if (!ids[i].IsString()) return error(field, "expected a listing id (a string)");
    std::string id(ids[i].GetString(), ids[i].GetStringLength());
    if (id.empty() || id.size() > kMaxIdBytes || has_control(id, false) || utf8_chars(id) < 0)
      return error(field, "expected a listing id as in the search results");
    if (!seen.insert(id).second) return error(field, "listing '" + id + "' is already on the list");
    request.listing_ids.push_back(std::move(id));
  }
  if (doc.HasMember("lang")) {
    const auto& lang = doc["lang"];
    const std::string value = lang.IsString() ? std::string(lang.GetString(), lang.GetStringLength()) : "";
    if (value != "fi" && value != "sv" && value != "en") return error("lang", "unknown language", {"fi", "sv", "en"});
    request.lang = value;
  }
  if (doc.HasMember("note") && !doc["note"].IsNull()) {
    const auto& note = doc["note"];
    if (!note.IsString()) return error("note", "expected a string");
    request.note.assign(note.GetString(), note.GetStringLength());
    const long chars = utf8_chars(request.note);
    if (chars < 0 || has_control(request.note, true)) return error("note", "expected plain text");
    if (chars > kMaxShortlistNoteChars)
      return error("note", "at most " + std::to_string(kMaxShortlistNoteChars) + " characters, not " +
                               std::to_string(chars));
  }
  return request;
}

}  // namespace tarjotin
