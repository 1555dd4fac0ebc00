// The catalogue terms (index/catalogue_terms.h) and their listing
// (index/term_browse.h) on a real index: values, counts, names, paging,
// word filter, values cut to fit a term, and the new filters of SearchRequest.
#include <gtest/gtest.h>

#include "index/catalogue_terms.h"
#include "index/index_writer.h"
#include "index/searcher.h"
#include "index/term_labels.h"
#include "index/value_labels.h"
#include "index_fixture.h"

namespace tarjotin {
namespace {

Listing listing(const std::string& id, const std::string& organiser_id, const std::string& organiser_name,
                std::vector<SourceKeyword> keywords, std::vector<std::string> categories = {}) {
  Listing l;
  l.id = "c:" + id;
  l.source = "c";
  l.source_id = id;
  l.name["fi"] = "Listaus " + id;
  l.organiser.id = organiser_id;
  if (!organiser_name.empty()) l.organiser.name["fi"] = organiser_name;
  l.keywords = std::move(keywords);
  l.categories = std::move(categories);
  return l;
}

std::vector<std::string> values(const TermBrowseResult& result) {
  std::vector<std::string> out;
  for (const CatalogueTerm& t : result.terms) out.push_back(t.value);
  return out;
}

TEST(IndexCatalogueTermsTest, KeywordVocabulariesAndOrganiserKeys) {
  EXPECT_EQ(keyword_vocabulary("yso:p4354"), "yso");
  EXPECT_EQ(keyword_vocabulary("http://www.yso.fi/onto/yso/p4354"), "yso");
  EXPECT_EQ(keyword_vocabulary("tpr:ontologyword:123"), "tpr");
  EXPECT_EQ(keyword_vocabulary("http://urn.fi/URN:NBN:fi:au:ptvl:v1036"), "ptv");
  EXPECT_EQ(keyword_vocabulary("http://www.yso.fi/onto/koko/p11070"), "ptv");
  EXPECT_EQ(keyword_vocabulary("lahella:theme:sport"), "lahella");
  EXPECT_EQ(keyword_vocabulary("helsinki:aflfbat76e"), "keyword");
  EXPECT_EQ(keyword_term_value("yso:p1"), "yso:yso:p1");

  Organiser with_id{"ahjo:u1", {{"fi", "Kulttuuri"}}};
  EXPECT_EQ(organiser_key(with_id), "ahjo:u1");
  Organiser a{"", {{"fi", "Tanssiseura ry"}}};
  Organiser b{"", {{"fi", "  TANSSISEURA   ry "}, {"sv", "Dansföreningen"}}};
  EXPECT_EQ(organiser_key(a), organiser_key(b));  // same name, folded
  EXPECT_EQ(organiser_key(a).rfind("name:", 0), 0u);
  EXPECT_NE(organiser_key(a), organiser_key(Organiser{"", {{"fi", "Toinen seura"}}}));
  EXPECT_EQ(organiser_key(Organiser{}), "");
}

class IndexTermBrowseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string long_code(300, 'x');
    write({listing("1", "org:a", "Alfa ry", {{"yso:p1", {{"fi", "tanssi"}, {"sv", "dans"}}}, {"tpr:ontologyword:9", {}}},
                   {"liikunta", "theme:kulttuuri"}),
           listing("2", "org:a", "Alfa ry", {{"yso:p1", {}}, {"yso:p2", {{"fi", "laulu"}}}}, {"liikunta", long_code}),
           listing("3", "", "Beeta seura", {{"helsinki:abc", {{"en", "Board games"}}}}),
           listing("4", "", "", {})});
  }
  void write(const std::vector<Listing>& listings) {
    IndexWriter writer(dir.path());
    for (const Listing& l : listings) writer.upsert(l);
    writer.commit();
  }
  TermBrowseResult browse(std::vector<TermScope> scopes, std::vector<std::string> words = {}, int offset = 0,
                          int limit = 20) {
    TermBrowseRequest r;
    r.scopes = std::move(scopes);
    r.words = std::move(words);
    r.offset = offset;
    r.limit = limit;
    return Searcher(dir.path()).browse_terms(r);
  }
  test::TempDir dir;
};

