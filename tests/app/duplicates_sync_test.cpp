// Duplicates across feeds through every layer: the real TPR, PTV and Linked
// Events connectors (TPR and Linked Events from file:// directories, PTV from
// a 127.0.0.1 server), a real SQLite store and a real Xapian index. The same
// swimming hall from TPR and PTV is one search result with both sources; an
// event held at it (tprek:41102) shows its accessibility and coordinates,
// and follows when the unit changes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <rapidjson/document.h>

#include "app/index_outbox.h"
#include "app/integrity_check.h"
#include "app/sync_runner.h"
#include "connectors_ptv/ptv_api.h"
#include "connectors_ptv/ptv_payloads.h"
#include "index/searcher.h"
#include "model/listing_json.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

const std::string kTpr = "tpr:41102";
const std::string kPtv = "ptv:0f3c1a52-8d7e-4b61-9a55-2e7d4c6b9a10";
const std::string kEvent = "linkedevents:helsinki:agm3dup41102";

std::string read(const std::string& path) {
  std::ifstream in(std::string(TARJOTIN_FIXTURES) + "/" + path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write(const std::string& path, const std::string& text) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

SourceConfig source(const std::string& name, const std::string& type, const std::string& url) {
  SourceConfig s;
  s.name = name;
  s.type = type;
  s.url = url;
  return s;
}

class DuplicatesSyncTest : public ::testing::Test {
 protected:
  DuplicatesSyncTest() {
    write_unit("11:red");
    write(dir / "tpr/ontologyword.json", read("tpr/tpr_v4_unifiedsearch_ontology_words.json"));
    write(dir / "le/page1.json", read("duplicates/linkedevents_event_at_tprek_41102.json"));
    ptv.add_service(read("duplicates/ptv_service_yrjonkatu.json"));
    ptv.add_channel(read("duplicates/ptv_servicelocation_yrjonkatu.json"));
    ptv.set_pages({{1, testing::guid_page_json(1, 1, {"0f3c1a52-8d7e-4b61-9a55-2e7d4c6b9a10"})}});
    ptv.start();
    options.connector.fetch.max_retries = 1;
    options.connector.fetch.backoff_base_ms = 1;
  }

  // The real unit 41102, with its wheelchair viewpoint ("11") as given.
  void write_unit(const std::string& wheelchair) {
    std::string unit = read("tpr/tpr_v4_unifiedsearch_unit_41102.json");
    const std::string red = "11:red";
    unit.replace(unit.find(red), red.size(), wheelchair);
    write(dir / "tpr/unit.json", "[" + unit + "]");
  }

  void sync(const SourceConfig& s) {
    IndexWriter index(dir / "index");
    const SyncRun run = sync_source(s, store, index, options);
    ASSERT_EQ(run.status, "ok") << summary_line(run) << (run.errors.empty() ? "" : run.errors.front());
  }
  void sync_all() {
    sync(source("linkedevents", "linkedevents", "file://" + dir / "le"));
    sync(source("ptv", "ptv", ptv.root()));
    sync(source("tpr", "tpr", "file://" + dir / "tpr"));
  }

  SearchResponse search(const std::string& q, std::vector<std::string> accessibility = {}) {
    SearchRequest request;
    request.q = q;
    request.accessibility = std::move(accessibility);
    return Searcher(dir / "index").search(request);
  }

  testing::TempDir dir;
  testing::PtvApi ptv;
  Store store{dir / "tarjotin.sqlite"};
  SyncOptions options;
};

TEST_F(DuplicatesSyncTest, OnePlaceFromTwoFeedsIsOneResultWithBothSources) {
  sync_all();
  const SearchResponse response = search("uimahalli");
  std::vector<std::string> places;
  for (const SearchHit& hit : response.hits)
    if (hit.listing.kind != Kind::event) places.push_back(hit.listing.id);
  ASSERT_EQ(places, std::vector<std::string>{kTpr}) << "the PTV service is merged into the TPR unit";
  const Listing unit = *Searcher(dir / "index").get(kTpr);
  ASSERT_EQ(unit.sources.size(), 2u);
  EXPECT_EQ(unit.sources[0].id, kTpr);
  EXPECT_EQ(unit.sources[0].relation, "self");
  EXPECT_EQ(unit.sources[1].id, kPtv);
  EXPECT_EQ(unit.sources[1].source, "ptv");
  EXPECT_EQ(unit.sources[1].relation, "duplicate");
  EXPECT_NE(unit.sources[1].reason.find("same name and address"), std::string::npos) << unit.sources[1].reason;
  EXPECT_EQ(unit.contact.email, "yrjonkadun.uimahalli@hel.fi") << "filled in from PTV";

  // A saved link to the PTV id still answers, with the merged listing.
  const std::optional<Listing> by_ptv_id = Searcher(dir / "index").get(kPtv);
  ASSERT_TRUE(by_ptv_id);
  EXPECT_EQ(by_ptv_id->id, kTpr);

  // tarjotin check agrees: the PTV service is not a document of its own.
  const IntegrityReport report = check_integrity(store, dir / "tarjotin.sqlite", dir / "index");
  EXPECT_TRUE(report.index_agrees()) << report.describe();
  EXPECT_EQ(report.merged, 1);
  EXPECT_EQ(report.indexed, 2);  // the unit (with PTV) and the event
}

TEST_F(DuplicatesSyncTest, EventAtTheUnitInheritsItsAccessibilityAndFollowsItsChanges) {
  sync_all();
  std::optional<Listing> event = Searcher(dir / "index").get(kEvent);
  ASSERT_TRUE(event);
  EXPECT_EQ(event->accessibility.at("wheelchair"), Tri::no) << "from the unit";
  ASSERT_TRUE(event->location.lat);
  EXPECT_NEAR(*event->location.lat, 60.16835, 1e-6);
  EXPECT_EQ(pick_text(event->location.street_address, "fi"), "Yrjönkatu 21 b");
  ASSERT_EQ(event->sources.size(), 2u);
  EXPECT_EQ(event->sources[1].id, kTpr);
  EXPECT_EQ(event->sources[1].relation, "place");
  EXPECT_EQ(search("vesijumppa", {"wheelchair"}).total, 0);

  // The unit becomes wheelchair accessible: after the next TPR sync the event is too.
  write_unit("11:green");
  sync(source("tpr", "tpr", "file://" + dir / "tpr"));
  event = Searcher(dir / "index").get(kEvent);
  EXPECT_EQ(event->accessibility.at("wheelchair"), Tri::yes);
  const SearchResponse found = search("vesijumppa", {"wheelchair"});
  ASSERT_EQ(found.total, 1);
  EXPECT_EQ(found.hits[0].listing.id, kEvent);
  EXPECT_TRUE(check_integrity(store, dir / "tarjotin.sqlite", dir / "index").index_agrees());
}

TEST_F(DuplicatesSyncTest, RebuildFromTheStoreGivesTheSameMergedIndex) {
  sync_all();
  const std::string before = listing_to_json(*Searcher(dir / "index").get(kTpr));
  EXPECT_EQ(rebuild_index_from_store(store, dir / "index"), 2);
  EXPECT_EQ(listing_to_json(*Searcher(dir / "index").get(kTpr)), before);
  EXPECT_EQ(Searcher(dir / "index").size(), 2);
  EXPECT_TRUE(check_integrity(store, dir / "tarjotin.sqlite", dir / "index").index_agrees());
}

}  // namespace
}  // namespace tarjotin
