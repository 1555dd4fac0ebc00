#pragma once
// FieldReader: reads one mapped field's value out of one feed item, following
// its FieldSpec (path, const, per-language paths, map, default, split, prefix)
// and converting it to the field's type as feed_mapping.h describes.
//
// Pure; never throws. A value that is present but of the wrong shape reads as
// absent and appends a line to `problems` naming the mapping key ("fields.<name>"),
// its path and what was found. The reader refers to `item` and `problems`,
// which must outlive it.

#include <optional>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "connectors/mapped/feed_mapping.h"
#include "model/listing.h"
#include "model/time.h"

namespace tarjotin {

class FieldReader {
 public:
  FieldReader(const rapidjson::Value& item, std::string default_language, std::vector<std::string>& problems)
      : item_(item), default_language_(std::move(default_language)), problems_(problems) {}

  LocalizedText text(const FieldSpec& spec);
  std::optional<std::string> string(const FieldSpec& spec);   // a non-empty string or number
  Tri tri(const FieldSpec& spec);
  std::optional<double> number(const FieldSpec& spec);
  std::optional<int> integer(const FieldSpec& spec);
  std::optional<ParsedTime> time(const FieldSpec& spec);
  std::vector<std::string> list(const FieldSpec& spec);      // trimmed, prefixed, no empty elements
  std::vector<Occurrence> occurrences(const FieldSpec& spec);

  // The scalar after "map" and "default"; nullopt when absent or null.
  std::optional<Scalar> scalar(const FieldSpec& spec);

 private:
  void problem(const FieldSpec& spec, const std::string& message);
  std::string where(const FieldSpec& spec) const;  // "value at \"path\"" or "the constant"
  std::optional<Scalar> mapped(const FieldSpec& spec, std::optional<Scalar> value);
  std::optional<ParsedTime> time_of(const FieldSpec& spec, const rapidjson::Value* value, const std::string& path);

  const rapidjson::Value& item_;
  std::string default_language_;
  std::vector<std::string>& problems_;
};

// The occurrence for a start and an optional end: a date-only start covers its
// whole Helsinki day (or through a date-only end, inclusive).
Occurrence occurrence_between(const ParsedTime& start, const std::optional<ParsedTime>& end);

}  // namespace tarjotin
