#include "index/facet_labels.h"

#include "index/index_schema.h"
#include "index/listing_document.h"

namespace tarjotin {
namespace {

constexpr char kFieldSeparator = '\x1f';
constexpr char kEntrySeparator = '\x1e';

}  // namespace

std::string municipality_label_key(const std::string& value) { return schema::term("label:municipality:", value); }

std::string encode_labels(const LocalizedText& labels) {
  std::string out;
  for (const auto& [lang, text] : labels) {
    if (!out.empty()) out += kEntrySeparator;
    out += lang;
    out += kFieldSeparator;
    out += text;
  }
  return out;
}

LocalizedText decode_labels(const std::string& encoded) {
  LocalizedText labels;
  std::size_t pos = 0;
  while (pos < encoded.size()) {
    std::size_t end = encoded.find(kEntrySeparator, pos);
    if (end == std::string::npos) end = encoded.size();
    const std::string entry = encoded.substr(pos, end - pos);
    const std::size_t split = entry.find(kFieldSeparator);
    if (split != std::string::npos && split + 1 < entry.size()) labels[entry.substr(0, split)] = entry.substr(split + 1);
    pos = end + 1;
  }
  return labels;
}

std::string municipality_label(const Xapian::Database& db, const std::string& value, const std::string& lang) {
  const std::string label = pick_text(decode_labels(db.get_metadata(municipality_label_key(value))), lang);
  return label.empty() ? value : label;
}

void MunicipalityLabels::note(Xapian::WritableDatabase& db, const Listing& listing) {
  const std::string value = municipality_facet_value(listing);
  if (value.empty()) return;
  auto found = known_.find(value);
  if (found == known_.end())
    found = known_.emplace(value, decode_labels(db.get_metadata(municipality_label_key(value)))).first;
  LocalizedText& labels = found->second;
  bool changed = false;
  for (const char* lang : {"fi", "sv", "en"}) {
    auto name = listing.location.municipality.find(lang);
    if (name == listing.location.municipality.end() || name->second.empty() || labels.count(lang)) continue;
    labels[lang] = name->second;
    changed = true;
  }
  if (changed) db.set_metadata(municipality_label_key(value), encode_labels(labels));
}

}  // namespace tarjotin
