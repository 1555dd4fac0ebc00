#pragma once
// ShortlistBook: where the API keeps counsellors' shortlists. The API does not
// know the store; the application hands ApiServer an implementation
// (src/app/shortlist_book.h keeps them in SQLite).
//
// A shortlist holds no personal data: listing ids, a language, an optional
// note (the page asks that it hold no names) and two times. Listings are
// resolved from the index whenever the list is read, never copied.
//
// Threading: called on worker threads, many at once; implementations must be
// thread-safe. Failures are thrown (any std::exception); the API answers 503.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tarjotin {

struct Shortlist {
  std::string id;                         // shortlist_id.h: 22 URL-safe characters
  std::string lang;                       // "fi" | "sv" | "en"
  std::string note;                       // may be empty
  std::vector<std::string> listing_ids;   // in the counsellor's order
  std::int64_t created = 0;               // UTC seconds
  std::int64_t expires = 0;               // UTC seconds; deleted from then on
};

class ShortlistBook {
 public:
  virtual ~ShortlistBook() = default;
  // Stores a new shortlist. REQUIRES: no shortlist with list.id exists.
  virtual void add(const Shortlist& list) = 0;
  // The shortlist `id`, or nullopt when there is none or it has expired by
  // `now` (an expired one is deleted on the way).
  virtual std::optional<Shortlist> find(const std::string& id, std::int64_t now) = 0;
};

}  // namespace tarjotin
