// The feed fault matrix: every fault of faults.h against every connector type,
// through a real HTTP feed server on 127.0.0.1, a real SQLite store, a real
// Xapian index and a real API server answering searches while the faulty sync
// runs. For each: the run is recorded with a clear error (source, URL, what was
// wrong) or succeeds where the fault is harmless, searches keep answering, no
// stored or indexed listing is lost or changed, and the next sync of a healthy
// feed completes.
#include <gtest/gtest.h>

#include <rapidjson/document.h>

#include <future>
#include <iostream>
#include <map>
#include <mutex>
#include <regex>

#include "api/test_server.h"
#include "app/sync_runner.h"
#include "connectors/page_server.h"
#include "index/searcher.h"
#include "model/listing_json.h"
#include "model/listing_limits.h"
#include "model/utf8.h"
#include "reliability/faults.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

using testing::Expect;
using testing::Fault;
using testing::FeedKind;
using testing::Item;

// A feed server for one connector type that serves a catalogue and applies a fault on demand.
class FaultyFeed {
 public:
  FaultyFeed(const FeedKind& kind, int page_size) : kind_(kind), page_size_(page_size) {
    server_.routes().Get(".*", [this](const httplib::Request& req, httplib::Response& res) { handle(req, res); });
    server_.start();
    origin_ = server_.url("");
  }
  ~FaultyFeed() { stopping_ = true; }  // wakes sleeping handlers before server_ stops

  const std::string& origin() const { return origin_; }
  void set(std::vector<Item> items, const Fault* fault) {
    std::lock_guard<std::mutex> lock(mutex_);
    items_ = std::move(items);
    fault_ = fault;
    wire_ = {};
    if (fault && fault->wire) fault->wire(wire_, origin_);
    attempts_.clear();
  }
  // The targets of the requests the fault changed.
  std::vector<std::string> faulted_targets() {
    std::lock_guard<std::mutex> lock(mutex_);
    return faulted_;
  }

 private:
  void handle(const httplib::Request& req, httplib::Response& res) {
    std::unique_lock<std::mutex> lock(mutex_);
    const testing::Served served = kind_.serve(req, origin_, items_, page_size_, wire_);
    const Fault* fault = fault_;
    bool hit = false;
    if (fault && fault->respond && served.page > 0) {
      const int page = kind_.paged ? fault->page : std::min(fault->page, 1);
      hit = page == -1 || page == served.page;
    }
    if (!hit) {
      res.set_content(served.body, "application/json");
      return;
    }
    faulted_.push_back(req.target);
    const int attempt = ++attempts_[served.page];
    lock.unlock();
    fault->respond(res, served.body, attempt, stopping_);
  }

  const FeedKind& kind_;
  const int page_size_;
  std::string origin_;
  std::mutex mutex_;
  std::vector<Item> items_;
  const Fault* fault_ = nullptr;
  testing::Wire wire_;
  std::map<int, int> attempts_;
  std::vector<std::string> faulted_;
  std::atomic<bool> stopping_{false};
  testing::PageServer server_;  // last: stopped before what its handlers use goes
};

std::vector<Item> catalogue(int size) {
  std::vector<Item> items;
  for (int i = 1; i <= size; ++i)
    items.push_back({std::to_string(1000 + i), "Kielikahvila " + std::to_string(i),
                     "Keskustellaan suomeksi, kohde " + std::to_string(i) + "."});
  return items;
}

// id -> listing content, of the store's active listings.
std::map<std::string, std::string> store_snapshot(Store& store) {
  std::map<std::string, std::string> out;
  store.for_each_active([&](const Listing& listing) { out[listing.id] = listing_content_json(listing); });
  return out;
}

using Param = std::tuple<std::size_t, std::size_t>;  // (feed kind, fault)

class FeedFaultTest : public ::testing::TestWithParam<Param> {
 protected:
  const FeedKind& kind() const { return testing::feed_kinds()[std::get<0>(GetParam())]; }
  const Fault& fault() const { return testing::feed_faults()[std::get<1>(GetParam())]; }

