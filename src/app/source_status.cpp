#include "app/source_status.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "model/time.h"

namespace tarjotin {
namespace {

using Alloc = rapidjson::Document::AllocatorType;
using rapidjson::Value;

Value str(const std::string& s, Alloc& a) { return Value(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), a); }

Value time_or_null(std::int64_t t, Alloc& a) { return t > 0 ? str(format_utc(t), a) : Value(); }

Value run_value(const SyncRun& run, Alloc& a) {
  Value v(rapidjson::kObjectType);
  v.AddMember("status", str(run.status, a), a);
  v.AddMember("full_snapshot", run.full_snapshot, a);
  v.AddMember("started", time_or_null(run.started, a), a);
  v.AddMember("finished", time_or_null(run.finished, a), a);
  v.AddMember("pages", run.pages, a);
  v.AddMember("added", run.added, a);
  v.AddMember("updated", run.updated, a);
  v.AddMember("unchanged", run.unchanged, a);
  v.AddMember("removed", run.removed, a);
  Value errors(rapidjson::kArrayType);
  for (const auto& e : run.errors) errors.PushBack(str(e, a), a);
  v.AddMember("errors", errors, a);
  return v;
}

}  // namespace

std::string source_status_json(const Config& config, Store& store, const SyncScheduler* scheduler) {
  rapidjson::Document doc(rapidjson::kObjectType);
  Alloc& a = doc.GetAllocator();
  Value sources(rapidjson::kArrayType);
  for (const SourceConfig& source : config.sources) {
    Value v(rapidjson::kObjectType);
    v.AddMember("name", str(source.name, a), a);
    v.AddMember("type", str(source.type, a), a);
    v.AddMember("interval_minutes", source.interval_minutes, a);
    v.AddMember("listings", store.count_active(source.name), a);
    const auto last = store.recent_runs(source.name, 1);
    const auto last_ok = store.last_ok_run(source.name, false);
    v.AddMember("last_run", last.empty() ? Value() : run_value(last.front(), a), a);
    v.AddMember("last_success", last_ok ? time_or_null(last_ok->finished, a) : Value(), a);
    v.AddMember("last_error", !last.empty() && !last.front().errors.empty() ? str(last.front().errors.front(), a) : Value(), a);
    v.AddMember("next_run", scheduler ? time_or_null(scheduler->next_run(source.name), a) : Value(), a);
    sources.PushBack(v, a);
  }
  doc.AddMember("sources", sources, a);
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buf);
  doc.Accept(writer);
  return buf.GetString();
}

std::string source_metrics_text(const Config& config, Store& store, std::int64_t now) {
  std::string listings = "# HELP tarjotin_source_listings Active listings of the source.\n"
                         "# TYPE tarjotin_source_listings gauge\n";
  std::string age = "# HELP tarjotin_source_last_success_age_seconds Seconds since the last successful sync.\n"
                    "# TYPE tarjotin_source_last_success_age_seconds gauge\n";
  std::string ok = "# HELP tarjotin_source_last_run_ok 1 if the last sync run succeeded, else 0.\n"
                   "# TYPE tarjotin_source_last_run_ok gauge\n";
  std::string errors = "# HELP tarjotin_source_last_run_errors Errors recorded by the last sync run.\n"
                       "# TYPE tarjotin_source_last_run_errors gauge\n";
  for (const SourceConfig& source : config.sources) {
    const std::string label = "{source=\"" + source.name + "\"} ";
    listings += "tarjotin_source_listings" + label + std::to_string(store.count_active(source.name)) + "\n";
    if (const auto last_ok = store.last_ok_run(source.name, false))
      age += "tarjotin_source_last_success_age_seconds" + label + std::to_string(now - last_ok->finished) + "\n";
    const auto last = store.recent_runs(source.name, 1);
    if (!last.empty()) {
      ok += "tarjotin_source_last_run_ok" + label + (last.front().status == "ok" ? "1" : "0") + "\n";
      errors += "tarjotin_source_last_run_errors" + label + std::to_string(last.front().errors.size()) + "\n";
    }
  }
  return listings + age + ok + errors;
}

}  // namespace tarjotin
