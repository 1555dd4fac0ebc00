#pragma once
// Type-ahead over the vocabulary's labels, for ApiOptions::label_suggestions:
// a resident typing "vertais" is offered the category "Vertaistuki" (a
// filter), ahead of the listings whose names start so.
//
// Dimensions offered: activity (kind "category"), theme and target_group,
// the ones the search page filters by; the id of a suggestion is the code.
// Matching is the rule of listing names (index/name_words.h): every typed
// word starts a word of the label, case and diacritics ignored. A label in
// `lang` is preferred; a concept whose label matches only in another of
// fi/sv/en is shown in that language (Suggestion::lang says which).
// Order: labels that start with the first typed word first, then by the
// text shown. At most min(request.limit, kMaxLabelSuggestions), so that
// listing names still fill the rest of a type-ahead list.
//
// Pure function of its arguments; thread-safe.

#include <vector>

#include "index/suggest.h"
#include "vocabulary/vocabulary.h"

namespace tarjotin {

constexpr int kMaxLabelSuggestions = 3;

std::vector<Suggestion> label_suggestions(const Vocabulary& vocabulary, const SuggestRequest& request);

}  // namespace tarjotin
