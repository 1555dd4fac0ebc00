// Keeps api/openapi.json true: real responses of every endpoint of a running
// server (over an index with listings) validate against the document's
// schemas, and the routes, and the query parameters of every route that reads
// them (those documenting a 400: /v1/search, /v1/suggest, /hsds/...), are
// exactly those the server accepts.
//
// Schemas are checked with rapidjson's JSON Schema draft-04 validator, so the
// document keeps to what both OpenAPI 3.1 and draft-04 mean alike: type
// arrays for null, no "const" (a numeric exclusiveMinimum, 3.1's form, is
// simply not checked by draft-04). A response schema
// is validated as {"allOf":[schema], "components": <the document's>}, so its
// local "#/components/..." references resolve.
#include <gtest/gtest.h>
#include <httplib.h>
#include <rapidjson/document.h>
#include <rapidjson/pointer.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "api/openapi.h"
#include "api/server.h"
#include "app/shortlist_book.h"
#include "vocabulary/vocabulary_files.h"
#include "vocabulary/vocabulary_json.h"
#include "temp_dir.h"
#include "test_server.h"

namespace tarjotin {
namespace {

using rapidjson::Value;

std::string to_json(const Value& v) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  v.Accept(w);
  return std::string(buf.GetString(), buf.GetSize());
}

// `v` with its "$ref" chain followed; nullptr when a reference does not resolve.
const Value* resolved(const rapidjson::Document& doc, const Value* v) {
  for (int hops = 0; v && v->IsObject() && v->HasMember("$ref"); ++hops) {
    const std::string ref = (*v)["$ref"].GetString();
    if (hops > 8 || ref.rfind("#/", 0) != 0) return nullptr;
    v = rapidjson::Pointer(ref.substr(1).c_str()).Get(doc);
  }
  return v;
}

const Value* member(const Value* v, const char* name) {
  if (!v || !v->IsObject()) return nullptr;
  auto it = v->FindMember(name);
  return it == v->MemberEnd() ? nullptr : &it->value;
}

// "" when `instance_json` is valid against `schema`, else where and why not.
std::string violation(const rapidjson::Document& openapi, const Value& schema, const std::string& instance_json) {
  rapidjson::Document wrapper(rapidjson::kObjectType);
  auto& a = wrapper.GetAllocator();
  Value all(rapidjson::kArrayType);
  all.PushBack(Value(schema, a), a);
  wrapper.AddMember("allOf", all, a);
  wrapper.AddMember("components", Value(openapi["components"], a), a);
  rapidjson::SchemaDocument schema_doc(wrapper);
  rapidjson::SchemaValidator validator(schema_doc);
  rapidjson::Document instance;
  instance.Parse(instance_json.c_str(), instance_json.size());
  if (instance.HasParseError()) return "not JSON: " + instance_json.substr(0, 300);
  if (instance.Accept(validator)) return "";
  rapidjson::StringBuffer at;
  rapidjson::StringBuffer rule;
  validator.GetInvalidDocumentPointer().StringifyUriFragment(at);
  validator.GetInvalidSchemaPointer().StringifyUriFragment(rule);
  return std::string("value at ") + at.GetString() + " breaks '" + validator.GetInvalidSchemaKeyword() + "' of " +
         rule.GetString() + " in " + instance_json.substr(0, 2000);
}

void collect_refs(const Value& v, std::vector<std::string>* refs) {
  if (v.IsObject()) {
    for (const auto& m : v.GetObject()) {
      if (std::string(m.name.GetString()) == "$ref" && m.value.IsString()) refs->push_back(m.value.GetString());
      collect_refs(m.value, refs);
    }
  } else if (v.IsArray()) {
    for (const auto& e : v.GetArray()) collect_refs(e, refs);
  }
}

// A listing with every field set, and one with almost none, so that both the
// filled and the null/empty forms of each field reach the schemas.
std::vector<Listing> catalogue() {
  std::vector<Listing> all = testing::sample_listings();
  Listing full = testing::sample_listing("full", "Senioritanssit", "Seniordans", Tri::no, {"fi", "sv"}, "Helsinki",
                                         "Helsingfors", "2026-12-05T10:00:00Z");
  full.summary = {{"fi", "Tanssia ikäihmisille"}, {"sv", "Dans för äldre"}};
  full.description = {{"fi", "<p>Tule tanssimaan!</p>"}};
  full.organiser = {"org:1", {{"fi", "Tanssiseura"}}};
  full.categories = {"liikunta", "theme:kulttuuri"};
  full.target_groups = {"ikaihmiset"};
  full.keywords = {{"yso:p1278", {{"fi", "tanssi"}}}};
  full.price.text = {{"fi", "5 €"}};
  full.price.min_eur = 5;
  full.price.max_eur = 7.5;
  full.accessibility = {{"wheelchair", Tri::yes}, {"induction_loop", Tri::unknown}};
  full.location.id = "tprek:1";
  full.location.street_address = {{"fi", "Tanssikatu 1"}, {"sv", "Dansgatan 1"}};
  full.location.postal_code = "00100";
  full.location.lat = 60.17;
  full.location.lon = 24.94;
  full.occurrences.push_back(
      {helsinki_midnight_utc(2026, 12, 24), helsinki_midnight_utc(2026, 12, 25), true});  // a whole day
  full.min_age = 60;
  full.max_age = 99;
  full.registration = {Tri::yes, "https://example.fi/ilmoittaudu"};
  full.channels = {"in_person"};
  full.contact = {"+358 9 123", "info@example.fi", "https://example.fi"};
  full.source_modified = "2026-11-20T12:00:00Z";
  // A PTV service merged into it as a duplicate (app/duplicates/), and its place.
  full.sources = {{"le", "le:full", "https://api.hel.fi/linkedevents/v1/event/full/", "self", "this listing"},
                  {"ptv", "ptv:full-dup", "https://api.palvelutietovaranto.suomi.fi/api/v11/Service/x", "duplicate",
                   "same name and address (Tanssikatu 1), 8 m apart"},
                  {"tpr", "tpr:1", "https://www.hel.fi/palvelukarttaws/rest/v4/unit/1/", "place", "held at tprek:1"}};
  all.push_back(full);

  Listing bare;
  bare.id = "le:bare";
  bare.source = "le";
  bare.source_id = "bare";
  bare.kind = Kind::service;
  bare.name = {{"en", "Helpline"}};
  bare.channels = {"phone", "online"};
  all.push_back(bare);
  return all;
}

// The body the application gives /v1/sources (src/app/source_status.cpp).
std::string sources_body() {
  return R"({"sources":[{"name":"le","type":"linkedevents","interval_minutes":60,"listings":5,)"
         R"("last_run":{"status":"ok","full_snapshot":true,"started":"2026-11-25T10:00:00Z",)"
         R"("finished":"2026-11-25T10:00:05Z","pages":2,"added":5,"updated":0,"unchanged":0,"removed":0,"errors":[]},)"
         R"("last_success":"2026-11-25T10:00:05Z","last_error":null,"next_run":"2026-11-25T11:00:05Z"},)"
         R"({"name":"ptv","type":"ptv","interval_minutes":1440,"listings":0,"last_run":null,"last_success":null,)"
         R"("last_error":null,"next_run":null}]})";
}

// A query value as the parameter's style "form" sends it.
std::string query_value(const Value& example) {
  if (example.IsString()) return example.GetString();
  if (example.IsBool()) return example.GetBool() ? "true" : "false";
  if (example.IsArray()) {
    std::string out;
    for (const auto& e : example.GetArray()) out += (out.empty() ? "" : ",") + query_value(e);
    return out;
  }
  return to_json(example);  // numbers
}

class OpenApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::write_index(dir / "index", catalogue());
    ApiOptions options;
    options.index_root = dir / "index";
    options.sources_json = [] { return sources_body(); };
    VocabularyError vocabulary_error;  // the real vocabulary, as serve gives it
    const auto vocabulary = load_vocabulary(TARJOTIN_VOCABULARY_DIR, &vocabulary_error);
    ASSERT_TRUE(vocabulary) << vocabulary_error.to_string();
    options.vocabulary_json = vocabulary_json(vocabulary->vocabulary);
    running = std::make_unique<testing::RunningServer>(options);
    client = running->client();
    auto served = client->Get("/openapi.json");  // the schemas are those the server publishes
    ASSERT_TRUE(served);
    ASSERT_EQ(served->status, 200);
    doc.Parse(served->body.c_str(), served->body.size());
    ASSERT_FALSE(doc.HasParseError()) << "api/openapi.json is not JSON, offset " << doc.GetErrorOffset();
  }

  const Value* operation(const std::string& path, const char* method) {
    return member(member(member(&doc, "paths"), path.c_str()), method);
  }

  // The parameters of GET `path` that are `in` ("query", "path").
  std::vector<const Value*> parameters(const std::string& path, const char* in = "query") {
    std::vector<const Value*> out;
    const Value* list = member(operation(path, "get"), "parameters");
    if (!list) return out;
    for (const auto& p : list->GetArray()) {
      const Value* param = resolved(doc, &p);
      if (param && std::string((*param)["in"].GetString()) == in) out.push_back(param);
    }
    return out;
  }

  std::vector<const Value*> search_query_parameters() { return parameters("/v1/search"); }

  // The paths whose GET reads its query string: they document a 400.
  std::vector<std::string> parsing_paths() {
    std::vector<std::string> out;
    for (const auto& path : doc["paths"].GetObject()) {
      const std::string name = path.name.GetString();
      if (member(member(operation(name, "get"), "responses"), "400")) out.push_back(name);
    }
    return out;
  }

  // `path` with its {id} made a real id of catalogue().
  static std::string concrete(const std::string& path) {
    static const std::map<std::string, std::string> kIds = {
        {"/v1/listings/{id}", "/v1/listings/le:full"},
        {"/hsds/services/{id}", "/hsds/services/le:full"},
        {"/hsds/service_at_locations/{id}", "/hsds/service_at_locations/le:full/service_at_location"},
        {"/hsds/organizations/{id}", "/hsds/organizations/org:1"},
        {"/hsds/taxonomies/{id}", "/hsds/taxonomies/yso"},
        {"/hsds/taxonomy_terms/{id}", "/hsds/taxonomy_terms/tarjotin-category:liikunta"}};
    auto found = kIds.find(path);
    return found == kIds.end() ? path : found->second;
  }

  // The examples of the required query parameters of `path`, plus `params`.
  httplib::Params with_required(const std::string& path, httplib::Params params) {
    for (const Value* p : parameters(path)) {
      const Value* required = member(p, "required");
      const std::string name = (*p)["name"].GetString();
      if (required && required->IsTrue() && !params.count(name)) params.emplace(name, query_value((*p)["example"]));
    }
    return params;
  }

  std::string target(const std::string& path, const httplib::Params& params) {
    const std::string query = httplib::detail::params_to_query_str(params);
    return concrete(path) + (query.empty() ? "" : "?" + query);
  }

  // GETs `target` and checks status, media type and body against the
  // documented response of `path` (a template of the document).
  void expect_documented(const std::string& path, const std::string& target, int status,
                         const httplib::Headers& headers = {}, httplib::Client* via = nullptr) {
    SCOPED_TRACE(target);
    auto res = (via ? via : client.get())->Get(target.c_str(), headers);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, status) << res->body;
    const Value* response =
        resolved(doc, member(member(operation(path, "get"), "responses"), std::to_string(status).c_str()));
    ASSERT_TRUE(response) << "status " << status << " of GET " << path << " is not documented";
    const Value* content = member(response, "content");
    if (!content) {
      EXPECT_TRUE(res->body.empty()) << "documented without a body";
      return;
    }
    ASSERT_EQ(content->MemberCount(), 1u);
    const std::string media = content->MemberBegin()->name.GetString();
    const std::string type = res->get_header_value("Content-Type");
    EXPECT_EQ(type.substr(0, type.find(';')), media.substr(0, media.find(';')));
    const Value* schema = member(&content->MemberBegin()->value, "schema");
    ASSERT_TRUE(schema);
    if (media.find("json") == std::string::npos) return;  // /metrics: text
    EXPECT_EQ(violation(doc, *schema, res->body), "");
  }

  testing::TempDir dir;
  std::unique_ptr<testing::RunningServer> running;
  std::unique_ptr<httplib::Client> client;
  rapidjson::Document doc;
};

