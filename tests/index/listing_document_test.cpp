// The document a listing becomes: terms, values and data.
#include <gtest/gtest.h>

#include <set>

#include "index/index_schema.h"
#include "index/listing_document.h"
#include "index/occurrence_filter.h"
#include "index_fixture.h"
#include "search_corpus.h"
#include "model/listing_json.h"

namespace tarjotin {
namespace {

std::set<std::string> terms_of(const Xapian::Document& doc) {
  std::set<std::string> terms;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) terms.insert(*it);
  return terms;
}

TEST(IndexDocumentTest, FilterTermsAndIdTerm) {
  const Xapian::Document doc = listing_document(test::sample("t:1"));
  const std::set<std::string> terms = terms_of(doc);
  for (const char* expected : {"Qt:1", "XKevent", "XLfi", "XLsv", "XFyes", "XCchildren", "XCculture", "XMhelsinki",
                               "XSscheduled"})
    EXPECT_EQ(terms.count(expected), 1u) << expected;
  EXPECT_EQ(terms.count("XNODATE"), 0u);
  EXPECT_EQ(terms_of(listing_document(test::sample("t:4"))).count("XNODATE"), 1u);
}

TEST(IndexDocumentTest, TextIsPrefixedAndStemmedPerLanguage) {
  const std::set<std::string> terms = terms_of(listing_document(test::sample("t:1")));
  for (const char* expected : {"XFIkirjastossa", "ZXFIkirjasto", "XSVbiblioteket", "XENlibraries", "ZXENlibrari"})
    EXPECT_EQ(terms.count(expected), 1u) << expected;
  const std::set<std::string> russian = terms_of(listing_document(test::sample("t:11")));
  EXPECT_EQ(russian.count("XOTклуб"), 1u);
}

TEST(IndexDocumentTest, NameWeighsMoreThanOtherFields) {
  const Xapian::Document doc = listing_document(test::sample("t:1"));
  Xapian::termcount name_wdf = 0, summary_wdf = 0;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    if (*it == "XFIsatutunti") name_wdf = it.get_wdf();
    if (*it == "XFIsatuja") summary_wdf = it.get_wdf();
  }
  EXPECT_EQ(name_wdf, 3u);
  EXPECT_EQ(summary_wdf, 2u);
}

TEST(IndexDocumentTest, ValuesAndData) {
  const Listing& course = test::sample("t:3");
  const Xapian::Document doc = listing_document(course);
  EXPECT_EQ(Xapian::sortable_unserialise(doc.get_value(schema::kStart)), test::helsinki(1, 5, 18));
  EXPECT_EQ(Xapian::sortable_unserialise(doc.get_value(schema::kEnd)), test::helsinki(1, 19, 20));
  EXPECT_EQ(unpack_occurrences(doc.get_value(schema::kOccurrences)).size(), 3u);
  EXPECT_EQ(doc.get_value(schema::kFacetKind), "event");
  EXPECT_EQ(doc.get_value(schema::kFacetMunicipality), "vantaa");
  EXPECT_EQ(doc.get_data(), listing_to_json(course));

  const Xapian::Document library = listing_document(test::sample("t:5"));
  EXPECT_EQ(library.get_value(schema::kFacetLanguage), "fi\x1fsv\x1f" "en");
  EXPECT_TRUE(library.get_value(schema::kStart).empty());
  EXPECT_TRUE(library.get_value(schema::kGeo).empty());
  EXPECT_EQ(library.get_value(schema::kNameSortSv), "sellobiblioteket");

  const Xapian::Document story = listing_document(test::sample("t:1"));
  Xapian::LatLongCoord coord;
  coord.unserialise(story.get_value(schema::kGeo));
  EXPECT_NEAR(coord.latitude, 60.17, 1e-4);
  EXPECT_NEAR(coord.longitude, 24.94, 1e-4);
}

