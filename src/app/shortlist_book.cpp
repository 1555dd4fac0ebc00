#include "app/shortlist_book.h"

#include <map>

#include "model/time.h"
#include "store/shortlist_store.h"

namespace tarjotin {
namespace {

class StoreShortlistBook : public ShortlistBook {
 public:
  explicit StoreShortlistBook(std::string path) : path_(std::move(path)) { store().purge_expired(now_utc()); }

  void add(const Shortlist& list) override {
    store().add({list.id, list.lang, list.note, list.listing_ids, list.created, list.expires});
  }

  std::optional<Shortlist> find(const std::string& id, std::int64_t now) override {
    std::optional<StoredShortlist> found = store().find(id, now);
    if (!found) return std::nullopt;
    return Shortlist{found->id, found->lang, found->note, found->listing_ids, found->created, found->expires};
  }

 private:
  // This thread's connection to the file.
  ShortlistStore& store() {
    thread_local std::map<std::string, std::unique_ptr<ShortlistStore>> stores;
    auto& slot = stores[path_];
    if (!slot) slot = std::make_unique<ShortlistStore>(path_);
    return *slot;
  }

  const std::string path_;
};

}  // namespace

std::shared_ptr<ShortlistBook> store_shortlist_book(const std::string& store_path) {
  return std::make_shared<StoreShortlistBook>(store_path);
}

}  // namespace tarjotin
