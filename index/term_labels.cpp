#include "index/term_labels.h"

#include "index/facet_labels.h"
#include "index/index_schema.h"
#include "index/value_labels.h"

namespace tarjotin {
namespace {

// "" for the kinds without stored names.
std::string label_key(TermKind kind, const std::string& value) {
  if (kind == TermKind::organiser) return schema::term("label:organiser:", value);
  if (kind == TermKind::keyword) return schema::term("label:keyword:", value);
  return "";
}

}  // namespace

LocalizedText term_labels(const Xapian::Database& db, TermKind kind, const std::string& value) {
  const std::string key = label_key(kind, value);
  if (key.empty()) return code_labels(kind, value);
  return decode_labels(db.get_metadata(key));
}

LocalizedText code_labels(TermKind kind, const std::string& value) {
  if (kind != TermKind::category && kind != TermKind::target_group) return {};
  std::string facet = kind == TermKind::category ? "category" : "target_group";
  std::string code = value;
  const std::string theme = schema::kThemePrefix;
  if (kind == TermKind::category && value.size() > theme.size() && value.compare(0, theme.size(), theme) == 0) {
    facet = "theme";
    code = value.substr(theme.size());
  }
  const Xapian::Database none;  // empty: category and target group labels read no metadata
  LocalizedText labels;
  for (const char* lang : {"fi", "sv", "en"}) {
    const std::string label = facet_value_label(none, facet, code, lang);
    if (!label.empty() && label != code) labels[lang] = label;
  }
  return labels;
}

void TermLabels::note(Xapian::WritableDatabase& db, const Listing& listing) {
  const std::string organiser = organiser_key(listing.organiser);
  if (!organiser.empty() && !listing.organiser.name.empty())
    merge(db, label_key(TermKind::organiser, organiser), listing.organiser.name);
  for (const SourceKeyword& keyword : listing.keywords)
    if (!keyword.id.empty() && !keyword.label.empty())
      merge(db, label_key(TermKind::keyword, keyword_term_value(keyword.id)), keyword.label);
}

void TermLabels::merge(Xapian::WritableDatabase& db, const std::string& key, const LocalizedText& names) {
  auto found = known_.find(key);
  if (found == known_.end()) found = known_.emplace(key, decode_labels(db.get_metadata(key))).first;
  LocalizedText& labels = found->second;
  bool changed = false;
  for (const auto& [lang, text] : names) {
    if (text.empty() || lang.empty()) continue;
    std::string& slot = labels[lang];
    if (slot == text) continue;
    slot = text;
    changed = true;
  }
  if (changed) db.set_metadata(key, encode_labels(labels));
}

}  // namespace tarjotin
