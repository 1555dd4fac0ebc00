#pragma once
// Display labels of facet values in fi / sv / en:
//   - municipality: the names the writer stored (facet_labels.h);
//   - kind, free, language, channel: model/labels.h;
//   - weekday, time_of_day, and the common accessibility features: the table
//     in value_labels.cpp;
//   - category, theme, target_group and unknown values: the code itself
//     (their vocabulary is not part of the index).
// Thread-safe for distinct databases; reads db metadata.

#include <string>

#include <xapian.h>

namespace tarjotin {

std::string facet_value_label(const Xapian::Database& db, const std::string& facet, const std::string& value,
                              const std::string& lang);

// The label from value_labels.cpp's own table, or the value itself.
std::string search_label(const std::string& facet, const std::string& value, const std::string& lang);

}  // namespace tarjotin