  std::string listing_id(const Item& item) const {
    return kind().listing_prefix + (kind().type == "ptv" ? testing::ptv_guid(item.id) : item.id);
  }

  SyncRun sync(const SourceConfig& source) {
    SyncOptions options;
    options.connector.fetch.connect_timeout_ms = 1000;
    options.connector.fetch.total_timeout_ms = 2000;
    options.connector.fetch.max_retries = 1;
    options.connector.fetch.backoff_base_ms = 10;
    options.connector.fetch.max_backoff_ms = 20;
    options.connector.fetch.max_retry_after_seconds = 2;
    IndexWriter index(dir / "index");
    return sync_source(source, store, index, options);
  }

  // The index holds exactly what the store holds.
  void expect_index_agrees_with_store() {
    const auto stored = store_snapshot(store);
    Searcher searcher(dir / "index");
    EXPECT_EQ(searcher.size(), static_cast<std::int64_t>(stored.size()));
    for (const auto& [id, content] : stored) {
      const std::optional<Listing> indexed = searcher.get(id);
      ASSERT_TRUE(indexed) << id << " is stored but not indexed";
      EXPECT_EQ(listing_content_json(*indexed), content) << id;
    }
  }

  testing::TempDir dir;
  Store store{dir / "tarjotin.sqlite"};
};

// GET /v1/search?q=kielikahvila until `done`; every answer must be a 200 with `expected_total`.
int search_until(testing::RunningServer& api, std::future<SyncRun>& done, std::int64_t expected_total) {
  auto client = api.client();
  int answered = 0;
  do {
    const auto res = client->Get("/v1/search?q=kielikahvila&page_size=1");
    EXPECT_TRUE(res) << "no answer from the API during the sync: " << httplib::to_string(res.error());
    if (!res) break;
    EXPECT_EQ(res->status, 200) << res->body;
    rapidjson::Document body;
    body.Parse(res->body.c_str());
    EXPECT_TRUE(body.IsObject() && body.HasMember("total") && body["total"].IsInt64()) << res->body;
    if (body.IsObject() && body.HasMember("total") && body["total"].IsInt64()) {
      EXPECT_EQ(body["total"].GetInt64(), expected_total);
    }
    ++answered;
  } while (done.wait_for(std::chrono::milliseconds(20)) != std::future_status::ready);
  return answered;
}

