#include "api/response_json.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "model/html_text.h"
#include "model/listing_json.h"
#include "model/time.h"

namespace tarjotin {
namespace {

using Alloc = rapidjson::Document::AllocatorType;
using rapidjson::Value;

Value str(const std::string& s, Alloc& a) { return Value(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), a); }

std::string to_string(const rapidjson::Document& doc) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buf);
  doc.Accept(writer);
  return std::string(buf.GetString(), buf.GetSize());
}

template <typename T>
Value optional_number(const std::optional<T>& v) {
  Value out;
  if (v) out.Set(*v);
  return out;
}

Value strings(const std::vector<std::string>& list, Alloc& a) {
  Value v(rapidjson::kArrayType);
  for (const auto& s : list) v.PushBack(str(s, a), a);
  return v;
}

Value time_or_null(const std::optional<Occurrence>& occ, bool end, Alloc& a) {
  if (!occ) return Value();
  if (end && !occ->end) return Value();
  std::int64_t t = end ? *occ->end : occ->start;
  if (occ->date_only) return str(format_helsinki_date(end ? t - 1 : t), a);
  return str(format_utc(t), a);
}

// One search hit as a resident's list item: texts in one language.
// `with_distance`: the request gave a point, so every hit with coordinates
// says how far it is.
Value hit_value(const SearchHit& hit, const std::string& lang, std::int64_t now, bool with_distance, Alloc& a) {
  const Listing& l = hit.listing;
  Value v(rapidjson::kObjectType);
  std::string used;
  const std::string name = pick_text(l.name, lang, &used);
  v.AddMember("id", str(l.id, a), a);
  v.AddMember("kind", Value(to_string(l.kind), a), a);
  v.AddMember("status", Value(to_string(l.status), a), a);
  v.AddMember("name", str(name, a), a);
  // The summary follows the name's language where it exists, so a card is not mixed.
  std::string summary = pick_text(l.summary, used.empty() ? lang : used);
  if (summary.empty()) {
    summary = html_to_text(pick_text(l.description, used.empty() ? lang : used));
    if (summary.size() > 300) {
      size_t cut = summary.rfind(' ', 300);
      summary = summary.substr(0, cut == std::string::npos ? 300 : cut) + " …";
    }
  }
  v.AddMember("summary", str(summary, a), a);
  v.AddMember("lang", str(used.empty() ? lang : used, a), a);
  v.AddMember("lang_fallback", !used.empty() && used != lang, a);

  // The next date that has not ended yet, else the overall span.
  std::optional<Occurrence> next;
  for (const Occurrence& o : l.occurrences)
    if (o.end.value_or(o.start) >= now && (!next || o.start < next->start)) next = o;
  const std::optional<Occurrence> span = overall_span(l);
  v.AddMember("start", time_or_null(span, false, a), a);
  v.AddMember("end", time_or_null(span, true, a), a);
  v.AddMember("next_occurrence", time_or_null(next, false, a), a);
  v.AddMember("occurrence_count", static_cast<std::uint64_t>(l.occurrences.size()), a);

  Value loc(rapidjson::kObjectType);
  loc.AddMember("name", str(pick_text(l.location.name, lang), a), a);
  loc.AddMember("street_address", str(pick_text(l.location.street_address, lang), a), a);
  loc.AddMember("postal_code", str(l.location.postal_code, a), a);
  loc.AddMember("municipality", str(pick_text(l.location.municipality, lang), a), a);
  loc.AddMember("lat", optional_number(l.location.lat), a);
  loc.AddMember("lon", optional_number(l.location.lon), a);
  v.AddMember("location", loc, a);

  Value price(rapidjson::kObjectType);
  price.AddMember("free", Value(to_string(l.price.free), a), a);
  price.AddMember("text", str(pick_text(l.price.text, lang), a), a);
  price.AddMember("min_eur", optional_number(l.price.min_eur), a);
  price.AddMember("max_eur", optional_number(l.price.max_eur), a);
  v.AddMember("price", price, a);

  v.AddMember("languages", strings(l.languages, a), a);
  v.AddMember("channels", strings(l.channels, a), a);
  v.AddMember("categories", strings(l.categories, a), a);
  v.AddMember("min_age", optional_number(l.min_age), a);
  v.AddMember("max_age", optional_number(l.max_age), a);
  Value reg(rapidjson::kObjectType);
  reg.AddMember("required", Value(to_string(l.registration.required), a), a);
  reg.AddMember("url", str(l.registration.url, a), a);
  v.AddMember("registration", reg, a);
  v.AddMember("organiser", str(pick_text(l.organiser.name, lang), a), a);
  v.AddMember("url", str(l.contact.url, a), a);
  v.AddMember("phone", str(l.contact.phone, a), a);
  v.AddMember("source_url", str(l.source_url, a), a);
  v.AddMember("detail", str("/v1/listings/" + l.id, a), a);
  // Where the listing comes from: itself, the duplicates merged into it, the
  // place it inherits from; just itself when alone.
  v.AddMember("sources", sources_to_value(sources_or_self(l), a), a);
  if (hit.score > 0) v.AddMember("score", hit.score, a);
  if (with_distance && hit.distance_km) v.AddMember("distance_km", *hit.distance_km, a);
  return v;
}

}  // namespace

