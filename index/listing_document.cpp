#include "index/listing_document.h"

#include <algorithm>
#include <set>

#include "index/catalogue_terms.h"
#include "index/finnish_morphology.h"
#include "index/geo_cells.h"
#include "index/index_schema.h"
#include "index/name_words.h"
#include "index/occurrence_filter.h"
#include "index/occurrence_time.h"
#include "index/search_request.h"
#include "index/text_case.h"
#include "model/html_text.h"
#include "model/listing_json.h"
#include "model/time.h"

namespace tarjotin {
namespace {

std::string join_facet(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) {
    if (!out.empty()) out += schema::kFacetSeparator;
    out += value;
  }
  return out;
}

std::vector<std::string> unique_nonempty(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& value : values)
    if (!value.empty() && std::find(out.begin(), out.end(), value) == out.end()) out.push_back(value);
  return out;
}

const std::string* text_in(const LocalizedText& text, const std::string& lang) {
  auto found = text.find(lang);
  return found == text.end() || found->second.empty() ? nullptr : &found->second;
}

// Every language some indexed text of the listing is written in.
std::set<std::string> text_languages(const Listing& l) {
  std::set<std::string> langs;
  for (const LocalizedText* text : {&l.name, &l.summary, &l.description, &l.location.name, &l.organiser.name})
    for (const auto& entry : *text) langs.insert(entry.first);
  for (const SourceKeyword& keyword : l.keywords)
    for (const auto& entry : keyword.label) langs.insert(entry.first);
  for (const schema::TextLanguage& language : schema::stemmed_text_languages())
    if (text_in(l.location.municipality, language.code) || text_in(l.location.street_address, language.code))
      langs.insert(language.code);
  return langs;
}

class TextIndexer {
 public:
  explicit TextIndexer(Xapian::Document& doc) {
    generator_.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
    generator_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    generator_.set_document(doc);
  }

  void index_language(const Listing& l, const std::string& lang) {
    const schema::TextLanguage& language = schema::text_language(lang);
    generator_.set_stemmer(text_stemmer(language.code, language.stemmer));  // fi: Voikko, then Snowball
    prefix_ = language.prefix;
    field(text_in(l.name, lang), 3);
    field(text_in(l.summary, lang), 2);
    if (const std::string* description = text_in(l.description, lang)) {
      const std::string plain = html_to_text(*description);
      field(&plain, 1);
    }
    for (const SourceKeyword& keyword : l.keywords) field(text_in(keyword.label, lang), 2);
    field(text_in(l.location.name, lang), 1);
    field(text_in(l.organiser.name, lang), 1);
    if (*language.stemmer) {  // fi, sv, en
      field(text_in(l.location.municipality, lang), 1);
      field(text_in(l.location.street_address, lang), 1);
    }
  }

 private:
  void field(const std::string* text, Xapian::termcount weight) {
    if (!text || text->empty()) return;
    generator_.index_text(*text, weight, prefix_);
    generator_.increase_termpos();  // no phrase across fields
  }

  Xapian::TermGenerator generator_;
  std::string prefix_;
};

void add_facet_terms(Xapian::Document& doc, const std::string& prefix, const std::vector<std::string>& values) {
  for (const std::string& value : values) doc.add_boolean_term(schema::term(prefix, value));
}

bool is_theme(const std::string& code) {
  const std::string prefix = schema::kThemePrefix;
  return code.size() > prefix.size() && code.compare(0, prefix.size(), prefix) == 0;
}

// The union over the occurrences of `bits_of(span)`.
template <typename Bits>
DayBits occurrence_bits(const Listing& listing, Bits bits_of) {
  DayBits bits = 0;
  for (const OccurrenceSpan& span : unpack_occurrences(pack_occurrences(listing.occurrences))) bits |= bits_of(span);
  return bits;
}

void add_number(Xapian::Document& doc, Xapian::valueno slot, double value) {
  doc.add_value(slot, Xapian::sortable_serialise(value));
}

void add_place(Xapian::Document& doc, const Listing& listing) {
  const auto& lat = listing.location.lat;
  const auto& lon = listing.location.lon;
  if (!lat || !lon || !(*lat >= -90 && *lat <= 90 && *lon >= -180 && *lon <= 360)) return;
  doc.add_value(schema::kGeo, Xapian::LatLongCoord(*lat, *lon).serialise());
  add_number(doc, schema::kLat, *lat);
  add_number(doc, schema::kLon, normalised_longitude(*lon));
  for (const std::string& cell : geo_cell_terms(*lat, *lon)) doc.add_boolean_term(cell);
}

void add_conditions(Xapian::Document& doc, const Listing& listing) {
  doc.add_boolean_term(schema::term(schema::kPrefixRegistration, to_string(listing.registration.required)));
  if (listing.price.min_eur) add_number(doc, schema::kPriceMin, *listing.price.min_eur);
  add_number(doc, schema::kAgeMin, listing.min_age ? *listing.min_age : schema::kOpenAgeMin);
  add_number(doc, schema::kAgeMax, listing.max_age ? *listing.max_age : schema::kOpenAgeMax);
  if (auto updated = updated_time(listing)) add_number(doc, schema::kUpdated, static_cast<double>(*updated));
}