TEST_F(OpenApiTest, TheDocumentIsOpenApi31AndEveryReferenceResolves) {
  EXPECT_EQ(std::string(doc["openapi"].GetString()).rfind("3.1.", 0), 0u);
  std::vector<std::string> refs;
  collect_refs(doc, &refs);
  EXPECT_GT(refs.size(), 20u);
  for (const std::string& ref : refs) {
    EXPECT_EQ(ref.rfind("#/components/", 0), 0u) << ref;
    EXPECT_TRUE(rapidjson::Pointer(ref.substr(1).c_str()).Get(doc)) << ref << " does not resolve";
  }
}

TEST_F(OpenApiTest, TheValidatorRejectsWhatTheSchemasForbid) {
  // Guards the guard: an unresolved $ref would make rapidjson accept anything.
  const Value& search = *resolved(doc, member(member(member(&doc, "components"), "schemas"), "SearchResponse"));
  const std::string ok =
      R"({"total":0,"page":1,"page_size":20,"lang":"fi","results":[],"facets":{"kind":[{"value":"event","label":"Tapahtuma","count":0}]}})";
  EXPECT_EQ(violation(doc, search, ok), "");
  for (const char* bad : {
           R"({"total":"0","page":1,"page_size":20,"lang":"fi","results":[],"facets":{}})",
           R"({"page":1,"page_size":20,"lang":"fi","results":[],"facets":{}})",
           R"({"total":0,"page":1,"page_size":20,"lang":"de","results":[],"facets":{}})",
           R"({"total":0,"page":1,"page_size":20,"lang":"fi","results":[],"facets":{},"extra":1})",
           R"({"total":0,"page":1,"page_size":20,"lang":"fi","results":[],"facets":{"colour":[]}})",
           R"({"total":0,"page":1,"page_size":20,"lang":"fi","results":[],"facets":{"kind":[{"value":"event","count":1}]}})",
           R"({"total":0,"page":1,"page_size":20,"lang":"fi","results":[{"id":"x"}],"facets":{}})",
       }) {
    EXPECT_NE(violation(doc, search, bad), "") << bad;
  }
}

