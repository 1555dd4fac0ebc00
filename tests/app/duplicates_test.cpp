// The matcher and merger of duplicates across feeds (app/duplicates/), and
// its links kept in a real SQLite store.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

#include <sqlite3.h>

#include "app/duplicates/listing_merge.h"
#include "app/duplicates/merge_links.h"
#include "app/duplicates/place_match.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

using namespace duplicates;

Listing place(const std::string& source, const std::string& id, const std::string& name, const std::string& street,
              const std::string& postal, std::optional<double> lat = std::nullopt, std::optional<double> lon = std::nullopt) {
  Listing l;
  l.source = source;
  l.source_id = id;
  l.id = source + ":" + id;
  l.kind = source == "tpr" ? Kind::place : Kind::service;
  l.name["fi"] = name;
  if (!street.empty()) l.location.street_address["fi"] = street;
  l.location.postal_code = postal;
  l.location.municipality["fi"] = "Helsinki";
  l.location.lat = lat;
  l.location.lon = lon;
  if (source == "tpr") l.location.id = "tprek:" + id;
  l.source_url = "https://example.org/" + l.id;
  return l;
}

Listing event_at(const std::string& id, const std::string& location_id) {
  Listing l;
  l.source = "linkedevents";
  l.source_id = id;
  l.id = "linkedevents:" + id;
  l.kind = Kind::event;
  l.name["fi"] = "Vesijumppa";
  l.location.id = location_id;
  return l;
}

TEST(PlaceMatchTest, NamesFoldCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(fold_name("Yrjönkadun  UIMAHALLI!"), "yrjonkadun uimahalli");
  EXPECT_EQ(fold_name("Café Åbo – kielikahvila"), "cafe abo kielikahvila");
  EXPECT_EQ(fold_name("Itä-Helsingin kirjasto"), "itahelsingin kirjasto");
}

TEST(PlaceMatchTest, SameNameAndAddressFromTwoFeedsIsOnePlace) {
  const Listing tpr = place("tpr", "41102", "Yrjönkadun uimahalli", "Yrjönkatu 21 b", "00100", 60.16835, 24.93896);
  const Listing ptv = place("ptv", "abc", "YRJÖNKADUN UIMAHALLI", "Yrjönkatu 21b", "00100", 60.16841, 24.93905);
  const auto reason = duplicate_reason(tpr, ptv);
  ASSERT_TRUE(reason);
  EXPECT_NE(reason->find("same name and address"), std::string::npos) << *reason;
  EXPECT_NE(reason->find(" m apart"), std::string::npos) << *reason;
  EXPECT_EQ(duplicate_reason(ptv, tpr).has_value(), true);
}

TEST(PlaceMatchTest, SameNameAFewMetresApartWithoutAddressIsOnePlace) {
  const Listing tpr = place("tpr", "1", "Kallion kirjasto", "", "", 60.18390, 24.94940);
  const Listing ptv = place("ptv", "x", "Kallion kirjasto", "", "", 60.18400, 24.94950);
  const auto reason = duplicate_reason(tpr, ptv);
  ASSERT_TRUE(reason);
  EXPECT_EQ(reason->rfind("same name, ", 0), 0u) << *reason;
}

TEST(PlaceMatchTest, SameNameWithoutAddressOrNearCoordinatesIsNotEnough) {
  EXPECT_FALSE(duplicate_reason(place("tpr", "1", "Kallion kirjasto", "", ""), place("ptv", "x", "Kallion kirjasto", "", "")));
  // 300 m apart, no address in common.
  EXPECT_FALSE(duplicate_reason(place("tpr", "1", "Kallion kirjasto", "", "", 60.1839, 24.9494),
                                place("ptv", "x", "Kallion kirjasto", "", "", 60.1866, 24.9494)));
}

TEST(PlaceMatchTest, NeverWithinOneSource) {
  const Listing a = place("ptv", "a", "Yrjönkadun uimahalli", "Yrjönkatu 21 b", "00100");
  const Listing b = place("ptv", "b", "Yrjönkadun uimahalli", "Yrjönkatu 21 b", "00100");
  EXPECT_FALSE(duplicate_reason(a, b));
}

