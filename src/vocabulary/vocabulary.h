#pragma once
// Vocabulary: tarjotin's controlled vocabulary, the codes listings are
// classified and searched by, in separate dimensions:
//
//   activity       what kind of thing it is (peer_support, meeting_place, course ...)
//   theme          what it is about (exercise, culture, crafts ...)
//   target_group   for whom (older_people, immigrants ...; "all" = open to all)
//   accessibility  accessibility features (wheelchair, hearing_loop ...)
//   language       languages an activity is run in (ISO 639-1, plus "selkokieli")
//   channel        in_person, online, phone
//
// Codes are stable lowercase ASCII (a-z, 0-9, _), unique within a dimension,
// and every concept has fi, sv and en labels. A concept may name broader
// concepts of the same dimension (music -> culture): a listing classified
// under a concept is also classified under the broader ones.
//
// Where a concept lives on a Listing (ConceptRef::on_listing):
//   activity      Listing.categories, the code itself        "peer_support"
//   theme         Listing.categories, "theme:<code>"         "theme:exercise"
//   target_group  Listing.target_groups, the code            "older_people"
// (Languages, accessibility and channels are filled by the connectors.)
//
// The data is in config/vocabulary/vocabulary.json (vocabulary_files.h).
// Immutable after construction: const methods may be called from any thread.

#include <optional>
#include <string>
#include <vector>

#include "model/localized_text.h"

namespace tarjotin {

inline constexpr const char* kDimensionActivity = "activity";
inline constexpr const char* kDimensionTheme = "theme";
inline constexpr const char* kDimensionTargetGroup = "target_group";

struct Concept {
  std::string code;
  LocalizedText labels;                // fi, sv, en (more languages allowed)
  std::vector<std::string> broader;    // codes of the same dimension
};

struct Dimension {
  std::string name;                    // "activity", "theme", ...
  LocalizedText labels;
  std::vector<Concept> concepts;       // in display order
};

// One concept named across dimensions: "theme:exercise", "activity:peer_support",
// "target_group:older_people" in the data files.
struct ConceptRef {
  std::string dimension;
  std::string code;

  std::string to_string() const { return dimension + ":" + code; }
  bool operator==(const ConceptRef& o) const { return dimension == o.dimension && code == o.code; }
  bool operator<(const ConceptRef& o) const {
    return dimension != o.dimension ? dimension < o.dimension : code < o.code;
  }
};

// "dimension:code" -> ConceptRef; nullopt without a ':' or with an empty part.
std::optional<ConceptRef> parse_concept_ref(const std::string& text);

// The search facet a dimension's codes are filtered by: activity -> "category",
// the others by their own name.
std::string facet_of_dimension(const std::string& dimension);

// The inverse: "category" -> "activity"; nullopt for facets no dimension has.
std::optional<std::string> dimension_of_facet(const std::string& facet);

// True for stable ASCII codes: 1-60 characters of a-z, 0-9 and '_', starting with a letter.
bool is_valid_code(const std::string& code);

class Vocabulary {
 public:
  Vocabulary() = default;
  // REQUIRES: validated (vocabulary_files.h checks codes, labels and broader links).
  Vocabulary(std::string version, std::vector<Dimension> dimensions);

  const std::string& version() const { return version_; }
  const std::vector<Dimension>& dimensions() const { return dimensions_; }

  const Dimension* dimension(const std::string& name) const;
  const Concept* find(const ConceptRef& ref) const;
  bool contains(const ConceptRef& ref) const { return find(ref) != nullptr; }

  // The concept and all its broader concepts, transitively, the concept first.
  std::vector<ConceptRef> with_broader(const ConceptRef& ref) const;

  // The label in `lang`, else fi, sv, en; the code itself for unknown concepts.
  std::string label(const ConceptRef& ref, const std::string& lang) const;

 private:
  std::string version_;
  std::vector<Dimension> dimensions_;
};

}  // namespace tarjotin
