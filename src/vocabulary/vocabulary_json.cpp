#include "vocabulary/vocabulary_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace tarjotin {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void write_labels(Writer& w, const LocalizedText& labels) {
  w.Key("labels");
  w.StartObject();
  for (const auto& [lang, text] : labels) {
    w.Key(lang.c_str());
    w.String(text.c_str());
  }
  w.EndObject();
}

}  // namespace

std::string vocabulary_json(const Vocabulary& vocabulary) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  w.Key("version");
  w.String(vocabulary.version().c_str());
  w.Key("dimensions");
  w.StartArray();
  for (const Dimension& dimension : vocabulary.dimensions()) {
    w.StartObject();
    w.Key("name");
    w.String(dimension.name.c_str());
    w.Key("facet");
    w.String(facet_of_dimension(dimension.name).c_str());
    write_labels(w, dimension.labels);
    w.Key("concepts");
    w.StartArray();
    for (const Concept& concept : dimension.concepts) {
      w.StartObject();
      w.Key("code");
      w.String(concept.code.c_str());
      write_labels(w, concept.labels);
      w.Key("broader");
      w.StartArray();
      for (const std::string& code : concept.broader) w.String(code.c_str());
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace tarjotin