TEST(PlaceMatchTest, SameNameInTwoTownsIsTwoPlaces) {
  // Two "Kirjasto" on a "Koulukatu 1" in different towns: other postal code, far apart.
  const Listing helsinki = place("tpr", "1", "Kirjasto", "Koulukatu 1", "00100", 60.17, 24.94);
  const Listing vaasa = place("ptv", "v", "Kirjasto", "Koulukatu 1", "65100", 63.10, 21.61);
  EXPECT_FALSE(duplicate_reason(helsinki, vaasa));
  Listing vaasa_no_postal = vaasa;
  vaasa_no_postal.location.postal_code.clear();
  EXPECT_FALSE(duplicate_reason(helsinki, vaasa_no_postal)) << "coordinates far apart";
  vaasa_no_postal.location.lat = vaasa_no_postal.location.lon = std::nullopt;
  vaasa_no_postal.location.municipality = {{"fi", "Vaasa"}};
  EXPECT_FALSE(duplicate_reason(helsinki, vaasa_no_postal)) << "other municipality";
}

TEST(PlaceMatchTest, EventsAreNeverDuplicatesButAreHeldAtTheirPlace) {
  const Listing unit = place("tpr", "41102", "Yrjönkadun uimahalli", "Yrjönkatu 21 b", "00100");
  Listing event = event_at("e1", "tprek:41102");
  event.name["fi"] = "Yrjönkadun uimahalli";
  EXPECT_FALSE(duplicate_reason(unit, event));
  EXPECT_FALSE(duplicate_reason(event, event_at("e2", "tprek:41102")));
  EXPECT_TRUE(held_at_reason(event, unit));
  EXPECT_FALSE(held_at_reason(event_at("e3", "tprek:1"), unit));
  EXPECT_FALSE(held_at_reason(unit, event));
}

TEST(PlaceMatchTest, TheTprUnitIsCanonical) {
  const Listing tpr = place("tpr", "41102", "Yrjönkadun uimahalli", "", "");
  Listing ptv = place("ptv", "abc", "Yrjönkadun uimahalli", "Yrjönkatu 21b", "00100", 60.1, 24.9);
  ptv.summary["fi"] = "more fields";
  EXPECT_TRUE(better_canonical(tpr, ptv));
  EXPECT_FALSE(better_canonical(ptv, tpr));
}

TEST(ListingMergeTest, CanonicalKeepsItsFieldsAndFillsTheRest) {
  Listing tpr = place("tpr", "41102", "Yrjönkadun uimahalli", "Yrjönkatu 21 b", "00100", 60.16835, 24.93896);
  tpr.accessibility["wheelchair"] = Tri::no;
  tpr.categories = {"theme:exercise"};
  Listing ptv = place("ptv", "abc", "Yrjönkadun uimahalli", "Yrjönkatu 21b", "00100", 60.2, 24.9);
  ptv.name["sv"] = "Georgsgatans simhall";
  ptv.accessibility["wheelchair"] = Tri::yes;
  ptv.accessibility["hearing_loop"] = Tri::yes;
  ptv.contact.email = "uimahalli@hel.fi";
  ptv.categories = {"theme:exercise", "meeting_place"};
  const Listing merged = merge_duplicates(tpr, {{ptv, "same name and address"}});
  EXPECT_EQ(merged.id, "tpr:41102");
  EXPECT_EQ(merged.name.at("sv"), "Georgsgatans simhall");
  EXPECT_EQ(merged.location.lat, 60.16835) << "its own coordinates stay";
  EXPECT_EQ(merged.accessibility.at("wheelchair"), Tri::no) << "what the canonical says stays";
  EXPECT_EQ(merged.accessibility.at("hearing_loop"), Tri::yes);
  EXPECT_EQ(merged.contact.email, "uimahalli@hel.fi");
  EXPECT_EQ(merged.categories, (std::vector<std::string>{"theme:exercise", "meeting_place"}));
  ASSERT_EQ(merged.sources.size(), 2u);
  EXPECT_EQ(merged.sources[0].relation, "self");
  EXPECT_EQ(merged.sources[1].id, "ptv:abc");
  EXPECT_EQ(merged.sources[1].relation, "duplicate");
  EXPECT_EQ(merged.sources[1].reason, "same name and address");
}

TEST(ListingMergeTest, EventInheritsOnlyWhatItDoesNotSay) {
  Listing unit = place("tpr", "41102", "Yrjönkadun uimahalli", "Yrjönkatu 21 b", "00100", 60.16835, 24.93896);
  unit.accessibility = {{"wheelchair", Tri::yes}, {"hearing_loop", Tri::no}};
  Listing event = event_at("e1", "tprek:41102");
  event.accessibility = {{"hearing_loop", Tri::yes}};
  inherit_from_place(event, unit, "held at tprek:41102");
  EXPECT_EQ(event.accessibility.at("wheelchair"), Tri::yes);
  EXPECT_EQ(event.accessibility.at("hearing_loop"), Tri::yes);
  EXPECT_EQ(event.location.lat, 60.16835);
  EXPECT_EQ(event.location.street_address.at("fi"), "Yrjönkatu 21 b");
  ASSERT_EQ(event.sources.size(), 2u);
  EXPECT_EQ(event.sources[1].relation, "place");
  EXPECT_EQ(event.sources[1].id, "tpr:41102");
}

