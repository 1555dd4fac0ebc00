#pragma once
// The vocabulary as JSON, for GET /v1/vocabulary: every dimension and
// concept with its labels in all languages, in display order.
//
//   {"version": "2026.11.1",
//    "dimensions": [
//      {"name": "activity", "facet": "category", "labels": {"fi": "...", "sv": "...", "en": "..."},
//       "concepts": [{"code": "peer_support", "labels": {...}, "broader": []}, ...]},
//      {"name": "theme", "facet": "theme", ...}, ...]}
//
// "facet" names the search parameter (and facet) that filters by the
// dimension's codes. Deterministic: the same vocabulary gives the same bytes.

#include <string>

#include "vocabulary/vocabulary.h"

namespace tarjotin {

std::string vocabulary_json(const Vocabulary& vocabulary);

}  // namespace tarjotin
