#include "api/hsds/hsds_taxonomy.h"

#include <algorithm>

#include "api/hsds/hsds_ids.h"
#include "index/catalogue_terms.h"
#include "index/term_labels.h"

namespace tarjotin::hsds {
namespace {

const char* in_lang(const std::string& lang, const char* fi, const char* sv, const char* en) {
  return lang == "sv" ? sv : lang == "en" ? en : fi;
}

// The code of a term: the value, without "<vocabulary>:" for keywords.
std::string term_code(const CatalogueTerm& term) {
  if (term.kind != TermKind::keyword) return term.value;
  const std::size_t colon = term.value.find(':');
  return colon == std::string::npos ? term.value : term.value.substr(colon + 1);
}

bool starts_with(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

// Where a keyword id is a concept URI (or a YSO id), that URI.
std::string term_uri(const CatalogueTerm& term) {
  if (term.kind != TermKind::keyword) return "";
  const std::string code = term_code(term);
  if (starts_with(code, "http://") || starts_with(code, "https://")) return code;
  if (starts_with(code, "yso:p")) return "http://www.yso.fi/onto/yso/" + code.substr(4);
  return "";
}

const Taxonomy& taxonomy_of(const CatalogueTerm& term) {
  const std::string id = taxonomy_term_id(term.kind, term.value);
  const Taxonomy* taxonomy = find_taxonomy(id.substr(0, id.find(':')));
  return taxonomy ? *taxonomy : taxonomies().back();  // "keyword": values come from the index, so never needed
}

// The term's name in `lang` and the language it is in ("" for a code). The
// names of categories and target groups are the vocabulary's labels
// (index/term_labels.h code_labels), when the application installed one.
std::pair<std::string, std::string> term_name(const CatalogueTerm& term, const std::string& lang) {
  std::string used;
  std::string name = pick_text(term.names, lang, &used);
  if (name.empty()) return {term_code(term), ""};
  return {name, used};
}

Value attribute_json(const Listing& listing, const CatalogueTerm& term, const char* link_type, const std::string& lang,
                     Alloc& a) {
  const std::string term_id = taxonomy_term_id(term.kind, term.value);
  Value v(rapidjson::kObjectType);
  add_required(v, "id", attribute_id(listing.id, term_id), a);
  add_required(v, "link_id", listing.id, a);
  add_required(v, "link_type", link_type, a);
  add_required(v, "link_entity", "service", a);
  add_required(v, "taxonomy_term_id", term_id, a);
  v.AddMember("taxonomy_term", taxonomy_term_json(term, lang, a), a);
  return v;
}

}  // namespace

const std::vector<Taxonomy>& taxonomies() {
  static const std::vector<Taxonomy> kTaxonomies = {
      {"tarjotin-category", TermKind::category, "", "Tarjottimen luokat", "Tarjotins kategorier", "tarjotin categories",
       "Palvelutarjottimen omat luokat; teemat muodossa theme:<koodi>.",
       "Katalogens egna kategorier; teman som theme:<kod>.",
       "The catalogue's own categories; themes as theme:<code>.", ""},
      {"tarjotin-target-group", TermKind::target_group, "", "Kohderyhmät", "Målgrupper", "Target groups",
       "Kenelle toiminta on tarkoitettu; all = kaikille avoin.", "Vem verksamheten är avsedd för; all = öppen för alla.",
       "Who the activity is meant for; all = open to all.", ""},
      {"yso", TermKind::keyword, "yso:", "YSO - Yleinen suomalainen ontologia", "YSO - Allmän finländsk ontologi",
       "YSO - General Finnish Ontology", "Lähteiden YSO-asiasanat.", "Källornas YSO-nyckelord.",
       "YSO keywords given by the sources.", "http://www.yso.fi/onto/yso/"},
      {"tpr", TermKind::keyword, "tpr:", "Palvelukartan ontologiasanat", "Servicekartans ontologiord",
       "Service map ontology words", "Helsingin palvelukartan (TPR) ontologiasanat.",
       "Ontologiord i Helsingfors servicekarta (TPR).", "Ontology words of the Helsinki service map (TPR).",
       "https://www.hel.fi/palvelukarttaws/rest/v4/ontologyword/"},
      {"ptv", TermKind::keyword, "ptv:", "Palvelutietovarannon luokitukset", "Servicedatalagrets klassificeringar",
       "Finnish Service Catalogue classifications",
       "Suomi.fi-palvelutietovarannon palveluluokat, kohderyhmät, elämäntilanteet ja ontologiakäsitteet.",
       "Tjänsteklasser, målgrupper, livssituationer och ontologibegrepp i Suomi.fi-servicedatalagret.",
       "Service classes, target groups, life events and ontology terms of the Suomi.fi Finnish Service Catalogue.",
       "https://api.palvelutietovaranto.suomi.fi/"},
      {"lahella", TermKind::keyword, "lahella:", "Lähellä.fi-luokitukset", "Lähellä.fi-klassificeringar",
       "Lähellä.fi classifications", "Lähellä.fi-toimintojen teemat, muodot ja kohdejoukot.",
       "Teman, format och målgrupper för Lähellä.fi-verksamheter.",
       "Themes, formats and demographics of Lähellä.fi activities.", "https://lahella.fi/"},
      {"keyword", TermKind::keyword, "keyword:", "Muut asiasanat", "Övriga nyckelord", "Other keywords",
       "Lähteiden muut asiasanat, esimerkiksi Linked Eventsin omat.",
       "Källornas övriga nyckelord, till exempel Linked Events egna.",
       "The sources' other keywords, e.g. Linked Events' own.", ""},
  };
  return kTaxonomies;
}

const Taxonomy* find_taxonomy(const std::string& id) {
  for (const Taxonomy& taxonomy : taxonomies())
    if (id == taxonomy.id) return &taxonomy;
  return nullptr;
}

std::string taxonomy_term_id(TermKind kind, const std::string& value) {
  if (kind == TermKind::category) return std::string("tarjotin-category:") + value;
  if (kind == TermKind::target_group) return std::string("tarjotin-target-group:") + value;
  return value;  // keywords: "<vocabulary>:<keyword id>" already
}

std::optional<TermRef> parse_taxonomy_term_id(const std::string& id) {
  const std::size_t colon = id.find(':');
  if (colon == std::string::npos || colon + 1 == id.size()) return std::nullopt;
  const Taxonomy* taxonomy = find_taxonomy(id.substr(0, colon));
  if (!taxonomy) return std::nullopt;
  if (taxonomy->kind == TermKind::keyword) return TermRef{taxonomy, TermKind::keyword, id};
  return TermRef{taxonomy, taxonomy->kind, id.substr(colon + 1)};
}

Value taxonomy_json(const Taxonomy& taxonomy, const std::string& lang, Alloc& a) {
  Value v(rapidjson::kObjectType);
  add_required(v, "id", taxonomy.id, a);
  add_required(v, "name", in_lang(lang, taxonomy.name_fi, taxonomy.name_sv, taxonomy.name_en), a);
  add_required(v, "description", in_lang(lang, taxonomy.description_fi, taxonomy.description_sv, taxonomy.description_en),
               a);
  add_string(v, "uri", taxonomy.uri, a);
  return v;
}

Value taxonomy_term_json(const CatalogueTerm& term, const std::string& lang, Alloc& a) {
  const Taxonomy& taxonomy = taxonomy_of(term);
  const auto [name, name_lang] = term_name(term, lang);
  Value v(rapidjson::kObjectType);
  add_required(v, "id", taxonomy_term_id(term.kind, term.value), a);
  add_required(v, "code", term_code(term), a);
  add_required(v, "name", name, a);
  add_required(v, "description", "", a);
  add_required(v, "taxonomy", in_lang(lang, taxonomy.name_fi, taxonomy.name_sv, taxonomy.name_en), a);
  add_required(v, "taxonomy_id", taxonomy.id, a);
  v.AddMember("taxonomy_detail", taxonomy_json(taxonomy, lang, a), a);
  add_string(v, "language", name_lang, a);
  add_string(v, "term_uri", term_uri(term), a);
  return v;
}

Value attributes_json(const Listing& listing, const std::string& lang, Alloc& a) {
  Value list(rapidjson::kArrayType);
  for (TermKind kind : {TermKind::category, TermKind::target_group})
    for (const std::string& code : catalogue_values(listing, kind))
      list.PushBack(attribute_json(listing, {kind, code, 0, code_labels(kind, code)},
                                   kind == TermKind::category ? "category" : "target_group", lang, a),
                    a);
  std::vector<std::string> seen;
  for (const SourceKeyword& keyword : listing.keywords) {
    const std::string value = keyword_term_value(keyword.id);
    if (keyword.id.empty() || std::find(seen.begin(), seen.end(), value) != seen.end()) continue;
    seen.push_back(value);
    list.PushBack(attribute_json(listing, {TermKind::keyword, value, 0, keyword.label}, "keyword", lang, a), a);
  }
  return list;
}

}  // namespace tarjotin::hsds