std::string search_response_json(const SearchRequest& request, const SearchResponse& response) {
  rapidjson::Document doc(rapidjson::kObjectType);
  Alloc& a = doc.GetAllocator();
  doc.AddMember("total", response.total, a);
  doc.AddMember("page", response.page, a);
  doc.AddMember("page_size", response.page_size, a);
  doc.AddMember("lang", str(request.lang, a), a);
  Value results(rapidjson::kArrayType);
  const std::int64_t now = now_utc();
  const bool with_distance = request.near.has_value();
  for (const SearchHit& hit : response.hits) results.PushBack(hit_value(hit, request.lang, now, with_distance, a), a);
  doc.AddMember("results", results, a);
  Value facets(rapidjson::kObjectType);
  for (const auto& [name, values] : response.facets) {
    Value list(rapidjson::kArrayType);
    for (const FacetValue& fv : values) {
      Value item(rapidjson::kObjectType);
      item.AddMember("value", str(fv.value, a), a);
      item.AddMember("label", str(fv.label, a), a);
      item.AddMember("count", fv.count, a);
      list.PushBack(item, a);
    }
    facets.AddMember(str(name, a), list, a);
  }
  doc.AddMember("facets", facets, a);
  if (response.suggestion) doc.AddMember("suggestion", str(*response.suggestion, a), a);
  return to_string(doc);
}

std::string search_result_json(const Listing& listing, const std::string& lang, std::int64_t now) {
  rapidjson::Document doc;
  SearchHit hit;
  hit.listing = listing;
  static_cast<Value&>(doc) = hit_value(hit, lang, now, false, doc.GetAllocator());
  return to_string(doc);
}

std::string listing_json_body(const Listing& listing) {
  if (!listing.sources.empty()) return listing_to_json(listing);
  Listing with_self = listing;
  with_self.sources = sources_or_self(listing);
  return listing_to_json(with_self);
}

std::string param_error_json(const ParamError& error) {
  rapidjson::Document doc(rapidjson::kObjectType);
  Alloc& a = doc.GetAllocator();
  Value e(rapidjson::kObjectType);
  e.AddMember("parameter", str(error.parameter, a), a);
  e.AddMember("message", str(error.message, a), a);
  e.AddMember("allowed", strings(error.allowed, a), a);
  doc.AddMember("error", e, a);
  return to_string(doc);
}

std::string error_json(const std::string& message) {
  rapidjson::Document doc(rapidjson::kObjectType);
  Alloc& a = doc.GetAllocator();
  Value e(rapidjson::kObjectType);
  e.AddMember("message", str(message, a), a);
  doc.AddMember("error", e, a);
  return to_string(doc);
}

}  // namespace tarjotin