TEST_F(OpenApiTest, TheServerCarriesTheRepositoryFile) {
  std::ifstream in(TARJOTIN_OPENAPI_FILE, std::ios::binary);
  std::stringstream file;
  file << in.rdbuf();
  EXPECT_TRUE(std::string(openapi_json()) == file.str()) << "the embedded copy differs from " TARJOTIN_OPENAPI_FILE;
  expect_documented("/openapi.json", "/openapi.json", 200);
  auto res = client->Get("/openapi.json");
  ASSERT_TRUE(res);
  EXPECT_TRUE(res->body == file.str());
}

TEST_F(OpenApiTest, EveryRouteTheServerRegistersIsDocumentedAndNoOther) {
  std::set<std::string> served;
  for (const ApiRoute& r : running->server().routes()) {
    std::string method = r.method;
    for (char& ch : method) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    served.insert(method + " " + r.path);
  }
  std::set<std::string> documented;
  for (const auto& path : doc["paths"].GetObject())
    for (const auto& op : path.value.GetObject())
      if (op.name != "parameters" && op.name != "summary" && op.name != "description")
        documented.insert(std::string(op.name.GetString()) + " " + path.name.GetString());
  EXPECT_EQ(served, documented);
}

// The shortlist and web routes, on a server with the application's SQLite
// book and the project's web/ directory.
TEST_F(OpenApiTest, ShortlistAndWebResponsesMatchTheirSchemas) {
  ApiOptions options;
  options.index_root = dir / "index";
  options.shortlists = store_shortlist_book(dir / "store.sqlite");
  options.web_dir = TARJOTIN_WEB_DIR;
  options.shortlist_creates_per_hour = 3;
  testing::RunningServer server(options);
  auto c = server.client();

  const Value* post = operation("/v1/shortlists", "post");
  ASSERT_TRUE(post);
  const Value* request_schema =
      member(member(member(member(post, "requestBody"), "content"), "application/json"), "schema");
  ASSERT_TRUE(request_schema);
  const Value* example = member(resolved(doc, request_schema), "example");
  ASSERT_TRUE(example);
  EXPECT_EQ(violation(doc, *request_schema, to_json(*example)), "");
  EXPECT_NE(violation(doc, *request_schema, R"({"listing_ids":[],"lang":"de"})"), "");
  // `POST path` with `body`: status and body as documented.
  auto posted = [&](const std::string& body, int status) -> std::string {
    SCOPED_TRACE(body);
    auto res = c->Post("/v1/shortlists", body, "application/json");
    if (!res) return "";
    EXPECT_EQ(res->status, status) << res->body;
    const Value* response = resolved(doc, member(member(post, "responses"), std::to_string(status).c_str()));
    EXPECT_TRUE(response) << "status " << status << " of POST /v1/shortlists is not documented";
    const Value* schema = member(member(member(response, "content"), "application/json"), "schema");
    EXPECT_TRUE(schema);
    if (schema) {
      EXPECT_EQ(violation(doc, *schema, res->body), "");
    }
    return res->body;
  };
  const std::string created = posted(R"({"listing_ids":["le:full","le:bare","le:1"],"lang":"sv","note":"x"})", 201);
  posted(R"({"listing_ids":["le:nope"]})", 400);
  posted(R"({"listing_ids":["le:1"]})" + std::string(17000, ' '), 413);
  posted(R"({"listing_ids":["le:1"]})", 429);  // the fourth of three an hour (failures count too)
  rapidjson::Document made;
  made.Parse(created.c_str());
  ASSERT_TRUE(made.IsObject() && made.HasMember("id"));
  const std::string id = made["id"].GetString();
  {
    IndexWriter writer(dir / "index");  // one listing leaves: the item says so
    writer.remove("le:1");
    writer.commit();
  }
  expect_documented("/v1/shortlists/{id}", "/v1/shortlists/" + id, 200, {}, c.get());
  expect_documented("/v1/shortlists/{id}", "/v1/shortlists/AAAAAAAAAAAAAAAAAAAAAA", 404, {}, c.get());
  expect_documented("/s/{id}", "/s/" + id, 200, {}, c.get());
  expect_documented("/s/{id}", "/s/AAAAAAAAAAAAAAAAAAAAAA", 404, {}, c.get());
  expect_documented("/", "/", 200, {}, c.get());
  expect_documented("/embed.js", "/embed.js", 200, {}, c.get());
  expect_documented("/web/{file}", "/web/app.js", 200, {}, c.get());
  expect_documented("/web/{file}", "/web/nope.js", 404, {}, c.get());
  auto preflight = c->Options("/v1/shortlists");
  ASSERT_TRUE(preflight);
  EXPECT_EQ(preflight->status, 204);
  EXPECT_NE(preflight->get_header_value("Access-Control-Allow-Methods").find("POST"), std::string::npos);
  EXPECT_NE(preflight->get_header_value("Access-Control-Allow-Headers").find("Content-Type"), std::string::npos);

  // Without a book or a web directory (the fixture's server) the routes still answer as documented.
  expect_documented("/v1/shortlists/{id}", "/v1/shortlists/" + id, 503);
  expect_documented("/", "/", 404);
}

