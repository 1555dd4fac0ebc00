#pragma once
// ClassificationRules: how source terms become vocabulary concepts. The data
// is in config/vocabulary/mappings/*.json and classification.json
// (vocabulary_files.h); these are the rules it turns into.
//
// - By keyword id: the exact SourceKeyword.id a connector writes
//   ("yso:p916", "tpr:ontologyword:917", a PTV URI, "lahella:theme:ht_urheilu").
// - By keyword label: the folded (lower-case) label in any language, for
//   vocabularies whose ids differ between installations or are not known in
//   advance (PTV classes, YSO terms under another id). A keyword without
//   labels is looked up by the last ':'-separated part of its id instead, so
//   a mapped feed's raw tags ("naapuriapu:vertaistuki") are found too.
// - By listing kind: e.g. kind volunteering -> activity:volunteering.
// - By age limits: e.g. min_age >= 60 -> target_group:older_people.
// - By words of the listing's name (any language), for what feeds do not tag:
//   "Ystäväpalvelu" -> activity:befriending. Phrases as in synonym_table.h
//   ("vertaisryhmä*"); kept to unambiguous activity and group words.
//
// A mapping to an empty list means "reviewed, maps to nothing": such
// keywords are not reported as unmapped.
//
// Build once, then read-only: const methods may be called from any thread.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/listing.h"
#include "vocabulary/synonym_table.h"
#include "vocabulary/vocabulary.h"

namespace tarjotin {

// A target group for listings whose age limits fall inside the bounds: a
// listing matches when every bound given holds (an open limit never fits a bound).
struct AgeRule {
  std::optional<int> min_age_at_least;
  std::optional<int> max_age_at_most;
  ConceptRef target_group;
};

class ClassificationRules {
 public:
  // Adds to what is already mapped for the id / folded label / kind.
  void map_id(const std::string& id, const std::vector<ConceptRef>& concepts);
  void map_label(const std::string& label, const std::vector<ConceptRef>& concepts);
  void map_kind(Kind kind, const std::vector<ConceptRef>& concepts);
  void add_age_rule(AgeRule rule) { age_rules_.push_back(std::move(rule)); }
  void add_name_term(SynonymEntry term) { name_terms_.add(std::move(term)); }
  // A listing that no rule gives a target group is "open to all" (target
  // group "all") when set and it has no age limits.
  void set_untargeted_is_open_to_all(bool value) { untargeted_is_open_to_all_ = value; }

  // The concepts of one keyword: by id and by labels together. nullopt when
  // neither the id nor any label is mapped (not even to an empty list).
  std::optional<std::vector<ConceptRef>> keyword_concepts(const SourceKeyword& keyword) const;

  std::vector<ConceptRef> kind_concepts(Kind kind) const;
  std::vector<ConceptRef> age_concepts(const Listing& listing) const;
  std::vector<ConceptRef> name_concepts(const Listing& listing) const;
  bool untargeted_is_open_to_all() const { return untargeted_is_open_to_all_; }

  std::size_t id_count() const { return by_id_.size(); }
  std::size_t label_count() const { return by_label_.size(); }

 private:
  std::map<std::string, std::vector<ConceptRef>> by_id_;
  std::map<std::string, std::vector<ConceptRef>> by_label_;  // folded labels
  std::map<Kind, std::vector<ConceptRef>> by_kind_;
  std::vector<AgeRule> age_rules_;
  SynonymTable name_terms_;
  bool untargeted_is_open_to_all_ = false;
};

}  // namespace tarjotin
