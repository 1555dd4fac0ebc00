#pragma once
// The fixture catalogue (fixture_catalogue.h) plus a few listings written
// here (crisis services, a Swedish-only befriending service, distractors),
// classified with the repository vocabulary and written with the real
// IndexWriter to an index in a temp dir; the vocabulary is installed in the
// index (labels, query concepts) the way the CLI does it, and removed again
// by the destructor.

#include <memory>
#include <string>
#include <vector>

#include "index/searcher.h"
#include "model/listing.h"
#include "temp_dir.h"

namespace tarjotin::catalogue {

// The listings written here; ids "extra:...".
std::vector<Listing> extra_listings();

class IndexedCatalogue {
 public:
  IndexedCatalogue();
  ~IndexedCatalogue();
  IndexedCatalogue(const IndexedCatalogue&) = delete;
  IndexedCatalogue& operator=(const IndexedCatalogue&) = delete;

  const std::vector<Listing>& listings() const { return listings_; }
  const Listing& listing(const std::string& id) const;

  SearchResponse search(const std::string& q, const std::string& lang = "fi", int page_size = 20);
  SearchResponse search(const SearchRequest& request) { return searcher_->search(request); }
  // Ids of the first `n` hits of a relevance-ordered search.
  std::vector<std::string> top(const std::string& q, std::size_t n = 5, const std::string& lang = "fi");

  // Without / with the vocabulary in the index, to compare.
  void uninstall_vocabulary();
  void install_vocabulary();

 private:
  testing::TempDir dir_;
  std::vector<Listing> listings_;
  std::unique_ptr<Searcher> searcher_;
};

}  // namespace tarjotin::catalogue