TEST_F(OpenApiTest, RealResponsesOfEveryEndpointMatchTheirSchemas) {
  expect_documented("/v1/search", "/v1/search", 200);
  expect_documented("/v1/search", "/v1/search?q=kirjasto&lang=sv", 200);  // with score
  expect_documented("/v1/search", "/v1/search?q=senioritanssit&lang=en", 200);
  expect_documented("/v1/search", "/v1/search?q=seniorritanssit", 200);  // with "did you mean"
  auto misspelt = client->Get("/v1/search?q=seniorritanssit");
  ASSERT_TRUE(misspelt);
  EXPECT_NE(misspelt->body.find("\"suggestion\":\"senioritanssit\""), std::string::npos) << misspelt->body;
  expect_documented("/v1/search", "/v1/search?kind=service&facets=", 200);
  expect_documented("/v1/search", "/v1/search?page=9&page_size=100", 200);  // no results
  expect_documented("/v1/search", "/v1/search?near=60.17,24.94&radius_km=50&sort=distance", 200);
  auto near = client->Get("/v1/search?near=60.17,24.94&radius_km=50");
  ASSERT_TRUE(near);
  EXPECT_NE(near->body.find("\"distance_km\":"), std::string::npos) << "the listing with coordinates has a distance";
  expect_documented("/v1/search", "/v1/search?page_size=abc", 400);
  expect_documented("/v1/search", "/v1/search?nonsense=1", 400);
  expect_documented("/v1/search", "/v1/search", 415, {{"Content-Encoding", "gzip"}});
  for (const Listing& l : catalogue()) expect_documented("/v1/listings/{id}", "/v1/listings/" + l.id, 200);
  expect_documented("/v1/listings/{id}", "/v1/listings/le:nope", 404);
  expect_documented("/v1/listings/{id}", "/v1/listings/ptv:full-dup", 200);  // merged into le:full
  expect_documented("/v1/sources", "/v1/sources", 200);
  expect_documented("/v1/vocabulary", "/v1/vocabulary", 200);
  expect_documented("/health", "/health", 200);
  expect_documented("/ready", "/ready", 200);
  expect_documented("/metrics", "/metrics", 200);
  expect_documented("/openapi.json", "/openapi.json", 200);
  auto first = client->Get("/v1/search");
  ASSERT_TRUE(first);
  expect_documented("/v1/search", "/v1/search", 304, {{"If-None-Match", first->get_header_value("ETag")}});

  expect_documented("/v1/suggest", "/v1/suggest?q=kiel", 200);
  expect_documented("/v1/suggest", "/v1/suggest?q=sen&lang=en&limit=1", 200);
  expect_documented("/v1/suggest", "/v1/suggest?q=zzzz", 200);  // none
  expect_documented("/v1/suggest", "/v1/suggest", 400);
  expect_documented("/v1/suggest", "/v1/suggest?q=kiel&limit=11", 400);

  expect_documented("/hsds/", "/hsds/", 200);
  for (const char* list : {"services", "service_at_locations", "organizations", "taxonomies", "taxonomy_terms"}) {
    const std::string path = std::string("/hsds/") + list;
    expect_documented(path, path, 200);
    expect_documented(path, path + "?lang=sv&per_page=2&page=2", 200);
    expect_documented(path, path + "?page=99", 200);  // empty
    expect_documented(path, path + "?per_page=0", 400);
    expect_documented(path + "/{id}", path + "/zz-no-such-id", 404);
  }
  expect_documented("/hsds/services", "/hsds/services?full=true&search=tanssi", 200);
  expect_documented("/hsds/service_at_locations", "/hsds/service_at_locations?full=true&lang=en", 200);
  for (const Listing& l : catalogue()) {
    expect_documented("/hsds/services/{id}", "/hsds/services/" + l.id, 200);
    if (l.id != "le:bare")  // no place
      expect_documented("/hsds/service_at_locations/{id}", "/hsds/service_at_locations/" + l.id + "/service_at_location", 200);
  }
  for (const char* term : {"tarjotin-category:theme:kulttuuri", "tarjotin-target-group:ikaihmiset", "yso:yso:p1278"})
    expect_documented("/hsds/taxonomy_terms/{id}", std::string("/hsds/taxonomy_terms/") + term, 200);
  expect_documented("/hsds/organizations/{id}", "/hsds/organizations/org:1?lang=en", 200);
  expect_documented("/hsds/taxonomies/{id}", "/hsds/taxonomies/tarjotin-category", 200);

  testing::TempDir empty;
  ApiOptions options;
  options.index_root = empty / "index";
  testing::RunningServer fresh(options);
  auto fresh_client = fresh.client();
  expect_documented("/ready", "/ready", 503, {}, fresh_client.get());
  expect_documented("/health", "/health", 200, {}, fresh_client.get());
  expect_documented("/v1/sources", "/v1/sources", 200, {}, fresh_client.get());
  expect_documented("/v1/vocabulary", "/v1/vocabulary", 404, {}, fresh_client.get());  // none configured
  expect_documented("/v1/suggest", "/v1/suggest?q=a", 200, {}, fresh_client.get());
  expect_documented("/hsds/services", "/hsds/services", 200, {}, fresh_client.get());
  expect_documented("/hsds/taxonomy_terms", "/hsds/taxonomy_terms", 200, {}, fresh_client.get());
}