TEST_P(FeedFaultTest, RunIsRecordedSearchesAnswerAndNothingIsLost) {
  const Expect expect = fault().expectation(kind().type);
  if (expect == Expect::skip) GTEST_SKIP() << "not applicable to " << kind().type;

  FaultyFeed feed(kind(), fault().page_size);
  const SourceConfig source = kind().source(feed.origin(), dir, fault().page_size);
  const std::vector<Item> items = catalogue(fault().catalogue_size);

  // 1. A healthy sync fills the catalogue.
  feed.set(items, nullptr);
  const SyncRun first = sync(source);
  ASSERT_EQ(first.status, "ok") << (first.errors.empty() ? "" : first.errors[0]);
  ASSERT_EQ(store.count_active(source.name), fault().catalogue_size);
  const auto before = store_snapshot(store);

  // 2. The faulty sync, while the API answers searches from the same index.
  std::vector<Item> faulty = items;
  if (fault().change) fault().change(faulty);
  feed.set(faulty, &fault());
  SourceConfig faulty_source = source;
  std::string refused_origin;
  if (fault().refuse_connections) {
    testing::PageServer closed;  // bound and stopped at once: nothing listens on its port afterwards
    closed.start();
    refused_origin = closed.url("");
    faulty_source = kind().source(refused_origin, dir, fault().page_size);
  }
  SyncRun run;
  {
    ApiOptions api_options;
    api_options.index_root = dir / "index";
    testing::RunningServer api(api_options);
    std::future<SyncRun> done = std::async(std::launch::async, [&] { return sync(faulty_source); });
    EXPECT_GT(search_until(api, done, fault().catalogue_size), 0);
    run = done.get();
  }
  std::string errors;
  for (const std::string& error : run.errors) errors += error + "\n";
  std::cout << "MATRIX " << kind().type << " " << fault().name << " status=" << run.status << " pages=" << run.pages
            << " added=" << run.added << " updated=" << run.updated << " removed=" << run.removed << " errors=" << errors
            << std::endl;

  // The run is recorded as it was.
  const auto runs = store.recent_runs(source.name, 1);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].id, run.id);
  EXPECT_EQ(runs[0].status, run.status);
  EXPECT_EQ(runs[0].errors, run.errors);
  EXPECT_EQ(run.removed, 0);
  for (const std::string& error : run.errors) EXPECT_NE(error.find("source=" + source.name), std::string::npos) << error;

  if (expect == Expect::failed) {
    EXPECT_EQ(run.status, "failed");
    EXPECT_TRUE(std::regex_search(errors, std::regex(fault().error_pattern, std::regex::icase)))
        << "expected /" << fault().error_pattern << "/ in:\n" << errors;
    // The error names the URL that failed.
    const auto targets = feed.faulted_targets();
    const std::string url_part = !refused_origin.empty() ? refused_origin
                                 : !targets.empty()      ? targets.front().substr(0, targets.front().find('?'))
                                                         : feed.origin();
    EXPECT_NE(errors.find("url=" + (url_part.rfind("http", 0) == 0 ? url_part : feed.origin() + url_part)),
              std::string::npos)
        << "expected url=" << url_part << " in:\n" << errors;
  } else if (expect == Expect::ok) {
    EXPECT_EQ(run.status, "ok") << errors;
  }

  // Nothing stored or indexed was lost or changed (the listings the fault itself changes aside).
  const auto after = store_snapshot(store);
  EXPECT_EQ(after.size(), before.size());
  for (const auto& [id, content] : before) {
    const auto it = after.find(id);
    ASSERT_NE(it, after.end()) << id << " was lost";
    bool exempt = false;
    for (std::size_t position : fault().changed_items) exempt = exempt || id == listing_id(items[position]);
    if (!exempt) {
      EXPECT_EQ(it->second, content) << id;
    }
  }
  // Whatever a feed sends, what is stored is valid UTF-8 and no text is longer than the limit.
  for (const auto& [id, content] : after) {
    EXPECT_TRUE(is_valid_utf8(content)) << id;
    Listing listing = *store.get(id);
    EXPECT_EQ(enforce_listing_limits(listing), "") << id;
  }
  if (fault().name == "OneMegabyteStringField" && run.status == "ok") {
    const std::string text = store.get(listing_id(faulty[1]))->description.at("fi");
    EXPECT_LE(text.size(), kMaxListingTextBytes);
    EXPECT_EQ(text.rfind("pitkä kuvaus pitkä", 0), 0u);  // cut, not dropped
  }
  if (fault().name == "InvalidUtf8" && run.status == "ok") {
    EXPECT_EQ(store.get(listing_id(faulty[1]))->name.at("fi"), "Kielikahvila 2 \xEF\xBF\xBD( \xEF\xBF\xBD \xEF\xBF\xBD kahvila");
  }
  expect_index_agrees_with_store();

  // 3. The feed heals: the next sync completes and the catalogue is as it was.
  feed.set(items, nullptr);
  const SyncRun healed = sync(source);
  EXPECT_EQ(healed.status, "ok") << (healed.errors.empty() ? "" : healed.errors[0]);
  EXPECT_EQ(store_snapshot(store), before);
  expect_index_agrees_with_store();
}

std::vector<Param> all_params() {
  std::vector<Param> params;
  for (std::size_t k = 0; k < testing::feed_kinds().size(); ++k)
    for (std::size_t f = 0; f < testing::feed_faults().size(); ++f) params.emplace_back(k, f);
  return params;
}

INSTANTIATE_TEST_SUITE_P(Matrix, FeedFaultTest, ::testing::ValuesIn(all_params()),
                         [](const ::testing::TestParamInfo<Param>& info) {
                           return testing::feed_kinds()[std::get<0>(info.param)].type + "_" +
                                  testing::feed_faults()[std::get<1>(info.param)].name;
                         });

}  // namespace
}  // namespace tarjotin
