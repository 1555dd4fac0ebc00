#pragma once
// Classifier: derives a listing's vocabulary codes (Listing.categories and
// Listing.target_groups, see vocabulary.h for their form) from what the feed
// said: its source keywords (by id and label), its kind, its age limits and
// words of its name, following ClassificationRules. Pure: no I/O, same input, same output.
//
// - Every concept found is added with its broader concepts (music -> culture).
// - Codes come out in vocabulary order, each once, so a listing's JSON (and
//   its content hash) changes only when its classification does.
// - Target groups: "all" (open to all) is kept only when no other target group
//   was found; a listing no rule gives any target group is "all" when the rules
//   say so (untargeted_is_open_to_all) and it has no age limits.
// - The result replaces categories and target_groups: they are derived data,
//   recomputed whenever the listing is classified again.
//
// The Vocabulary and ClassificationRules must outlive the Classifier.
// Thread-safe: classify() is const and touches no shared state.

#include <string>
#include <vector>

#include "model/listing.h"
#include "vocabulary/classification_rules.h"
#include "vocabulary/vocabulary.h"

namespace tarjotin {

struct Classification {
  std::vector<std::string> categories;     // activity codes and "theme:<code>"
  std::vector<std::string> target_groups;
};

class Classifier {
 public:
  Classifier(const Vocabulary& vocabulary, const ClassificationRules& rules)
      : vocabulary_(vocabulary), rules_(rules) {}

  Classification classify(const Listing& listing) const;

  // Sets listing.categories and listing.target_groups to classify(listing).
  void apply(Listing& listing) const;

 private:
  const Vocabulary& vocabulary_;
  const ClassificationRules& rules_;
};

// How a concept is written on a Listing ("peer_support", "theme:exercise",
// "older_people"); "" for dimensions the classifier does not set.
std::string listing_code(const ConceptRef& ref);

}  // namespace tarjotin