TEST_F(OpenApiTest, TheSearchParametersAcceptedAreExactlyThoseDocumented) {
  std::set<std::string> documented;
  for (const Value* p : search_query_parameters()) documented.insert((*p)["name"].GetString());
  auto res = client->Get("/v1/search?zz_undocumented=1");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 400);
  rapidjson::Document error;
  error.Parse(res->body.c_str());
  ASSERT_TRUE(error.IsObject() && error.HasMember("error"));
  EXPECT_STREQ(error["error"]["parameter"].GetString(), "zz_undocumented");
  std::set<std::string> accepted;  // the parser lists every parameter it knows
  for (const auto& name : error["error"]["allowed"].GetArray()) accepted.insert(name.GetString());
  EXPECT_EQ(accepted, documented);
}

TEST_F(OpenApiTest, EveryDocumentedParameterExampleIsValidAndAccepted) {
  std::map<std::string, const Value*> by_name;
  for (const Value* p : search_query_parameters()) by_name[(*p)["name"].GetString()] = p;
  for (const auto& [name, p] : by_name) {
    SCOPED_TRACE(name);
    const Value* example = member(p, "example");
    ASSERT_TRUE(example) << "give the parameter an example";
    EXPECT_EQ(violation(doc, (*p)["schema"], to_json(*example)), "");
    httplib::Params params = {{name, query_value(*example)}};
    if (const Value* needs = member(p, "x-requires"))
      for (const auto& other : needs->GetArray())
        params.emplace(other.GetString(), query_value((*by_name.at(other.GetString()))["example"]));
    const std::string target = "/v1/search?" + httplib::detail::params_to_query_str(params);
    expect_documented("/v1/search", target, 200);
  }
}

