#include "model/listing_limits.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "model/listing_json.h"
#include "model/utf8.h"

namespace tarjotin {
namespace {

// `text` cut to at most `max` bytes without splitting a UTF-8 sequence, plus "…".
std::string cut(const std::string& text, std::size_t max) {
  std::size_t end = max - 3;  // room for the ellipsis
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end) + "\xE2\x80\xA6";
}

// Walks the JSON form of a listing and caps every string (names of members too).
class Capper {
 public:
  explicit Capper(rapidjson::Document::AllocatorType& alloc) : alloc_(alloc) {}

  void visit(rapidjson::Value& value) {
    if (value.IsString()) {
      cap(value);
    } else if (value.IsArray()) {
      for (auto& element : value.GetArray()) visit(element);
    } else if (value.IsObject()) {
      for (auto& member : value.GetObject()) {
        cap(member.name);
        visit(member.value);
      }
    }
  }

  std::string report() const {
    std::string out;
    if (repaired_) out = "invalid UTF-8 replaced";
    if (longest_cut_ > 0)
      out += (out.empty() ? "" : "; ") + std::string("a text of ") + std::to_string(longest_cut_) + " bytes cut to " +
             std::to_string(kMaxListingTextBytes);
    return out;
  }

 private:
  void cap(rapidjson::Value& value) {
    std::string text(value.GetString(), value.GetStringLength());
    bool changed = false;
    if (!is_valid_utf8(text)) {
      text = repair_utf8(text);
      repaired_ = changed = true;
    }
    if (text.size() > kMaxListingTextBytes) {
      if (text.size() > longest_cut_) longest_cut_ = text.size();
      text = cut(text, kMaxListingTextBytes);
      changed = true;
    }
    if (changed) value.SetString(text.data(), static_cast<rapidjson::SizeType>(text.size()), alloc_);
  }

  rapidjson::Document::AllocatorType& alloc_;
  bool repaired_ = false;
  std::size_t longest_cut_ = 0;
};

}  // namespace

std::string enforce_listing_limits(Listing& listing) {
  const std::string json = listing_to_json(listing);
  if (json.size() <= kMaxListingTextBytes && is_valid_utf8(json)) return "";  // no string can be over the limit
  rapidjson::Document document;
  document.Parse<rapidjson::kParseStopWhenDoneFlag>(json.data(), json.size());
  if (document.HasParseError()) return "";  // cannot happen: we wrote it
  Capper capper(document.GetAllocator());
  capper.visit(document);
  const std::string report = capper.report();
  if (report.empty()) return "";
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  document.Accept(writer);
  if (std::optional<Listing> capped = listing_from_json(std::string(buffer.GetString(), buffer.GetSize())))
    listing = std::move(*capped);
  return report;
}

}  // namespace tarjotin
