#pragma once
// Searcher: answers SearchRequests from the index at `index_root` (the
// directory IndexWriter and rebuild_index maintain).
//
// Threading: a Searcher is NOT thread-safe; give each thread its own (the API
// keeps one per worker thread). It is cheap to keep: at the start of every call
// it notices a newer revision or a swapped-in rebuilt index and reopens, and it
// retries the whole request once more on Xapian::DatabaseModifiedError, so a
// reader never sees half an index.
//
// Errors: an index that does not exist yet answers as an empty catalogue.
// Throws std::runtime_error only for a damaged index.

#include <memory>
#include <optional>
#include <string>

#include "index/search_request.h"
#include "index/suggest.h"
#include "index/term_browse.h"

namespace tarjotin {

class Searcher {
 public:
  explicit Searcher(std::string index_root);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  SearchResponse search(const SearchRequest& request);

  // The stored listing with this id, or nullopt. An id merged into another
  // listing's document (listing_document.h, XD terms) gives that listing,
  // whose id then differs from `id` and whose sources name `id`.
  std::optional<Listing> get(const std::string& id);

  // Number of listings in the index.
  std::int64_t size();

  // The revision of the index generation being read (Xapian's commit
  // counter: it grows with every committed sync batch; a rebuilt generation
  // starts again).
  std::int64_t revision();

  // Type-ahead over listing names (suggest.h).
  std::vector<Suggestion> suggest(const SuggestRequest& request);

  // The distinct categories, target groups, keywords or organisers of the
  // listings, with counts and names (term_browse.h).
  TermBrowseResult browse_terms(const TermBrowseRequest& request);
  std::optional<CatalogueTerm> find_term(TermKind kind, const std::string& value);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tarjotin
