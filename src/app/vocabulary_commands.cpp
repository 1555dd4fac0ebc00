#include "app/vocabulary_commands.h"

#include <cstdio>
#include <filesystem>

#include "app/index_outbox.h"
#include "index/index_writer.h"
#include "model/time.h"
#include "vocabulary/unmapped_keywords.h"

namespace tarjotin {
namespace {

constexpr int kOk = 0, kFailed = 1, kUsage = 2;

std::string labels_text(const LocalizedText& label) {
  std::string out;
  for (const char* lang : {"fi", "sv", "en"}) {
    auto found = label.find(lang);
    if (found != label.end()) out += (out.empty() ? "" : " | ") + found->second;
  }
  for (const auto& [lang, text] : label)
    if (lang != "fi" && lang != "sv" && lang != "en" && out.empty()) out = text;
  return out;
}

int check(const VocabularySet& set, std::ostream& out) {
  out << "vocabulary " << set.vocabulary.version() << " from " << set.directory << "\n";
  for (const Dimension& dimension : set.vocabulary.dimensions())
    out << "  " << dimension.name << ": " << dimension.concepts.size() << " concepts\n";
  out << "  mappings: " << set.rules.id_count() << " source ids, " << set.rules.label_count() << " labels\n";
  out << "  synonyms: " << set.synonyms.entries().size() << " entries\n";
  return kOk;
}

int unmapped(const VocabCommand& command, const Config& config, const VocabularySet& set, std::ostream& out) {
  std::filesystem::create_directories(config.data_dir);
  Store store(config.store_path());
  UnmappedKeywords report(set.rules);
  store.for_each_active([&](const Listing& listing) {
    if (command.source.empty() || listing.source == command.source) report.add(listing);
  });
  out << report.listings() << " listings, " << report.distinct() << " unmapped keywords, "
      << report.listings_without_mapped_keyword() << " listings with keywords but none mapped\n";
  if (report.distinct() == 0) return kOk;
  out << "listings  keyword  label\n";
  for (const UnmappedKeyword& keyword : report.most_frequent(static_cast<std::size_t>(command.limit))) {
    char count[32];
    std::snprintf(count, sizeof count, "%8lld", static_cast<long long>(keyword.listings));
    out << count << "  " << keyword.id << "  " << labels_text(keyword.label) << "\n";
  }
  return kOk;
}

int reclassify(const Config& config, const VocabularySet& set, std::ostream& out) {
  std::filesystem::create_directories(config.data_dir);
  Store store(config.store_path());
  const std::int64_t changed = reclassify_store(store, set.classifier());
  IndexWriter index(config.index_root());
  const OutboxResult applied = apply_pending_index_changes(store, index);
  out << "reclassified " << changed << " of " << store.count_active() << " listings with vocabulary "
      << set.vocabulary.version() << "; " << applied.upserted << " index updates\n";
  return kOk;
}

}  // namespace

std::int64_t reclassify_store(Store& store, const Classifier& classifier) {
  std::vector<Listing> changed;
  store.for_each_active([&](const Listing& listing) {
    const Classification c = classifier.classify(listing);
    if (c.categories == listing.categories && c.target_groups == listing.target_groups) return;
    Listing updated = listing;
    updated.categories = c.categories;
    updated.target_groups = c.target_groups;
    changed.push_back(std::move(updated));
  });
  constexpr std::size_t kBatch = 1000;
  for (std::size_t start = 0; start < changed.size(); start += kBatch) {
    std::vector<StoredItem> batch;
    for (std::size_t i = start; i < changed.size() && i < start + kBatch; ++i)
      batch.push_back({changed[i], store.raw_payload(changed[i].id).value_or("")});
    store.upsert(batch, now_utc());
  }
  return static_cast<std::int64_t>(changed.size());
}

int run_vocab_command(const VocabCommand& command, const Config& config, const VocabularySet& vocabulary,
                      std::ostream& out, std::ostream& err) {
  if (command.action == "check") return check(vocabulary, out);
  if (command.action == "unmapped") return unmapped(command, config, vocabulary, out);
  if (command.action == "reclassify") {
    try {
      return reclassify(config, vocabulary, out);
    } catch (const std::exception& e) {
      err << "tarjotin: vocab reclassify: " << e.what() << "\n";
      return kFailed;
    }
  }
  err << "tarjotin: vocab needs one of: check, unmapped, reclassify\n";
  return kUsage;
}

}  // namespace tarjotin