// Links in a real store: groups form and split as listings change, and the
// listings whose documents depend on a change come back into the outbox.
class MergeLinksTest : public ::testing::Test {
 protected:
  void put(const Listing& l) { store.upsert({{l, "{}"}}, 1000); }
  std::vector<std::string> pending() {
    std::vector<std::string> ids;
    for (const IndexChange& c : store.pending_index_changes(100)) ids.push_back(c.id);
    return ids;
  }
  void index_all() {
    update_pending_links(store);
    store.mark_indexed(store.pending_index_changes(100));
  }

  testing::TempDir dir;
  Store store{dir / "tarjotin.sqlite"};
};

TEST_F(MergeLinksTest, GroupsFormFollowChangesAndSplit) {
  Listing tpr = place("tpr", "41102", "Yrjönkadun uimahalli", "Yrjönkatu 21 b", "00100", 60.16835, 24.93896);
  tpr.accessibility["wheelchair"] = Tri::no;
  const Listing ptv = place("ptv", "abc", "Yrjönkadun uimahalli", "Yrjönkatu 21b", "00100", 60.16841, 24.93905);
  const Listing other = place("ptv", "zzz", "Kallion kirjasto", "Viides linja 11", "00530");
  const Listing event = event_at("e1", "tprek:41102");
  put(ptv);
  put(event);
  put(other);
  index_all();
  EXPECT_FALSE(store.link_from(ptv.id)) << "alone before the TPR unit arrives";

  put(tpr);
  update_pending_links(store);
  const auto link = store.link_from(ptv.id);
  ASSERT_TRUE(link);
  EXPECT_EQ(link->target_id, tpr.id);
  EXPECT_EQ(link->relation, "duplicate");
  ASSERT_TRUE(store.link_from(event.id));
  EXPECT_EQ(store.link_from(event.id)->target_id, tpr.id);
  auto ids = pending();
  EXPECT_EQ(ids, (std::vector<std::string>{event.id, ptv.id, tpr.id})) << "the group and its event are reindexed";

  EXPECT_FALSE(index_view(store, *store.get(ptv.id))) << "merged away";
  const auto merged = index_view(store, *store.get(tpr.id));
  ASSERT_TRUE(merged);
  ASSERT_EQ(merged->sources.size(), 2u);
  EXPECT_EQ(merged->sources[1].id, ptv.id);
  const auto held = index_view(store, *store.get(event.id));
  ASSERT_TRUE(held);
  EXPECT_EQ(held->accessibility.at("wheelchair"), Tri::no);
  EXPECT_EQ(held->location.lat, 60.16835);
  store.mark_indexed(store.pending_index_changes(100));

  // The unit's accessibility changes: the event and the group come back into the outbox.
  tpr.accessibility["wheelchair"] = Tri::yes;
  put(tpr);
  update_pending_links(store);
  ids = pending();
  EXPECT_NE(std::find(ids.begin(), ids.end(), event.id), ids.end());
  EXPECT_EQ(index_view(store, *store.get(event.id))->accessibility.at("wheelchair"), Tri::yes);
  store.mark_indexed(store.pending_index_changes(100));
  EXPECT_EQ(update_pending_links(store), 0) << "reindexing does not relink again";

  // Another event there: only the event is indexed again (a place does not list its events).
  put(event_at("e2", "tprek:41102"));
  update_pending_links(store);
  EXPECT_EQ(pending(), (std::vector<std::string>{"linkedevents:e2"}));
  store.mark_indexed(store.pending_index_changes(100));

  // The unit leaves: the PTV service is a result of its own again, the event has no place.
  store.remove({tpr.id}, 2000);
  update_pending_links(store);
  EXPECT_FALSE(store.link_from(ptv.id));
  EXPECT_FALSE(store.link_from(event.id));
  ids = pending();
  EXPECT_NE(std::find(ids.begin(), ids.end(), ptv.id), ids.end());
  EXPECT_TRUE(index_view(store, *store.get(ptv.id)));
  EXPECT_EQ(store.count_merged_away(), 0);
}

