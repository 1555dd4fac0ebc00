#include "vocabulary/vocabulary_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "model/listing.h"

namespace tarjotin {
namespace {

using rapidjson::Value;

// Thrown inside this file only; load_vocabulary turns it into a VocabularyError.
struct Failure {
  std::string message;
};

[[noreturn]] void fail(const std::string& where, const std::string& what) {
  throw Failure{(where.empty() ? "" : where + ": ") + what};
}

rapidjson::Document read_json(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Failure{"cannot be read"};
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  if (doc.HasParseError())
    throw Failure{std::string("not valid JSON at byte ") + std::to_string(doc.GetErrorOffset()) + ": " +
                  rapidjson::GetParseError_En(doc.GetParseError())};
  if (!doc.IsObject()) throw Failure{"must be a JSON object"};
  return doc;
}

void only_keys(const Value& object, const std::string& where, std::set<std::string> allowed) {
  allowed.insert("comment");
  for (const auto& member : object.GetObject())
    if (!allowed.count(member.name.GetString())) fail(where, std::string("unknown key \"") + member.name.GetString() + "\"");
}

const Value* member(const Value& object, const char* key) {
  auto found = object.FindMember(key);
  return found == object.MemberEnd() ? nullptr : &found->value;
}

std::string string_at(const Value& object, const char* key, const std::string& where) {
  const Value* v = member(object, key);
  if (!v || !v->IsString() || v->GetStringLength() == 0) fail(where, std::string("\"") + key + "\" must be a non-empty string");
  return v->GetString();
}

std::vector<std::string> strings(const Value& list, const std::string& where) {
  if (!list.IsArray()) fail(where, "must be an array of strings");
  std::vector<std::string> out;
  for (const Value& v : list.GetArray()) {
    if (!v.IsString() || v.GetStringLength() == 0) fail(where, "must be an array of non-empty strings");
    out.push_back(v.GetString());
  }
  return out;
}

LocalizedText labels_at(const Value& object, const std::string& where) {
  const Value* labels = member(object, "labels");
  if (!labels || !labels->IsObject()) fail(where, "\"labels\" must be an object {fi, sv, en}");
  LocalizedText out;
  for (const auto& entry : labels->GetObject()) {
    if (!entry.value.IsString()) fail(where + ".labels", "values must be strings");
    set_text(out, entry.name.GetString(), entry.value.GetString());
  }
  for (const char* lang : {"fi", "sv", "en"})
    if (!out.count(lang)) fail(where + ".labels", std::string("no \"") + lang + "\" label");
  return out;
}

// --- vocabulary.json ---

void check_broader(const Dimension& dimension, const std::string& where) {
  std::set<std::string> codes;
  for (const Concept& c : dimension.concepts) codes.insert(c.code);
  for (const Concept& c : dimension.concepts)
    for (const std::string& b : c.broader)
      if (!codes.count(b)) fail(where, "\"" + c.code + "\" names an unknown broader concept \"" + b + "\"");
  // No loops: follow every chain at most as many steps as there are concepts.
  for (const Concept& start : dimension.concepts) {
    std::vector<std::string> frontier = start.broader;
    for (std::size_t step = 0; !frontier.empty(); ++step) {
      if (step > dimension.concepts.size()) fail(where, "broader links of \"" + start.code + "\" loop");
      std::vector<std::string> next;
      for (const std::string& code : frontier) {
        if (code == start.code) fail(where, "broader links of \"" + start.code + "\" loop");
        for (const Concept& c : dimension.concepts)
          if (c.code == code) next.insert(next.end(), c.broader.begin(), c.broader.end());
      }
      frontier = std::move(next);
    }
  }
}

Vocabulary parse_vocabulary(const Value& doc) {
  only_keys(doc, "", {"version", "dimensions"});
  const std::string version = string_at(doc, "version", "");
  const Value* dims = member(doc, "dimensions");
  if (!dims || !dims->IsArray()) fail("", "\"dimensions\" must be an array");
  std::vector<Dimension> dimensions;
  for (rapidjson::SizeType i = 0; i < dims->Size(); ++i) {
    const Value& d = (*dims)[i];
    const std::string where = "dimensions[" + std::to_string(i) + "]";
    if (!d.IsObject()) fail(where, "must be an object");
    only_keys(d, where, {"name", "labels", "concepts"});
    Dimension dimension;
    dimension.name = string_at(d, "name", where);
    dimension.labels = labels_at(d, where);
    for (const Dimension& other : dimensions)
      if (other.name == dimension.name) fail(where, "dimension \"" + dimension.name + "\" appears twice");
    const Value* concepts = member(d, "concepts");
    if (!concepts || !concepts->IsArray() || concepts->Empty()) fail(where, "\"concepts\" must be a non-empty array");
    for (rapidjson::SizeType k = 0; k < concepts->Size(); ++k) {
      const Value& c = (*concepts)[k];
      const std::string at = where + ".concepts[" + std::to_string(k) + "]";
      if (!c.IsObject()) fail(at, "must be an object");
      only_keys(c, at, {"code", "labels", "broader"});
      Concept concept;
      concept.code = string_at(c, "code", at);
      if (!is_valid_code(concept.code)) fail(at, "code \"" + concept.code + "\" is not a-z, 0-9 and _ starting with a letter");
      for (const Concept& other : dimension.concepts)
        if (other.code == concept.code) fail(at, "code \"" + concept.code + "\" appears twice");
      concept.labels = labels_at(c, at);
      if (const Value* broader = member(c, "broader")) concept.broader = strings(*broader, at + ".broader");
      dimension.concepts.push_back(std::move(concept));
    }
    check_broader(dimension, where);
    dimensions.push_back(std::move(dimension));
  }
  for (const char* required : {"activity", "theme", "target_group", "accessibility", "language", "channel"})
    if (std::none_of(dimensions.begin(), dimensions.end(), [&](const Dimension& d) { return d.name == required; }))
      fail("dimensions", std::string("no \"") + required + "\" dimension");
  Vocabulary vocabulary(version, std::move(dimensions));
  if (!vocabulary.contains({kDimensionTargetGroup, "all"})) fail("dimensions", "target_group has no \"all\" (open to all)");
  return vocabulary;
}

// --- concept references in the other files ---

std::vector<ConceptRef> concept_refs(const Value& list, const Vocabulary& vocabulary, const std::string& where) {
  std::vector<ConceptRef> out;
  for (const std::string& text : strings(list, where)) {
    const auto ref = parse_concept_ref(text);
    if (!ref) fail(where, "\"" + text + "\" is not \"dimension:code\"");
    if (ref->dimension != kDimensionActivity && ref->dimension != kDimensionTheme &&
        ref->dimension != kDimensionTargetGroup)
      fail(where, "\"" + text + "\": only activity, theme and target_group concepts can be assigned");
    if (!vocabulary.contains(*ref)) fail(where, "\"" + text + "\" is not in vocabulary.json");
    out.push_back(*ref);
  }
  return out;
}

SynonymEntry synonym_entry(const Value& e, const Vocabulary& vocabulary, const std::string& where, bool pinned) {
  if (!e.IsObject()) fail(where, "must be an object");
  only_keys(e, where, {"phrases", "concepts", "words"});
  SynonymEntry entry;
  const Value* phrases = member(e, "phrases");
  const Value* concepts = member(e, "concepts");
  if (!phrases || !concepts) fail(where, "needs \"phrases\" and \"concepts\"");
  entry.phrases = strings(*phrases, where + ".phrases");
  entry.concepts = concept_refs(*concepts, vocabulary, where + ".concepts");
  if (entry.phrases.empty() || entry.concepts.empty()) fail(where, "\"phrases\" and \"concepts\" must not be empty");
  if (const Value* words = member(e, "words")) entry.words = strings(*words, where + ".words");
  entry.pinned = pinned;
  return entry;
}

void parse_classification(const Value& doc, const Vocabulary& vocabulary, ClassificationRules& rules) {
  only_keys(doc, "", {"version", "kinds", "age_rules", "name_terms", "untargeted_is_open_to_all"});
  string_at(doc, "version", "");
  if (const Value* kinds = member(doc, "kinds")) {
    if (!kinds->IsObject()) fail("kinds", "must be an object {kind: [concepts]}");
    for (const auto& entry : kinds->GetObject()) {
      const auto kind = parse_kind(entry.name.GetString());
      if (!kind) fail("kinds", std::string("unknown kind \"") + entry.name.GetString() + "\"");
      rules.map_kind(*kind, concept_refs(entry.value, vocabulary, std::string("kinds.") + entry.name.GetString()));
    }
  }
  if (const Value* ages = member(doc, "age_rules")) {
    if (!ages->IsArray()) fail("age_rules", "must be an array");
    for (rapidjson::SizeType i = 0; i < ages->Size(); ++i) {
      const Value& r = (*ages)[i];
      const std::string where = "age_rules[" + std::to_string(i) + "]";
      if (!r.IsObject()) fail(where, "must be an object");
      only_keys(r, where, {"min_age_at_least", "max_age_at_most", "target_group"});
      AgeRule rule;
      for (const char* key : {"min_age_at_least", "max_age_at_most"}) {
        const Value* v = member(r, key);
        if (!v) continue;
        if (!v->IsInt()) fail(where, std::string("\"") + key + "\" must be a whole number");
        (std::string(key) == "min_age_at_least" ? rule.min_age_at_least : rule.max_age_at_most) = v->GetInt();
      }
      if (!rule.min_age_at_least && !rule.max_age_at_most) fail(where, "needs min_age_at_least or max_age_at_most");
      rule.target_group = {kDimensionTargetGroup, string_at(r, "target_group", where)};
      if (!vocabulary.contains(rule.target_group)) fail(where, "unknown target group \"" + rule.target_group.code + "\"");
      rules.add_age_rule(rule);
    }
  }
  if (const Value* terms = member(doc, "name_terms")) {
    if (!terms->IsArray()) fail("name_terms", "must be an array");
    for (rapidjson::SizeType i = 0; i < terms->Size(); ++i)
      rules.add_name_term(synonym_entry((*terms)[i], vocabulary, "name_terms[" + std::to_string(i) + "]", false));
  }
  if (const Value* open = member(doc, "untargeted_is_open_to_all")) {
    if (!open->IsBool()) fail("untargeted_is_open_to_all", "must be true or false");
    rules.set_untargeted_is_open_to_all(open->GetBool());
  }
}

void parse_mapping(const Value& doc, const Vocabulary& vocabulary, ClassificationRules& rules) {
  only_keys(doc, "", {"version", "source", "ids", "labels"});
  string_at(doc, "version", "");
  string_at(doc, "source", "");
  for (const char* table : {"ids", "labels"}) {
    const Value* entries = member(doc, table);
    if (!entries) continue;
    if (!entries->IsObject()) fail(table, "must be an object {term: [concepts]}");
    for (const auto& entry : entries->GetObject()) {
      const std::string term = entry.name.GetString();
      const auto refs = concept_refs(entry.value, vocabulary, std::string(table) + "[\"" + term + "\"]");
      if (std::string(table) == "ids")
        rules.map_id(term, refs);
      else
        rules.map_label(term, refs);
    }
  }
}

void parse_synonyms(const Value& doc, const Vocabulary& vocabulary, SynonymTable& table) {
  only_keys(doc, "", {"version", "needs", "pinned"});
  string_at(doc, "version", "");
  for (const char* list : {"needs", "pinned"}) {
    const Value* entries = member(doc, list);
    if (!entries) continue;
    if (!entries->IsArray()) fail(list, "must be an array");
    for (rapidjson::SizeType i = 0; i < entries->Size(); ++i) {
      SynonymEntry entry = synonym_entry((*entries)[i], vocabulary, std::string(list) + "[" + std::to_string(i) + "]",
                            std::string(list) == "pinned");
      table.add(std::move(entry));
    }
  }
}

template <typename Parse>
void load_file(const std::filesystem::path& path, Parse parse) {
  try {
    const rapidjson::Document doc = read_json(path);
    parse(doc);
  } catch (const Failure& failure) {
    throw VocabularyError{path.string(), failure.message};
  }
}

}  // namespace

std::shared_ptr<const VocabularySet> load_vocabulary(const std::string& directory, VocabularyError* error) {
  namespace fs = std::filesystem;
  auto set = std::make_shared<VocabularySet>();
  set->directory = directory;
  try {
    const fs::path dir(directory);
    if (!fs::is_directory(dir)) throw VocabularyError{directory, "is not a directory"};
    load_file(dir / "vocabulary.json", [&](const Value& doc) { set->vocabulary = parse_vocabulary(doc); });
    load_file(dir / "classification.json",
              [&](const Value& doc) { parse_classification(doc, set->vocabulary, set->rules); });
    std::vector<fs::path> mappings;
    if (fs::is_directory(dir / "mappings"))
      for (const auto& entry : fs::directory_iterator(dir / "mappings"))
        if (entry.path().extension() == ".json") mappings.push_back(entry.path());
    std::sort(mappings.begin(), mappings.end());
    for (const fs::path& path : mappings)
      load_file(path, [&](const Value& doc) { parse_mapping(doc, set->vocabulary, set->rules); });
    load_file(dir / "synonyms.json", [&](const Value& doc) { parse_synonyms(doc, set->vocabulary, set->synonyms); });
  } catch (const VocabularyError& e) {
    if (error) *error = e;
    return nullptr;
  } catch (const fs::filesystem_error& e) {
    if (error) *error = VocabularyError{directory, e.what()};
    return nullptr;
  }
  return set;
}

}  // namespace tarjotin
