#pragma once
// The index schema: which terms and value slots a listing document carries.
// Writer and searcher both use these names; change them only with a rebuild.
//
//   Q<id>            unique id term (upsert / delete / get)
//   XFI XSV XEN XOT  text prefixes: Finnish, Swedish, English (stemmed, STEM_SOME,
//                    so stems are ZXFI..., ZXSV..., ZXEN...), other languages unstemmed
//                    Finnish stems are lemmas, and ZXFI also holds the other base forms and
//                    the compound parts of each word (finnish_morphology.h)
//   XK<kind> XL<language> XF<yes|no|unknown> XC<category> XM<municipality> XS<status>
//   XT<target group> XA<accessibility feature with value yes> XH<channel>
//   XR<registration required: yes|no|unknown>
//                    boolean filter terms (theme codes are categories "theme:<code>")
//   XW<mon..sun>     a local (Helsinki) weekday some occurrence takes place on
//   XP<morning|afternoon|evening>  the local time of day some occurrence starts
//                    (all three for an all-day occurrence; occurrence_time.h)
//   XNODATE          listings without occurrences
//   XGT<lat10>_<lon10>  the 0.1-degree grid cell of the coordinates
//   XGD<lat>_<lon>      the 1-degree cell (floor of degrees; geo_cells.h)
//   XNW<word>        each word of the name in every language, folded (name_words.h)
//   XNP<start>       each start of 1..kNameStartChars characters of those words
//   XNS<word>        the first word of the name in every language, folded
//   XNA<start>       each start of 1..kNameStartChars characters of that word
//                    (type-ahead, suggest.h: a short typed word is one XNP / XNA
//                    term, a longer one a prefix of XNW / XNS terms; lower case,
//                    so never confused with XNODATE)
//   XI<organiser>    the organiser key (catalogue_terms.h organiser_key)
//   XY<vocabulary>:<keyword id>  each source keyword, under the vocabulary its id
//                    belongs to (catalogue_terms.h keyword_term_value)
//   XBPLACE          listings with a location (a place name, address or coordinates)
//   XD<id>           the id of a listing merged into this document (a duplicate
//                    from another feed: listing.sources with relation "duplicate"),
//                    so a saved link to it still finds this document
//
// Database metadata "label:municipality:<value>" holds that municipality's
// names (see facet_labels.h); "label:organiser:<key>" and "label:keyword:<value>"
// the names of organisers and keywords (term_labels.h).
//
// No prefix starts another one, except XF (free) and XFI (Finnish text), and
// XNODATE and the XN.. name terms, which never share a third letter: code that
// walks every term under a prefix (browse_facets.cpp, term_browse.cpp,
// suggest.cpp) relies on it.

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
  kFacetTheme = 12,        // theme codes (categories "theme:<code>" without the prefix)
  kFacetTargetGroup = 13,
  kFacetAccessibility = 14,  // features with value yes
  kFacetChannel = 15,
  kLat = 16,               // sortable_serialise(latitude), for bounding boxes
  kLon = 17,               // sortable_serialise(longitude in [-180, 180))
  kPriceMin = 18,          // sortable_serialise(price.min_eur), when known
  kAgeMin = 19,            // sortable_serialise(min_age), kOpenAgeMin when open
  kAgeMax = 20,            // sortable_serialise(max_age), kOpenAgeMax when open
  kUpdated = 21,           // sortable_serialise(updated time, UTC seconds): source_modified
                           //   when parseable, else last_seen when set
};

// Stand-ins for a missing age bound, so one range check covers every listing.
constexpr double kOpenAgeMin = -1e9;
constexpr double kOpenAgeMax = 1e9;

constexpr char kFacetSeparator = '\x1f';

// The version of this term and slot layout, stored in every index's metadata
// under kSchemaVersionKey. Bump it whenever documents are built differently:
// an index with another version is rebuilt from the store (index_is_current()).
inline constexpr const char* kSchemaVersion = "5";  // 5: duplicates across feeds merged (XD, sources)
inline constexpr const char* kSchemaVersionKey = "tarjotin:schema";

inline constexpr const char* kPrefixKind = "XK";
inline constexpr const char* kPrefixLanguage = "XL";
inline constexpr const char* kPrefixFree = "XF";
inline constexpr const char* kPrefixCategory = "XC";
inline constexpr const char* kPrefixMunicipality = "XM";
inline constexpr const char* kPrefixStatus = "XS";
inline constexpr const char* kPrefixTargetGroup = "XT";
inline constexpr const char* kPrefixAccessibility = "XA";
inline constexpr const char* kPrefixChannel = "XH";
inline constexpr const char* kPrefixRegistration = "XR";
inline constexpr const char* kPrefixWeekday = "XW";
inline constexpr const char* kPrefixTimeOfDay = "XP";
inline constexpr const char* kPrefixGeoTenth = "XGT";
inline constexpr const char* kPrefixGeoDegree = "XGD";
inline constexpr const char* kTermNoDate = "XNODATE";
inline constexpr const char* kPrefixNameWord = "XNW";
inline constexpr const char* kPrefixNameWordStart = "XNP";
inline constexpr const char* kPrefixNameFirst = "XNS";
inline constexpr const char* kPrefixNameFirstStart = "XNA";
inline constexpr const char* kPrefixOrganiser = "XI";
inline constexpr const char* kPrefixKeyword = "XY";
inline constexpr const char* kTermHasLocation = "XBPLACE";
inline constexpr const char* kPrefixMergedId = "XD";

// The category code prefix that marks a theme, and the target group that
// means "open to all".
inline constexpr const char* kThemePrefix = "theme:";
inline constexpr const char* kOpenToAll = "all";

// Prefix + value, kept under Xapian's term length limit: values too long for
// a term are cut and suffixed with a hash of the whole value (deterministic).
std::string term(const std::string& prefix, const std::string& value);

// The value of a term made by term(prefix, value); nullopt when the term does
// not start with prefix or when its value was cut to fit (hashed).
std::optional<std::string> term_value(const std::string& prefix, const std::string& term);

// A stable 64-bit FNV-1a hash of `text` as 16 lower-case hex digits.
std::string hash_hex(const std::string& text);

// "Q<id>" (bounded like term()).
std::string id_term(const std::string& listing_id);

// The prefix of the boolean terms holding a facet's values ("theme" shares
// the category prefix); nullopt for names not in known_facets().
std::optional<std::string> facet_prefix(const std::string& facet);

// The boolean term of one facet value: term(facet_prefix, value), and for a
// theme the category term of "theme:<value>"; nullopt for unknown facets.
std::optional<std::string> facet_term(const std::string& facet, const std::string& value);

// The facet slot of a facet name from known_facets(); nullopt for other names
// and for the facets read from occurrences (weekday, time_of_day).
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
