#include "index/searcher.h"

#include <algorithm>
#include <stdexcept>

#include <xapian.h>

#include "index/facet_counter.h"
#include "index/facet_labels.h"
#include "index/index_layout.h"
#include "index/index_schema.h"
#include "index/listing_order.h"
#include "index/occurrence_filter.h"
#include "index/search_filters.h"
#include "index/text_query.h"
#include "model/labels.h"
#include "model/listing_json.h"
#include "model/time.h"

namespace tarjotin {
namespace {

constexpr int kAttempts = 4;  // the first try and up to 3 retries

// The requested facets that the index knows, each once, in request order.
std::vector<std::string> wanted_facets(const SearchRequest& request) {
  std::vector<std::string> out;
  for (const std::string& facet : request.facets) {
    const auto& known = known_facets();
    if (std::find(known.begin(), known.end(), facet) != known.end() &&
        std::find(out.begin(), out.end(), facet) == out.end())
      out.push_back(facet);
  }
  return out;
}

std::string facet_label(const Xapian::Database& db, const std::string& facet, const std::string& value,
                        const std::string& lang) {
  if (facet == "municipality") return municipality_label(db, value, lang);
  if (facet == "category") return value;
  return fixed_label(facet, value, lang);
}

// Counts -> FacetValues, highest count first, then value. Selected values are
// always listed (with 0 when nothing matches them) so a client can show them.
std::vector<FacetValue> facet_result(const Xapian::Database& db, const std::string& facet,
                                     const std::map<std::string, std::int64_t>& counts,
                                     const std::vector<std::string>& selected, const std::string& lang) {
  std::map<std::string, std::int64_t> all = counts;
  for (const std::string& value : selected) all.emplace(value, 0);
  std::vector<FacetValue> values;
  for (const auto& [value, count] : all) values.push_back({value, facet_label(db, facet, value, lang), count});
  std::sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  return values;
}

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

SearchResponse run_search(const Xapian::Database& db, const SearchRequest& request) {
  SearchResponse response = empty_response(request);
  const std::optional<Xapian::Query> text = text_query(db, request.q);
  if (!text) return response;

  const Xapian::doccount all = db.get_doccount();
  const std::vector<std::string> facets = wanted_facets(request);
  std::vector<std::string> plain_facets;        // counted on the main query
  std::vector<std::string> disjunctive_facets;  // own filter set: counted without it
  for (const std::string& facet : facets)
    (selected_values(request, facet).empty() ? plain_facets : disjunctive_facets).push_back(facet);

  std::optional<OccurrenceOverlap> overlap;
  if (has_date_filter(request)) overlap.emplace(request.start, request.end);
  const Xapian::MatchDecider* decider = overlap ? &*overlap : nullptr;

  Xapian::Enquire enquire(db);
  enquire.set_query(filtered_query(*text, request));
  const bool browse = is_blank_query(request.q);
  ListingOrder order(request.start.value_or(now_utc()), request.lang);
  if (browse) enquire.set_sort_by_key(&order, false);
  FacetCounter counter(plain_facets);
  if (!plain_facets.empty()) enquire.add_matchspy(&counter);

  const int page = std::max(1, request.page);
  const int page_size = std::max(1, request.page_size);
  const std::int64_t offset = static_cast<std::int64_t>(page - 1) * page_size;
  // check_at_least = doccount: every match is seen, so total and counts are exact.
  const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(std::min<std::int64_t>(offset, all)),
                                             static_cast<Xapian::doccount>(page_size), all, nullptr, decider);
  response.total = mset.get_matches_estimated();
  for (auto it = mset.begin(); it != mset.end(); ++it)
    response.hits.push_back({decode_hit(it.get_document()), browse ? 0.0 : it.get_weight()});

  for (const std::string& facet : plain_facets)
    response.facets[facet] = facet_result(db, facet, counter.counts(facet), {}, request.lang);
  for (const std::string& facet : disjunctive_facets) {
    Xapian::Enquire facet_enquire(db);
    facet_enquire.set_query(filtered_query(*text, request, facet));
    FacetCounter facet_counter({facet});
    facet_enquire.add_matchspy(&facet_counter);
    facet_enquire.get_mset(0, 0, all, nullptr, decider);
    response.facets[facet] =
        facet_result(db, facet, facet_counter.counts(facet), selected_values(request, facet), request.lang);
  }
  return response;
}

std::optional<Listing> run_get(const Xapian::Database& db, const std::string& id) {
  const std::string term = schema::id_term(id);
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    Listing listing = decode_hit(db.get_document(*it));
    if (listing.id == id) return listing;
  }
  return std::nullopt;
}

}  // namespace

struct Searcher::Impl {
  std::string root;
  std::optional<Xapian::Database> db;
  std::string generation;  // what db has open

  // Opens the generation `current` points to, or brings db to its newest
  // revision. False when there is no index.
  bool refresh() {
    const std::optional<std::string> now = current_generation(root);
    if (!now) {
      db.reset();
      generation.clear();
      return false;
    }
    if (!db || *now != generation) {
      db.reset();
      db.emplace(generation_path(root, *now));
      generation = *now;
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

std::int64_t Searcher::size() {
  return impl_->run(std::int64_t{0},
                    [](const Xapian::Database& db) { return static_cast<std::int64_t>(db.get_doccount()); });
}

}  // namespace tarjotin
