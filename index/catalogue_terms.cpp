#include "index/catalogue_terms.h"

#include <algorithm>

#include "index/index_schema.h"
#include "index/name_words.h"

namespace tarjotin {
namespace {

bool starts_with(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

void add_unique(std::vector<std::string>& values, const std::string& value) {
  if (!value.empty() && std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

}  // namespace

const char* term_prefix(TermKind kind) {
  switch (kind) {
    case TermKind::category:
      return schema::kPrefixCategory;
    case TermKind::target_group:
      return schema::kPrefixTargetGroup;
    case TermKind::keyword:
      return schema::kPrefixKeyword;
    case TermKind::organiser:
      break;
  }
  return schema::kPrefixOrganiser;
}

std::string keyword_vocabulary(const std::string& id) {
  if (starts_with(id, "yso:") || contains(id, "yso.fi/onto/yso/")) return "yso";
  if (starts_with(id, "tpr:")) return "tpr";
  if (starts_with(id, "ptv:") || contains(id, "urn.fi/URN:NBN:fi:au:ptvl:") || contains(id, "yso.fi/onto/koko/"))
    return "ptv";
  if (starts_with(id, "lahella:")) return "lahella";
  return "keyword";
}

const std::vector<std::string>& keyword_vocabularies() {
  static const std::vector<std::string> kVocabularies = {"yso", "tpr", "ptv", "lahella", "keyword"};
  return kVocabularies;
}

std::string keyword_term_value(const std::string& keyword_id) {
  return keyword_vocabulary(keyword_id) + ":" + keyword_id;
}

std::string organiser_key(const Organiser& organiser) {
  if (!organiser.id.empty()) return organiser.id;
  const std::string name = pick_text(organiser.name, "fi");
  const std::vector<std::string> words = name_words(name);
  if (words.empty()) return "";
  std::string folded;
  for (const std::string& word : words) folded += (folded.empty() ? "" : " ") + word;
  return "name:" + schema::hash_hex(folded);
}

std::vector<std::string> catalogue_values(const Listing& listing, TermKind kind) {
  std::vector<std::string> values;
  switch (kind) {
    case TermKind::category:
      for (const std::string& code : listing.categories) add_unique(values, code);
      break;
    case TermKind::target_group:
      for (const std::string& code : listing.target_groups) add_unique(values, code);
      break;
    case TermKind::keyword:
      for (const SourceKeyword& keyword : listing.keywords)
        if (!keyword.id.empty()) add_unique(values, keyword_term_value(keyword.id));
      break;
    case TermKind::organiser:
      add_unique(values, organiser_key(listing.organiser));
      break;
  }
  return values;
}

bool has_location(const Listing& listing) {
  const Location& l = listing.location;
  return !l.name.empty() || !l.street_address.empty() || !l.postal_code.empty() || (l.lat && l.lon);
}

}  // namespace tarjotin
