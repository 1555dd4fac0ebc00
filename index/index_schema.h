#pragma once
// The index schema: which terms and value slots a listing document carries.
// Writer and searcher both use these names; change them only with a rebuild.
//
//   Q<id>            unique id term (upsert / delete / get)
//   XFI XSV XEN XOT  text prefixes: Finnish, Swedish, English (stemmed, STEM_SOME,
//                    so stems are ZXFI..., ZXSV..., ZXEN...), other languages unstemmed
//   XK<kind> XL<language> XF<yes|no|unknown> XC<category> XM<municipality> XS<status>
//                    boolean filter terms
//   XNODATE          listings without occurrences
//
// Database metadata "label:municipality:<value>" holds that municipality's
// names (see facet_labels.h).

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace tarjotin::schema {

// Value slots.
enum Slot : Xapian::valueno {
  kStart = 0,         // sortable_serialise(overall start, UTC seconds)
  kEnd = 1,           // sortable_serialise(overall end)
  kOccurrences = 2,   // packed occurrences (occurrence_filter.h)
  kGeo = 3,           // Xapian::LatLongCoord::serialise()
  kFacetKind = 4,     // facet slots: the document's facet values joined by '\x1f'
  kFacetLanguage = 5,
  kFacetFree = 6,
  kFacetCategory = 7,
  kFacetMunicipality = 8,
  kNameSortFi = 9,    // sort keys of the name as shown in fi / sv / en
  kNameSortSv = 10,
  kNameSortEn = 11,
};

constexpr char kFacetSeparator = '\x1f';

inline constexpr const char* kPrefixKind = "XK";
inline constexpr const char* kPrefixLanguage = "XL";
inline constexpr const char* kPrefixFree = "XF";
inline constexpr const char* kPrefixCategory = "XC";
inline constexpr const char* kPrefixMunicipality = "XM";
inline constexpr const char* kPrefixStatus = "XS";
inline constexpr const char* kTermNoDate = "XNODATE";

// Prefix + value, kept under Xapian's term length limit: values too long for
// a term are cut and suffixed with a hash of the whole value (deterministic).
std::string term(const std::string& prefix, const std::string& value);

// "Q<id>" (bounded like term()).
std::string id_term(const std::string& listing_id);

// The facet slot of a facet name from known_facets(); nullopt for other names.
std::optional<Xapian::valueno> facet_slot(const std::string& facet);

// How text in one language is indexed and parsed. The stemmed languages come
// first; text in any other language goes unstemmed under kOtherText.
struct TextLanguage {
  const char* code;      // "fi"
  const char* stemmer;   // Snowball name, "" = no stemming
  const char* prefix;    // "XFI"
};
const std::vector<TextLanguage>& stemmed_text_languages();  // fi, sv, en
extern const TextLanguage kOtherText;                       // XOT, unstemmed
// The entry for a text language code (kOtherText for unlisted codes).
const TextLanguage& text_language(const std::string& code);

}  // namespace tarjotin::schema
