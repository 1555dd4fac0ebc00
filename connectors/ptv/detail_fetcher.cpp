#include "connectors/ptv/detail_fetcher.h"

#include <algorithm>
#include <map>

#include "connectors/ptv/ptv_requests.h"
#include "connectors/pull_support.h"

namespace tarjotin::ptv {
namespace {

std::vector<std::vector<std::string>> batches(const std::vector<std::string>& ids, std::size_t size) {
  std::vector<std::vector<std::string>> out;
  for (std::size_t i = 0; i < ids.size(); i += size)
    out.emplace_back(ids.begin() + i, ids.begin() + std::min(ids.size(), i + size));
  return out;
}

// The objects of a list answer by id; false when the root is no list at all.
bool index_items(const Value& root, std::map<std::string, const Value*>* by_id) {
  if (!root.IsArray() && !root.IsObject()) return false;
  if (root.IsObject() && !root.HasMember("itemList") && !root.HasMember("id")) return false;
  for (const Value* item : list_items(root)) {
    const std::string id = string_member(*item, "id");
    if (!id.empty()) by_id->emplace(id, item);
  }
  return true;
}

}  // namespace

DetailFetcher::DetailFetcher(Fetcher& fetcher, FeedSink& sink, std::string source, std::string root, int batch_size)
    : fetcher_(fetcher),
      sink_(sink),
      source_(std::move(source)),
      root_(std::move(root)),
      batch_size_(batch_size > 0 ? static_cast<std::size_t>(batch_size) : 1) {}

void DetailFetcher::report(const std::string& url, const std::string& message, long long offset) {
  report_feed_error(sink_, source_, url, message, offset);
}

const Value* DetailFetcher::read_body(const std::string& url, long* status) {
  const FetchResult fetched = fetcher_.get(url);
  if (status) *status = fetched.status;
  if (!fetched.ok) {
    if (!(status && fetched.status == 404)) report(url, fetched.error);
    return nullptr;
  }
  ParsedBody parsed = parse_body(fetched.body);
  if (!parsed.ok) {
    report(url, parsed.error, parsed.error_offset);
    return nullptr;
  }
  bodies_.push_back(std::move(parsed));
  return bodies_.back().document.get();
}

bool DetailFetcher::read_services(const std::vector<std::string>& ids, std::vector<const Value*>* services) {
  for (const std::vector<std::string>& batch : batches(ids, batch_size_)) {
    const std::string url = service_list_url(root_, batch);
    const Value* root = read_body(url, nullptr);
    if (!root) return false;
    std::map<std::string, const Value*> by_id;
    if (!index_items(*root, &by_id)) {
      report(url, "expected a JSON array of services");
      return false;
    }
    for (const std::string& id : batch) {
      const auto found = by_id.find(id);
      if (found == by_id.end())
        report(url, "service " + id + " of the GUID page is missing from the answer; skipped");
      else
        services->push_back(found->second);
    }
  }
  return true;
}

bool DetailFetcher::read_channels(const std::vector<std::string>& ids, ChannelIndex* channels) {
  for (const std::vector<std::string>& batch : batches(ids, batch_size_)) {
    const std::string url = channel_list_url(root_, batch);
    long status = 0;
    const Value* root = read_body(url, &status);
    if (!root && status == 404) {
      if (!read_channels_one_by_one(batch, channels)) return false;
      continue;
    }
    if (!root) return false;
    std::map<std::string, const Value*> by_id;
    if (!index_items(*root, &by_id)) {
      report(url, "expected a JSON array of service channels");
      return false;
    }
    for (const std::string& id : batch) {
      const auto found = by_id.find(id);
      if (found == by_id.end())
        report(url, "linked service channel " + id + " is missing from the answer; its services are delivered without it");
      else
        channels->emplace(id, found->second);
    }
  }
  return true;
}

bool DetailFetcher::read_channels_one_by_one(const std::vector<std::string>& ids, ChannelIndex* channels) {
  for (const std::string& id : ids) {
    const std::string url = channel_url(root_, id);
    long status = 0;
    const Value* root = read_body(url, &status);
    if (!root && status == 404) {
      report(url, "linked service channel " + id + " not found (HTTP 404); its services are delivered without it");
      continue;
    }
    if (!root) return false;
    const std::vector<const Value*> items = list_items(*root);
    if (items.empty() || string_member(*items.front(), "id") != id) {
      report(url, "answer is not service channel " + id + "; its services are delivered without it");
      continue;
    }
    channels->emplace(id, items.front());
  }
  return true;
}

}  // namespace tarjotin::ptv
