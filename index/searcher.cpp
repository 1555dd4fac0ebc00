#include "index/searcher.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <sys/stat.h>

#include <xapian.h>

#include "index/facet_counts.h"
#include "index/index_layout.h"
#include "index/index_schema.h"
#include "index/location_filter.h"
#include "index/occurrence_filter.h"
#include "index/result_order.h"
#include "index/search_filters.h"
#include "index/spelling.h"
#include "index/text_query.h"
#include "index/value_cache.h"
#include "model/listing_json.h"
#include "model/time.h"

namespace tarjotin {
namespace {

constexpr int kAttempts = 4;  // the first try and up to 3 retries

Listing decode_hit(const Xapian::Document& doc) {
  std::string error;
  std::optional<Listing> listing = listing_from_json(doc.get_data(), &error);
  if (!listing) throw std::runtime_error("index: damaged document " + std::to_string(doc.get_docid()) + ": " + error);
  return std::move(*listing);
}

SearchResponse empty_response(const SearchRequest& request) {
  SearchResponse response;
  response.page = request.page;
  response.page_size = request.page_size;
  for (const std::string& facet : wanted_facets(request)) response.facets[facet];
  return response;
}

std::optional<double> rounded_km(std::optional<double> metres) {
  if (!metres) return std::nullopt;
  return std::round(*metres / 100.0) / 10.0;
}

SearchResponse run_search(const Xapian::Database& db, const SearchRequest& request) {
  SearchResponse response = empty_response(request);
  const std::optional<Xapian::Query> text = text_query(db, request.q);
  if (!text) return response;

  const Xapian::doccount all = db.get_doccount();
  const std::shared_ptr<const ValueCache> values = ValueCache::for_database(db);
  const OccurrenceCriteria criteria = occurrence_criteria(request);
  std::optional<OccurrenceMatch> occurrences;
  if (criteria.any()) occurrences.emplace(criteria, values.get());
  const Xapian::MatchDecider* decider = occurrences ? &*occurrences : nullptr;

  Xapian::Enquire enquire(db);
  enquire.set_query(filtered_query(*text, request));
  ResultOrder order(request, now_utc(), values.get());
  order.apply(enquire);
  FacetCounts facets(db, *text, request, values.get());
  if (Xapian::MatchSpy* spy = facets.main_spy()) enquire.add_matchspy(spy);

  const int page = std::max(1, request.page);
  const int page_size = std::max(1, request.page_size);
  const std::int64_t offset = static_cast<std::int64_t>(page - 1) * page_size;
  // check_at_least = doccount: every match is seen, so total and counts are exact.
  const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(std::min<std::int64_t>(offset, all)),
                                             static_cast<Xapian::doccount>(page_size), all, nullptr, decider);
  response.total = mset.get_matches_estimated();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const Xapian::Document doc = it.get_document();
    SearchHit hit{decode_hit(doc), order.scored() ? it.get_weight() : 0.0, std::nullopt};
    if (request.near) hit.distance_km = rounded_km(distance_metres(doc, *request.near));
    response.hits.push_back(std::move(hit));
  }
  response.facets = facets.finish();
  response.suggestion = spelling_suggestion(db, request, response.total, decider);
  return response;
}

std::optional<Listing> run_get(const Xapian::Database& db, const std::string& id) {
  const std::string term = schema::id_term(id);
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    Listing listing = decode_hit(db.get_document(*it));
    if (listing.id == id) return listing;
  }
  // A listing merged into another one's document (a duplicate from another feed).
  const std::string alias = schema::term(schema::kPrefixMergedId, id);
  for (auto it = db.postlist_begin(alias); it != db.postlist_end(alias); ++it) {
    Listing listing = decode_hit(db.get_document(*it));
    for (const SourceRef& ref : listing.sources)
      if (ref.id == id && ref.relation == "duplicate") return listing;
  }
  return std::nullopt;
}

}  // namespace

// The identity of a replica's stub file (<generation>/XAPIANDB), "" when the
// generation is a plain database. A replica switches to a full copy by
// renaming a new stub into place, which reopen() never notices.
static std::string stub_identity(const std::string& generation_dir) {
  struct stat st;
  if (::stat((generation_dir + "/XAPIANDB").c_str(), &st) != 0) return "";
  return std::to_string(st.st_ino) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec);
}

struct Searcher::Impl {
  std::string root;
  std::optional<Xapian::Database> db;
  std::string generation;  // what db has open
  std::string stub;        // stub_identity() of what db has open

  // Opens the generation `current` points to, or brings db to its newest
  // revision. False when there is no index. A replica (a stub database,
  // app/replica_follower.h) whose stub changed is closed and opened again,
  // never reopen()ed: requests in flight keep their own Database.
  bool refresh() {
    const std::optional<std::string> now = current_generation(root);
    if (!now) {
      db.reset();
      generation.clear();
      return false;
    }
    const std::string path = generation_path(root, *now);
    const std::string now_stub = stub_identity(path);
    if (!db || *now != generation || now_stub != stub) {
      db.reset();
      db.emplace(path);
      generation = *now;
      stub = now_stub;
    } else {
      db->reopen();
    }
    return true;
  }

  // Runs `body` on a fresh view of the index, again from the start when the
  // view changes under it. `missing` is the answer without an index.
  template <typename Result, typename Body>
  Result run(const Result& missing, Body body) {
    for (int attempt = 1;; ++attempt) {
      try {
        if (!refresh()) return missing;
        return body(*db);
      } catch (const Xapian::DatabaseModifiedError& e) {
        if (attempt >= kAttempts) throw std::runtime_error("index: " + root + " kept changing: " + e.get_description());
      } catch (const Xapian::DatabaseOpeningError& e) {
        // The generation went away between readlink and open: read the link again.
        db.reset();
        if (attempt >= kAttempts) throw std::runtime_error("index: cannot open " + root + ": " + e.get_description());
      } catch (const Xapian::Error& e) {
        throw std::runtime_error("index: " + root + ": " + e.get_description());
      }
    }
  }
};

Searcher::Searcher(std::string index_root) : impl_(std::make_unique<Impl>()) { impl_->root = std::move(index_root); }

Searcher::~Searcher() = default;

SearchResponse Searcher::search(const SearchRequest& request) {
  return impl_->run(empty_response(request), [&](const Xapian::Database& db) { return run_search(db, request); });
}

std::optional<Listing> Searcher::get(const std::string& id) {
  return impl_->run(std::optional<Listing>(), [&](const Xapian::Database& db) { return run_get(db, id); });
}

std::vector<Suggestion> Searcher::suggest(const SuggestRequest& request) {
  return impl_->run(std::vector<Suggestion>(), [&](const Xapian::Database& db) { return suggest_names(db, request); });
}

TermBrowseResult Searcher::browse_terms(const TermBrowseRequest& request) {
  return impl_->run(TermBrowseResult(), [&](const Xapian::Database& db) { return tarjotin::browse_terms(db, request); });
}

std::optional<CatalogueTerm> Searcher::find_term(TermKind kind, const std::string& value) {
  return impl_->run(std::optional<CatalogueTerm>(),
                    [&](const Xapian::Database& db) { return tarjotin::find_term(db, kind, value); });
}

std::int64_t Searcher::size() {
  return impl_->run(std::int64_t{0},
                    [](const Xapian::Database& db) { return static_cast<std::int64_t>(db.get_doccount()); });
}

std::int64_t Searcher::revision() {
  return impl_->run(std::int64_t{0},
                    [](const Xapian::Database& db) { return static_cast<std::int64_t>(db.get_revision()); });
}

}  // namespace tarjotin