TEST_F(OpenApiTest, EveryDocumentedEnumValueIsAcceptedAndNoOther) {
  for (const Value* p : search_query_parameters()) {
    const std::string name = (*p)["name"].GetString();
    SCOPED_TRACE(name);
    const Value* schema = resolved(doc, member(p, "schema"));
    const Value* values = member(schema, "enum");
    if (!values) values = member(resolved(doc, member(schema, "items")), "enum");
    if (!values) continue;
    std::set<std::string> documented;
    for (const auto& v : values->GetArray()) {
      documented.insert(v.GetString());
      httplib::Params params = {{name, v.GetString()}};
      // Documented: sort=distance needs a point.
      if (name == "sort" && std::string(v.GetString()) == "distance") params.emplace("near", "60.17,24.94");
      expect_documented("/v1/search", "/v1/search?" + httplib::detail::params_to_query_str(params), 200);
    }
    auto res = client->Get(("/v1/search?" + name + "=zz-not-a-value").c_str());
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 400);
    rapidjson::Document error;
    error.Parse(res->body.c_str());
    ASSERT_TRUE(error.IsObject() && error.HasMember("error"));
    EXPECT_EQ(std::string(error["error"]["parameter"].GetString()), name);
    // "allowed" lists values and forms ("1..7 (1 = Monday)"): every value it
    // names must be documented (the documented ones were all accepted above).
    for (const auto& a : error["error"]["allowed"].GetArray()) {
      const std::string value = a.GetString();
      if (value.find(' ') != std::string::npos || value.find("..") != std::string::npos) continue;
      EXPECT_EQ(documented.count(value), 1u) << "the parser allows '" << value << "', the document does not say so";
    }
  }
}