// Type-ahead terms of the name in every language, and the catalogue terms
// (organiser, keywords) that categories and target groups already have.
void add_catalogue_terms(Xapian::Document& doc, const Listing& listing) {
  for (const auto& entry : listing.name) {
    const std::vector<std::string> words = name_words(entry.second);
    for (const std::string& word : words) {
      doc.add_boolean_term(schema::kPrefixNameWord + word);
      for (const std::string& start : word_starts(word)) doc.add_boolean_term(schema::kPrefixNameWordStart + start);
    }
    if (words.empty()) continue;
    doc.add_boolean_term(schema::kPrefixNameFirst + words.front());
    for (const std::string& start : word_starts(words.front()))
      doc.add_boolean_term(schema::kPrefixNameFirstStart + start);
  }
  for (TermKind kind : {TermKind::keyword, TermKind::organiser})
    add_facet_terms(doc, term_prefix(kind), catalogue_values(listing, kind));
  if (has_location(listing)) doc.add_boolean_term(schema::kTermHasLocation);
}

}  // namespace

std::string municipality_facet_value(const Listing& listing) {
  const LocalizedText& names = listing.location.municipality;
  const std::string* name = text_in(names, "fi");
  if (!name) {
    for (const auto& entry : names)
      if (!entry.second.empty()) {
        name = &entry.second;
        break;
      }
  }
  return name ? lower_utf8(*name) : std::string();
}

std::vector<std::string> facet_values(const Listing& listing, const std::string& facet) {
  if (facet == "kind") return {to_string(listing.kind)};
  if (facet == "language") return unique_nonempty(listing.languages);
  if (facet == "free") return {to_string(listing.price.free)};
  if (facet == "category" || facet == "theme") {
    std::vector<std::string> codes;
    for (const std::string& code : unique_nonempty(listing.categories)) {
      if (facet == "category" && !is_theme(code)) codes.push_back(code);
      if (facet == "theme" && is_theme(code)) codes.push_back(code.substr(std::string(schema::kThemePrefix).size()));
    }
    return codes;
  }
  if (facet == "municipality") return unique_nonempty({municipality_facet_value(listing)});
  if (facet == "target_group") return unique_nonempty(listing.target_groups);
  if (facet == "accessibility") {
    std::vector<std::string> features;
    for (const auto& [feature, value] : listing.accessibility)
      if (value == Tri::yes && !feature.empty()) features.push_back(feature);
    return features;
  }
  if (facet == "channel") return unique_nonempty(listing.channels);
  if (facet == "weekday")
    return weekday_codes(occurrence_bits(listing, [](const OccurrenceSpan& span) {
      return weekdays_between(span.first, span.second, true);
    }));
  if (facet == "time_of_day")
    return time_of_day_codes(
        occurrence_bits(listing, [](const OccurrenceSpan& span) { return times_of_day(span.first, span.second); }));
  return {};
}

std::optional<std::int64_t> updated_time(const Listing& listing) {
  if (auto modified = parse_iso8601(listing.source_modified)) return modified->utc;
  if (listing.last_seen > 0) return listing.last_seen;
  return std::nullopt;
}

Xapian::Document listing_document(const Listing& listing) {
  Xapian::Document doc;
  doc.add_boolean_term(schema::id_term(listing.id));
  for (const SourceRef& ref : listing.sources)
    if (ref.relation == "duplicate" && ref.id != listing.id) doc.add_boolean_term(schema::term(schema::kPrefixMergedId, ref.id));

  TextIndexer text(doc);
  for (const std::string& lang : text_languages(listing)) text.index_language(listing, lang);
  add_finnish_extra_terms(doc);  // base forms and compound parts (finnish_morphology.h)

  // Every category code (themes included) under the category prefix; the
  // other facets under their own.
  add_facet_terms(doc, schema::kPrefixCategory, unique_nonempty(listing.categories));
  for (const std::string& facet : known_facets())
    if (facet != "category" && facet != "theme")
      add_facet_terms(doc, *schema::facet_prefix(facet), facet_values(listing, facet));
  doc.add_boolean_term(schema::term(schema::kPrefixStatus, to_string(listing.status)));
  add_conditions(doc, listing);
  add_catalogue_terms(doc, listing);

  if (auto span = overall_span(listing)) {
    doc.add_value(schema::kStart, Xapian::sortable_serialise(static_cast<double>(span->start)));
    doc.add_value(schema::kEnd, Xapian::sortable_serialise(static_cast<double>(span->end.value_or(span->start))));
    doc.add_value(schema::kOccurrences, pack_occurrences(listing.occurrences));
  } else {
    doc.add_boolean_term(schema::kTermNoDate);
  }

  add_place(doc, listing);

  for (const std::string& facet : known_facets()) {
    const auto slot = schema::facet_slot(facet);
    const std::string packed = slot ? join_facet(facet_values(listing, facet)) : std::string();
    if (!packed.empty()) doc.add_value(*slot, packed);
  }

  doc.add_value(schema::kNameSortFi, name_sort_key(pick_text(listing.name, "fi")));
  doc.add_value(schema::kNameSortSv, name_sort_key(pick_text(listing.name, "sv")));
  doc.add_value(schema::kNameSortEn, name_sort_key(pick_text(listing.name, "en")));

  doc.set_data(listing_to_json(listing));
  return doc;
}

}  // namespace tarjotin