TEST_F(MergeLinksTest, RecomputeAllGivesTheSameLinks) {
  put(place("tpr", "41102", "Yrjönkadun uimahalli", "Yrjönkatu 21 b", "00100"));
  put(place("ptv", "abc", "Yrjönkadun uimahalli", "Yrjönkatu 21b", "00100"));
  put(event_at("e1", "tprek:41102"));
  update_pending_links(store);
  const auto before = store.link_from("ptv:abc");
  EXPECT_EQ(recompute_all_links(store), 3);
  EXPECT_EQ(store.link_from("ptv:abc"), before);
  EXPECT_EQ(store.count_merged_away(), 1);
}

// 250 PTV services called "Tuolijumppa" (more than a key's candidate limit),
// each at an address of its own; the last of them by id, ptv:a249, at the TPR
// unit's address.
std::vector<StoredItem> many_same_named_services() {
  std::vector<StoredItem> many;
  for (int i = 0; i < 250; ++i) {
    char id[16];
    std::snprintf(id, sizeof id, "a%03d", i);
    many.push_back({place("ptv", id, "Tuolijumppa", "Kotikatu " + std::to_string(i + 1), "00100"), "{}"});
  }
  many.back().listing.location.street_address["fi"] = "Yrjönkatu 21 b";
  return many;
}

const Listing kTuolijumppaUnit = place("tpr", "41102", "Tuolijumppa", "Yrjönkatu 21b", "00100");

TEST_F(MergeLinksTest, ANameCommonInOneFeedHidesNoDuplicateWhicheverArrivesFirst) {
  for (const bool unit_first : {true, false}) {
    SCOPED_TRACE(unit_first ? "the unit, then the services" : "the services, then the unit");
    Store own(dir / (unit_first ? "unit-first.sqlite" : "unit-last.sqlite"));
    if (unit_first) own.upsert({{kTuolijumppaUnit, "{}"}}, 1000);
    update_pending_links(own);
    own.upsert(many_same_named_services(), 1000);
    update_pending_links(own);
    if (!unit_first) own.upsert({{kTuolijumppaUnit, "{}"}}, 1000);
    update_pending_links(own);
    const auto link = own.link_from("ptv:a249");
    ASSERT_TRUE(link) << "the one service at the unit's address, among 250 of that name";
    EXPECT_EQ(link->target_id, kTuolijumppaUnit.id);
    EXPECT_EQ(own.count_merged_away(), 1);
  }
}

TEST_F(MergeLinksTest, SameNameNearbyIsFoundAcrossGridCells) {
  // No addresses: only the distance can join them. 60.19995 and 60.20040 lie in
  // different 0.001-degree rows and, there, in different columns (25.0008, 25.0018); 75 m apart.
  put(place("tpr", "1", "Kontulan kirjasto", "", "", 60.19995, 25.0008));
  put(place("ptv", "k", "Kontulan kirjasto", "", "", 60.20040, 25.0018));
  put(place("ptv", "far", "Kontulan kirjasto", "", "", 60.20300, 25.0008));  // 340 m away: another one
  update_pending_links(store);
  ASSERT_TRUE(store.link_from("ptv:k"));
  EXPECT_EQ(store.link_from("ptv:k")->target_id, "tpr:1");
  EXPECT_FALSE(store.link_from("ptv:far"));
}

TEST_F(MergeLinksTest, AStoreFromBeforeTheKeyChangeIsRelinkedOnOpening) {
  const std::string path = dir / "old.sqlite";
  {
    Store old(path);
    old.upsert({{place("tpr", "41102", "Yrjönkadun uimahalli", "Yrjönkatu 21 b", "00100"), "{}"}}, 1000);
    update_pending_links(old);
  }
  {  // As the previous release left it: keys by name alone, schema version 5.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "DELETE FROM match_keys; INSERT INTO match_keys VALUES('name:yrjonkadun uimahalli', "
                           "'tpr:41102'); PRAGMA user_version = 5;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
  }
  Store upgraded(path);
  upgraded.upsert({{place("ptv", "abc", "Yrjönkadun uimahalli", "Yrjönkatu 21b", "00100"), "{}"}}, 2000);
  update_pending_links(upgraded);
  ASSERT_TRUE(upgraded.link_from("ptv:abc")) << "the unit's keys were rebuilt in the new form";
  EXPECT_EQ(upgraded.link_from("ptv:abc")->target_id, "tpr:41102");
}

}  // namespace
}  // namespace tarjotin
