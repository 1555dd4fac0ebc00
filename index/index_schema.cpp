#include "index/index_schema.h"

#include <cstdint>
#include <cstdio>

namespace tarjotin::schema {
namespace {

// Glass refuses terms over 245 bytes; stay well below.
constexpr std::size_t kMaxTermBytes = 240;
constexpr std::size_t kKeptBytes = 200;

}  // namespace

std::string hash_hex(const std::string& text) {
  std::uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
  return buf;
}

std::string term(const std::string& prefix, const std::string& value) {
  if (prefix.size() + value.size() <= kMaxTermBytes) return prefix + value;
  return prefix + value.substr(0, kKeptBytes) + "#" + hash_hex(value);
}

std::optional<std::string> term_value(const std::string& prefix, const std::string& term) {
  if (term.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
  const std::size_t hashed = prefix.size() + kKeptBytes + 1 + 16;
  if (term.size() == hashed && term[prefix.size() + kKeptBytes] == '#') return std::nullopt;
  return term.substr(prefix.size());
}

std::string id_term(const std::string& listing_id) { return term("Q", listing_id); }

std::optional<std::string> facet_prefix(const std::string& facet) {
  if (facet == "kind") return std::string(kPrefixKind);
  if (facet == "language") return std::string(kPrefixLanguage);
  if (facet == "free") return std::string(kPrefixFree);
  if (facet == "category" || facet == "theme") return std::string(kPrefixCategory);
  if (facet == "municipality") return std::string(kPrefixMunicipality);
  if (facet == "target_group") return std::string(kPrefixTargetGroup);
  if (facet == "accessibility") return std::string(kPrefixAccessibility);
  if (facet == "channel") return std::string(kPrefixChannel);
  if (facet == "weekday") return std::string(kPrefixWeekday);
  if (facet == "time_of_day") return std::string(kPrefixTimeOfDay);
  return std::nullopt;
}

std::optional<std::string> facet_term(const std::string& facet, const std::string& value) {
  const std::optional<std::string> prefix = facet_prefix(facet);
  if (!prefix) return std::nullopt;
  return term(*prefix, facet == "theme" ? kThemePrefix + value : value);
}

std::optional<Xapian::valueno> facet_slot(const std::string& facet) {
  if (facet == "kind") return kFacetKind;
  if (facet == "language") return kFacetLanguage;
  if (facet == "free") return kFacetFree;
  if (facet == "category") return kFacetCategory;
  if (facet == "municipality") return kFacetMunicipality;
  if (facet == "theme") return kFacetTheme;
  if (facet == "target_group") return kFacetTargetGroup;
  if (facet == "accessibility") return kFacetAccessibility;
  if (facet == "channel") return kFacetChannel;
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