TEST_F(OpenApiTest, EveryRouteAcceptsExactlyTheQueryParametersItDocuments) {
  const std::vector<std::string> paths = parsing_paths();
  EXPECT_GE(paths.size(), 13u);  // search, suggest and the eleven /hsds routes
  for (const std::string& path : paths) {
    SCOPED_TRACE(path);
    std::set<std::string> documented;
    for (const Value* p : parameters(path)) documented.insert((*p)["name"].GetString());
    auto res = client->Get(target(path, with_required(path, {{"zz_undocumented", "1"}})).c_str());
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 400) << res->body;
    rapidjson::Document error;
    error.Parse(res->body.c_str());
    ASSERT_TRUE(error.IsObject() && error.HasMember("error"));
    EXPECT_STREQ(error["error"]["parameter"].GetString(), "zz_undocumented");
    std::set<std::string> accepted;
    for (const auto& name : error["error"]["allowed"].GetArray()) accepted.insert(name.GetString());
    EXPECT_EQ(accepted, documented);
    for (const Value* p : parameters(path, "path")) EXPECT_TRUE(member(p, "example")) << "give {id} an example";
  }
}

TEST_F(OpenApiTest, EveryDocumentedQueryExampleOfTheOtherRoutesIsValidAndAccepted) {
  for (const std::string& path : parsing_paths()) {
    if (path == "/v1/search") continue;  // EveryDocumentedParameterExampleIsValidAndAccepted
    for (const Value* p : parameters(path)) {
      const std::string name = (*p)["name"].GetString();
      SCOPED_TRACE(path + " " + name);
      const Value* example = member(p, "example");
      ASSERT_TRUE(example) << "give the parameter an example";
      EXPECT_EQ(violation(doc, (*p)["schema"], to_json(*example)), "");
      expect_documented(path, target(path, with_required(path, {{name, query_value(*example)}})), 200);
    }
  }
}

