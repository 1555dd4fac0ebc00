#pragma once
// How an Enquire orders the results of a SearchRequest (SortOrder in
// search_request.h):
//   relevance   text relevance, ties in the browse order (so without text the
//               browse order: every weight is 0);
//   start_time  ListingOrder (listing_order.h): next start, then name;
//   distance    nearest to request.near first, then name; no coordinates last;
//   updated     newest updated time (schema kUpdated) first, then name; none last;
//   name        name shown in request.lang, then docid;
//   indexed     docid (the order listings were first indexed), no weights.
// automatic is relevance with text and start_time without.
//
// Holds the KeyMakers; it must outlive get_mset(). One per Enquire.
// The KeyMakers read the values of every matching document, from the
// ValueCache when one is given.

#include <memory>

#include <xapian.h>

#include "index/listing_order.h"
#include "index/search_request.h"

namespace tarjotin {

// Sort key: distance from a point, then the name key; "\xff" (last) without coordinates.
class DistanceOrder : public Xapian::KeyMaker {
 public:
  DistanceOrder(const GeoCircle& centre, const std::string& lang, const ValueCache* values = nullptr);
  std::string operator()(const Xapian::Document& doc) const override;

 private:
  GeoCircle centre_;
  Xapian::valueno name_slot_;
  const ValueCache* values_;
};

// Sort key: the updated time reversed (newest first), then the name key; last without one.
class NewestFirstOrder : public Xapian::KeyMaker {
 public:
  explicit NewestFirstOrder(const std::string& lang, const ValueCache* values = nullptr);
  std::string operator()(const Xapian::Document& doc) const override;

 private:
  Xapian::valueno name_slot_;
  const ValueCache* values_;
};

// The name sort slot for a language (fi for anything but sv and en).
Xapian::valueno name_sort_slot(const std::string& lang);

class ResultOrder {
 public:
  // REQUIRES: sort == distance only with request.near. `values`: the
  // database's ValueCache, or nullptr (the keys are read from the documents).
  ResultOrder(const SearchRequest& request, std::int64_t now, const ValueCache* values = nullptr);
  ResultOrder(const ResultOrder&) = delete;
  ResultOrder& operator=(const ResultOrder&) = delete;

  void apply(Xapian::Enquire& enquire);

  // True when hits carry relevance scores.
  bool scored() const { return sort_ == SortOrder::relevance; }

 private:
  SortOrder sort_;
  Xapian::valueno name_slot_;
  ListingOrder browse_;
  std::unique_ptr<Xapian::KeyMaker> other_;
};

}  // namespace tarjotin