TEST(IndexDocumentTest, MunicipalityFacetValue) {
  Listing l;
  EXPECT_EQ(municipality_facet_value(l), "");
  l.location.municipality = {{"sv", "Närpes"}};
  EXPECT_EQ(municipality_facet_value(l), "närpes");
  l.location.municipality["fi"] = "Närpiö";
  EXPECT_EQ(municipality_facet_value(l), "närpiö");
}

TEST(IndexDocumentTest, FacetValuesHaveNoDuplicates) {
  Listing l = test::sample("t:1");
  l.languages = {"fi", "fi", "", "sv"};
  EXPECT_EQ(facet_values(l, "language"), (std::vector<std::string>{"fi", "sv"}));
  EXPECT_EQ(facet_values(l, "free"), (std::vector<std::string>{"yes"}));
  EXPECT_TRUE(facet_values(l, "nonsense").empty());
}

TEST(IndexDocumentTest, TermsAndValuesOfTheNewerFilters) {
  const Listing& concert = test::corpus_listing("c:6");  // Tikkurila, Tuesday 12:15 EEST, open to all
  const Xapian::Document doc = listing_document(concert);
  const std::set<std::string> terms = terms_of(doc);
  for (const char* expected : {"XCculture", "XCtheme:musiikki", "XTall", "XTseniors", "XAwheelchair", "XAhearing_loop",
                               "XHin_person", "XRno", "XWtue", "XPafternoon", "XGT602_250", "XGD60_25"})
    EXPECT_EQ(terms.count(expected), 1u) << expected;
  EXPECT_EQ(terms.count("XWmon"), 0u);
  EXPECT_EQ(doc.get_value(schema::kFacetCategory), "culture\x1fmusic");
  EXPECT_EQ(doc.get_value(schema::kFacetTheme), "musiikki");
  EXPECT_EQ(doc.get_value(schema::kFacetTargetGroup), "all\x1fseniors");
  EXPECT_EQ(Xapian::sortable_unserialise(doc.get_value(schema::kPriceMin)), 10);
  EXPECT_EQ(Xapian::sortable_unserialise(doc.get_value(schema::kAgeMin)), schema::kOpenAgeMin);
  EXPECT_EQ(Xapian::sortable_unserialise(doc.get_value(schema::kAgeMax)), schema::kOpenAgeMax);
  EXPECT_EQ(Xapian::sortable_unserialise(doc.get_value(schema::kUpdated)), test::at("2031-05-01"));
  EXPECT_NEAR(Xapian::sortable_unserialise(doc.get_value(schema::kLat)), 60.2925, 1e-9);

  const Xapian::Document online = listing_document(test::corpus_listing("c:16"));
  const std::set<std::string> online_terms = terms_of(online);
  EXPECT_EQ(online_terms.count("XNODATE"), 1u);
  for (const std::string& term : online_terms) {
    EXPECT_NE(term.rfind("XW", 0), 0u) << term;  // undated: no weekday or time terms
    EXPECT_NE(term.rfind("XG", 0), 0u) << term;  // no place: no cells
  }
  EXPECT_TRUE(online.get_value(schema::kUpdated).empty());
  EXPECT_TRUE(online.get_value(schema::kPriceMin).empty());

  // An unparseable source_modified falls back to last_seen; a date-only
  // occurrence has every time of day.
  EXPECT_EQ(updated_time(test::corpus_listing("c:4")), test::at("2031-03-15T00:00:00Z"));
  EXPECT_EQ(facet_values(test::corpus_listing("c:8"), "time_of_day"),
            (std::vector<std::string>{"morning", "afternoon", "evening"}));
  EXPECT_EQ(facet_values(test::corpus_listing("c:8"), "weekday"), (std::vector<std::string>{"tue", "wed", "thu"}));
  EXPECT_EQ(facet_values(test::corpus_listing("c:5"), "weekday"), (std::vector<std::string>{"mon"}));
}

}  // namespace
}  // namespace tarjotin