TEST_F(OpenApiTest, EveryDocumentedEnumValueOfTheOtherRoutesIsAcceptedAndNoOther) {
  for (const std::string& path : parsing_paths()) {
    if (path == "/v1/search") continue;  // EveryDocumentedEnumValueIsAcceptedAndNoOther
    for (const Value* p : parameters(path)) {
      const std::string name = (*p)["name"].GetString();
      SCOPED_TRACE(path + " " + name);
      const Value* values = member(resolved(doc, member(p, "schema")), "enum");
      if (!values) continue;
      std::set<std::string> documented;
      for (const auto& v : values->GetArray()) {
        documented.insert(v.GetString());
        expect_documented(path, target(path, with_required(path, {{name, v.GetString()}})), 200);
      }
      auto res = client->Get(target(path, with_required(path, {{name, "zz-not-a-value"}})).c_str());
      ASSERT_TRUE(res);
      ASSERT_EQ(res->status, 400);
      rapidjson::Document error;
      error.Parse(res->body.c_str());
      ASSERT_TRUE(error.IsObject() && error.HasMember("error"));
      EXPECT_EQ(std::string(error["error"]["parameter"].GetString()), name);
      for (const auto& a : error["error"]["allowed"].GetArray()) EXPECT_EQ(documented.count(a.GetString()), 1u);
    }
  }
}

}  // namespace
}  // namespace tarjotin
