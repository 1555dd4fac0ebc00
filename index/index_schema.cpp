#include "index/index_schema.h"

#include <cstdint>
#include <cstdio>

namespace tarjotin::schema {
namespace {

// Glass refuses terms over 245 bytes; stay well below.
constexpr std::size_t kMaxTermBytes = 240;
constexpr std::size_t kKeptBytes = 200;

std::string fnv1a_hex(const std::string& text) {
  std::uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
  return buf;
}

}  // namespace

std::string term(const std::string& prefix, const std::string& value) {
  if (prefix.size() + value.size() <= kMaxTermBytes) return prefix + value;
  return prefix + value.substr(0, kKeptBytes) + "#" + fnv1a_hex(value);
}

std::string id_term(const std::string& listing_id) { return term("Q", listing_id); }

std::optional<Xapian::valueno> facet_slot(const std::string& facet) {
  if (facet == "kind") return kFacetKind;
  if (facet == "language") return kFacetLanguage;
  if (facet == "free") return kFacetFree;
  if (facet == "category") return kFacetCategory;
  if (facet == "municipality") return kFacetMunicipality;
  return std::nullopt;
}

const std::vector<TextLanguage>& stemmed_text_languages() {
  static const std::vector<TextLanguage> kLanguages = {
      {"fi", "finnish", "XFI"}, {"sv", "swedish", "XSV"}, {"en", "english", "XEN"}};
  return kLanguages;
}

const TextLanguage kOtherText = {"", "", "XOT"};

const TextLanguage& text_language(const std::string& code) {
  for (const TextLanguage& language : stemmed_text_languages())
    if (code == language.code) return language;
  return kOtherText;
}

}  // namespace tarjotin::schema