TEST_F(IndexTermBrowseTest, ListsEachValueWithItsCountAndNames) {
  const TermBrowseResult keywords = browse({{TermKind::keyword, ""}});
  EXPECT_EQ(keywords.total, 4);
  EXPECT_EQ(values(keywords),
            (std::vector<std::string>{"keyword:helsinki:abc", "tpr:tpr:ontologyword:9", "yso:yso:p1", "yso:yso:p2"}));
  EXPECT_EQ(keywords.terms[2].count, 2);
  EXPECT_EQ(keywords.terms[2].names, (LocalizedText{{"fi", "tanssi"}, {"sv", "dans"}}));
  EXPECT_TRUE(keywords.terms[1].names.empty());

  const TermBrowseResult yso = browse({{TermKind::keyword, "yso:"}});
  EXPECT_EQ(values(yso), (std::vector<std::string>{"yso:yso:p1", "yso:yso:p2"}));

  const TermBrowseResult organisers = browse({{TermKind::organiser, ""}});
  ASSERT_EQ(organisers.total, 2);  // listing 4 has no organiser
  EXPECT_EQ(organisers.terms[0].value.rfind("name:", 0), 0u);
  EXPECT_EQ(organisers.terms[0].names.at("fi"), "Beeta seura");
  EXPECT_EQ(organisers.terms[1].value, "org:a");
  EXPECT_EQ(organisers.terms[1].count, 2);
  EXPECT_EQ(organisers.terms[1].names.at("fi"), "Alfa ry");
}

TEST_F(IndexTermBrowseTest, ValuesCutToFitATermAreReadBack) {
  const TermBrowseResult categories = browse({{TermKind::category, ""}});
  ASSERT_EQ(categories.total, 3);
  EXPECT_EQ(values(categories), (std::vector<std::string>{"liikunta", "theme:kulttuuri", std::string(300, 'x')}));
  EXPECT_EQ(categories.terms[0].count, 2);
  const auto found = Searcher(dir.path()).find_term(TermKind::category, std::string(300, 'x'));
  ASSERT_TRUE(found);
  EXPECT_EQ(found->count, 1);
}

TEST_F(IndexTermBrowseTest, PagesSpanScopesAndWordsFilterByNameOrValue) {
  const std::vector<TermScope> all = {{TermKind::category, ""}, {TermKind::keyword, ""}};
  EXPECT_EQ(browse(all).total, 7);
  const TermBrowseResult page = browse(all, {}, 2, 2);
  EXPECT_EQ(page.total, 7);
  EXPECT_EQ(values(page), (std::vector<std::string>{std::string(300, 'x'), "keyword:helsinki:abc"}));
  EXPECT_TRUE(browse(all, {}, 7, 2).terms.empty());

  EXPECT_EQ(values(browse(all, {"dans"})), (std::vector<std::string>{"yso:yso:p1"}));        // a Swedish name
  EXPECT_EQ(values(browse(all, {"board", "gam"})), (std::vector<std::string>{"keyword:helsinki:abc"}));
  EXPECT_EQ(values(browse(all, {"kulttuuri"})), (std::vector<std::string>{"theme:kulttuuri"}));  // the value
  EXPECT_EQ(browse(all, {"kulttuuri", "zzz"}).total, 0);
  EXPECT_EQ(browse({{TermKind::organiser, ""}}, {"alfa"}).total, 1);
}

