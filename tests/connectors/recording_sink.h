#pragma once
// RecordingSink: a FeedSink that keeps everything it is given, for tests to inspect.

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "connectors/connector.h"

namespace tarjotin::testing {

class RecordingSink : public FeedSink {
 public:
  void on_page(const std::string& url, std::vector<FeedItem> page_items,
               std::vector<std::string> page_deleted) override {
    page_urls.push_back(url);
    for (FeedItem& item : page_items) items.push_back(std::move(item));
    for (std::string& id : page_deleted) deleted_ids.push_back(std::move(id));
  }
  void on_error(const FeedError& error) override { errors.push_back(error); }
  void on_progress(int pages_done, int pages_total) override { progress.emplace_back(pages_done, pages_total); }

  const Listing* find(const std::string& id) const {
    for (const FeedItem& item : items)
      if (item.listing.id == id) return &item.listing;
    return nullptr;
  }
  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    for (const FeedItem& item : items) out.push_back(item.listing.id);
    return out;
  }
  std::string error_text() const {
    std::string text;
    for (const FeedError& error : errors) text += error.to_string() + "\n";
    return text;
  }

  std::vector<std::string> page_urls;
  std::vector<FeedItem> items;
  std::vector<std::string> deleted_ids;
  std::vector<FeedError> errors;
  std::vector<std::pair<int, int>> progress;  // (pages done, pages in all or -1)
};

}  // namespace tarjotin::testing
