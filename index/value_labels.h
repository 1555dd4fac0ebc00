#pragma once
// Display labels of facet values in fi / sv / en:
//   - municipality: the names the writer stored (facet_labels.h);
//   - kind, free, language, channel: model/labels.h;
//   - weekday, time_of_day, and the common accessibility features: the table
//     in value_labels.cpp;
//   - category, theme, target_group, and accessibility and language values
//     the tables above do not know: the vocabulary labels the application
//     installed (set_vocabulary_labels), else the code itself. The index
//     does not depend on the vocabulary; the application hands it a lookup.
// Thread-safe for distinct databases; reads db metadata.

#include <functional>
#include <optional>
#include <string>

#include <xapian.h>

namespace tarjotin {

std::string facet_value_label(const Xapian::Database& db, const std::string& facet, const std::string& value,
                              const std::string& lang);

// The label from value_labels.cpp's own table, or the value itself.
std::string search_label(const std::string& facet, const std::string& value, const std::string& lang);

// The label of a vocabulary code of a facet ("category", "theme",
// "target_group", "accessibility", "language", ...) in lang, or nullopt when
// the vocabulary does not have it. Must be callable from any thread at once.
using VocabularyLabels =
    std::function<std::optional<std::string>(const std::string& facet, const std::string& value, const std::string& lang)>;

// Installs the lookup facet_value_label() uses from now on; an empty function
// removes it. Thread-safe (swapped atomically), but meant to be called once at start.
void set_vocabulary_labels(VocabularyLabels labels);

}  // namespace tarjotin