TEST_F(IndexTermBrowseTest, FindTermAndRemovals) {
  Searcher searcher(dir.path());
  EXPECT_EQ(searcher.find_term(TermKind::keyword, "yso:yso:p2")->names.at("fi"), "laulu");
  EXPECT_FALSE(searcher.find_term(TermKind::keyword, "yso:p2"));
  EXPECT_FALSE(searcher.find_term(TermKind::organiser, "org:none"));
  EXPECT_FALSE(searcher.find_term(TermKind::organiser, ""));
  {
    IndexWriter writer(dir.path());
    writer.remove("c:2");
    writer.upsert(listing("1", "org:a", "Alfa yhdistys", {}));
    writer.commit();
  }
  EXPECT_FALSE(searcher.find_term(TermKind::keyword, "yso:yso:p2"));
  EXPECT_EQ(browse({{TermKind::keyword, "yso:"}}).total, 0);
  const auto organiser = searcher.find_term(TermKind::organiser, "org:a");
  ASSERT_TRUE(organiser);
  EXPECT_EQ(organiser->count, 1);
  EXPECT_EQ(organiser->names.at("fi"), "Alfa yhdistys");  // a new name replaces the old one
}

TEST_F(IndexTermBrowseTest, CategoriesAreNamedByTheInstalledVocabulary) {
  EXPECT_TRUE(code_labels(TermKind::category, "liikunta").empty());  // no vocabulary: the code is the name
  set_vocabulary_labels([](const std::string& facet, const std::string& value,
                           const std::string& lang) -> std::optional<std::string> {
    if (facet == "category" && value == "liikunta") return lang == "sv" ? "Motion" : "Liikunta";
    if (facet == "theme" && value == "kulttuuri" && lang == "fi") return std::string("Kulttuuri");
    return std::nullopt;
  });
  EXPECT_EQ(code_labels(TermKind::category, "liikunta"), (LocalizedText{{"fi", "Liikunta"}, {"sv", "Motion"}, {"en", "Liikunta"}}));
  EXPECT_EQ(code_labels(TermKind::category, "theme:kulttuuri"), (LocalizedText{{"fi", "Kulttuuri"}}));
  EXPECT_TRUE(code_labels(TermKind::target_group, "liikunta").empty());
  EXPECT_EQ(values(browse({{TermKind::category, ""}}, {"motion"})), (std::vector<std::string>{"liikunta"}));
  EXPECT_EQ(Searcher(dir.path()).find_term(TermKind::category, "liikunta")->names.at("sv"), "Motion");
  set_vocabulary_labels(nullptr);
  EXPECT_TRUE(code_labels(TermKind::category, "liikunta").empty());
}

TEST_F(IndexTermBrowseTest, SearchFiltersOnKeywordsOrganisersAndPlaces) {
  Listing placed = listing("5", "org:b", "Gamma", {{"yso:p2", {}}});
  placed.location.name["fi"] = "Kirjasto";
  Listing town_only = listing("6", "org:b", "Gamma", {});
  town_only.location.municipality["fi"] = "Espoo";
  write({placed, town_only});
  Searcher searcher(dir.path());
  auto ids = [&](SearchRequest r) {
    r.facets.clear();
    r.page_size = 100;
    return test::hit_ids(searcher.search(r));
  };
  SearchRequest r;
  r.keywords = {"yso:yso:p2"};
  EXPECT_EQ(ids(r), (std::set<std::string>{"c:2", "c:5"}));
  r.keywords = {"yso:yso:p2", "keyword:helsinki:abc"};
  EXPECT_EQ(ids(r), (std::set<std::string>{"c:2", "c:3", "c:5"}));
  r = SearchRequest();
  r.organisers = {"org:b"};
  EXPECT_EQ(ids(r), (std::set<std::string>{"c:5", "c:6"}));
  r.located_only = true;
  EXPECT_EQ(ids(r), (std::set<std::string>{"c:5"}));  // a municipality alone is no place
  r = SearchRequest();
  r.sort = SortOrder::indexed;
  r.facets.clear();
  EXPECT_EQ(test::ordered_ids(searcher.search(r)),
            (std::vector<std::string>{"c:1", "c:2", "c:3", "c:4", "c:5", "c:6"}));  // the order first indexed
}

}  // namespace
}  // namespace tarjotin
