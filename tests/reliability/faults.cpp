#include "reliability/faults.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <chrono>
#include <thread>

namespace tarjotin::testing {
namespace {

using rapidjson::Value;

// Sleeps up to `ms`, returning early when the test is tearing down.
void nap(long ms, const std::atomic<bool>& stopping) {
  for (long slept = 0; slept < ms && !stopping; slept += 10) std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

void json(httplib::Response& res, const std::string& body) { res.set_content(body, "application/json"); }

std::function<void(httplib::Response&, const std::string&, int, const std::atomic<bool>&)> status(int code) {
  return [code](httplib::Response& res, const std::string&, int, const std::atomic<bool>&) {
    res.status = code;
    json(res, R"({"detail":"upstream says )" + std::to_string(code) + R"("})");
  };
}

// The good body rewritten: `edit` is applied to every value of the parsed document.
std::string rewritten(const std::string& body, const std::function<void(Value&, rapidjson::Document::AllocatorType&)>& edit) {
  rapidjson::Document document;
  document.Parse(body.c_str(), body.size());
  std::function<void(Value&)> walk = [&](Value& value) {
    if (value.IsArray())
      for (auto& element : value.GetArray()) walk(element);
    if (value.IsObject())
      for (auto& member : value.GetObject()) walk(member.value);
    edit(value, document.GetAllocator());
  };
  walk(document);
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  document.Accept(writer);
  return buffer.GetString();
}

Fault named(const std::string& name, const std::string& what) {
  Fault fault;
  fault.name = name;
  fault.what = what;
  return fault;
}

std::vector<Fault> make_faults() {
  std::vector<Fault> faults;
  auto add = [&](Fault fault) { faults.push_back(std::move(fault)); };
  const Expect skip = Expect::skip;

  Fault refused = named("ConnectionRefused", "nothing listens on the feed's port");
  refused.error_pattern = "couldn't connect|connection refused|curl error 7";
  refused.page = 0;
  refused.refuse_connections = true;
  add(refused);

  Fault timeout = named("TimeoutBeforeHeaders", "the server accepts, then sends nothing until the total timeout has passed");
  timeout.error_pattern = "timed out|timeout";
  timeout.respond = [](httplib::Response& res, const std::string& body, int, const std::atomic<bool>& stopping) {
    nap(8000, stopping);
    json(res, body);
  };
  add(timeout);

  Fault drip = named("SlowDripPastTotalTimeout", "headers at once, then the body one byte every 50 ms, far past the total timeout");
  drip.error_pattern = "timed out|timeout";
  drip.respond = [](httplib::Response& res, const std::string& body, int, const std::atomic<bool>& stopping) {
    // Not a compressible type: httplib would otherwise gzip the stream and hold the bytes back.
    res.set_chunked_content_provider("application/octet-stream", [body, &stopping](std::size_t offset, httplib::DataSink& sink) {
      if (stopping || offset >= body.size()) {
        sink.done();
        return true;
      }
      nap(50, stopping);
      return sink.write(body.data() + offset, 1);
    });
  };
  add(drip);

  for (int code : {500, 502, 503}) {
    Fault fault = named("Http" + std::to_string(code), std::to_string(code) + " on every attempt");
    fault.error_pattern = "HTTP " + std::to_string(code);
    fault.respond = status(code);
    add(fault);
  }

  Fault limited = named("Http429WithoutRetryAfter", "429 Too Many Requests without Retry-After, on every attempt");
  limited.error_pattern = "HTTP 429";
  limited.respond = status(429);
  add(limited);

  Fault retry_after = named("Http429WithRetryAfterThenOk", "429 with Retry-After: 1 once, then the page");
  retry_after.expect = Expect::ok;
  retry_after.respond = [](httplib::Response& res, const std::string& body, int attempt, const std::atomic<bool>&) {
    if (attempt > 1) return json(res, body);
    res.status = 429;
    res.set_header("Retry-After", "1");
    json(res, R"({"detail":"slow down"})");
  };
  add(retry_after);

  for (int code : {401, 403}) {
    Fault fault = named("Http" + std::to_string(code), std::to_string(code) + " (credentials missing or refused)");
    fault.error_pattern = "HTTP " + std::to_string(code);
    fault.respond = status(code);
    add(fault);
  }

  Fault missing_page = named("Http404OnPage3Of5", "404 on page 3 of 5 (TPR: on its one snapshot)");
  missing_page.error_pattern = "HTTP 404";
  missing_page.page = 3;
  missing_page.respond = status(404);
  add(missing_page);

  Fault truncated = named("TruncatedJson", "page 2 cut off in the middle (TPR: its snapshot)");
  truncated.error_pattern = "offset=|parse|invalid|JSON";
  truncated.page = 2;
  truncated.respond = [](httplib::Response& res, const std::string& body, int, const std::atomic<bool>&) {
    json(res, body.substr(0, body.size() / 2));
  };
  add(truncated);

  Fault object_for_array = named("ObjectWhereArrayExpected", "every JSON array of the page replaced by an object");
  object_for_array.error_pattern = "array|expected|object|list";
  object_for_array.respond = [](httplib::Response& res, const std::string& body, int, const std::atomic<bool>&) {
    json(res, rewritten(body, [](Value& v, auto&) {
      if (v.IsArray()) v.SetObject();
    }));
  };
  add(object_for_array);

  Fault strings = named("NumbersAsStrings", "every number of the page sent as a string");
  strings.expect = Expect::kept;
  strings.respond = [](httplib::Response& res, const std::string& body, int, const std::atomic<bool>&) {
    json(res, rewritten(body, [](Value& v, auto& alloc) {
      if (!v.IsNumber()) return;
      const std::string text = v.IsInt64() ? std::to_string(v.GetInt64()) : std::to_string(v.GetDouble());
      v.SetString(text.c_str(), static_cast<rapidjson::SizeType>(text.size()), alloc);
    }));
  };
  add(strings);

  Fault nulls = named("NullsEverywhere", "every string, number and boolean of the page replaced by null");
  nulls.expect = Expect::kept;
  nulls.respond = [](httplib::Response& res, const std::string& body, int, const std::atomic<bool>&) {
    json(res, rewritten(body, [](Value& v, auto&) {
      if (v.IsString() || v.IsNumber() || v.IsBool()) v.SetNull();
    }));
  };
  add(nulls);

  Fault html = named("HtmlErrorPageWith200", "an HTML error page with status 200");
  html.error_pattern = "offset=|parse|invalid|JSON|expected";
  html.respond = [](httplib::Response& res, const std::string&, int, const std::atomic<bool>&) {
    res.set_content("<!DOCTYPE html><html><head><title>Huoltokatko</title></head><body><h1>Palvelu on tilapäisesti "
                    "poissa käytöstä</h1></body></html>",
                    "text/html; charset=utf-8");
  };
  add(html);

  Fault bad_utf8 = named("InvalidUtf8", "a name with bytes that are not UTF-8 (C3 28, FF, a lone continuation byte)");
  bad_utf8.expect = Expect::ok;
  bad_utf8.change = [](std::vector<Item>& items) { items[1].name += " \xC3\x28 \xFF \x80 kahvila"; };
  bad_utf8.changed_items = {1};
  add(bad_utf8);

  Fault bom = named("Utf8Bom", "every body starts with a UTF-8 byte order mark");
  bom.expect = Expect::ok;
  bom.page = -1;
  bom.respond = [](httplib::Response& res, const std::string& body, int, const std::atomic<bool>&) {
    json(res, "\xEF\xBB\xBF" + body);
  };
  add(bom);

  Fault empty = named("EmptyBody", "200 with an empty body");
  empty.error_pattern = "offset=|parse|empty|JSON|expected";
  empty.respond = [](httplib::Response& res, const std::string&, int, const std::atomic<bool>&) { json(res, ""); };
  add(empty);

  Fault emptied = named("EmptyListWhereHundredsWere", "300 listings, then a valid feed with none (mass removal refused)");
  emptied.error_pattern = "refused to remove 300 of 300";
  emptied.catalogue_size = 300;
  emptied.page_size = 100;
  emptied.page = 0;
  emptied.change = [](std::vector<Item>& items) { items.clear(); };
  add(emptied);

  Fault loop = named("NextLinkLoops", "the last page links back to the first (lahella, ptv: the server ignores the page asked for)");
  loop.error_pattern = "loops|repeats|already|more than|empty|pageCount";
  loop.expect_for = {{"tpr", skip}};
  loop.page = 0;
  loop.wire = [](Wire& wire, const std::string&) { wire.loop = true; };
  add(loop);

  Fault elsewhere = named("NextLinkToAnotherHost", "page 1 links its next page on another host (127.0.0.2)");
  elsewhere.error_pattern = "another host";
  elsewhere.expect_for = {{"tpr", skip}, {"ptv", skip}, {"lahella", skip}};
  elsewhere.page = 0;
  elsewhere.wire = [](Wire& wire, const std::string& origin) {
    wire.next_origin = "http://127.0.0.2:" + origin.substr(origin.rfind(':') + 1);
  };
  add(elsewhere);

  Fault lying = named("PageCountLies", "totals and page counts say 1000 more than there are");
  lying.error_pattern = "pageCount|hasMore|empty|total";
  // Linked Events and mapped feeds follow next links and ignore counts; TPR has no count.
  lying.expect_for = {{"linkedevents", Expect::ok}, {"mapped", Expect::ok}, {"tpr", skip}};
  lying.page = 0;
  lying.wire = [](Wire& wire, const std::string&) { wire.lie_count = true; };
  add(lying);

  Fault huge = named("FiftyMegabyteResponse", "a 50 MB body on page 1 (the limit is 32 MB)");
  huge.error_pattern = "larger than|maximum file size|exceed";
  huge.respond = [](httplib::Response& res, const std::string&, int, const std::atomic<bool>& stopping) {
    const std::size_t size = 50u << 20;
    res.set_content_provider(size, "application/json",
                             [&stopping](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                               static const std::string chunk(64 * 1024, ' ');
                               if (stopping) return false;
                               (void)offset;
                               return sink.write(chunk.data(), std::min(length, chunk.size()));
                             });
  };
  add(huge);

  Fault long_text = named("OneMegabyteStringField", "one listing's description is 1 MB (cut to 32 KB before it is stored)");
  long_text.expect = Expect::ok;
  long_text.change = [](std::vector<Item>& items) {
    std::string text;
    while (text.size() < (1u << 20)) text += "pitkä kuvaus ";
    items[1].description = text;
  };
  long_text.changed_items = {1};
  add(long_text);

  Fault dup_page = named("DuplicateIdsWithinAPage", "the first listing twice on page 1");
  dup_page.expect = Expect::ok;
  dup_page.page = 0;
  dup_page.change = [](std::vector<Item>& items) { items.insert(items.begin() + 1, items[0]); };
  add(dup_page);

  // (A page made only of listings already delivered reads as a feed that ignores its
  // paging: lahella, mapped and ptv stop there, see NextLinkLoops.)
  Fault dup_pages = named("DuplicateIdsAcrossPages", "the first listing of page 1 again in the middle of page 2");
  dup_pages.expect = Expect::ok;
  dup_pages.page = 0;
  dup_pages.change = [](std::vector<Item>& items) { items.insert(items.begin() + 4, items[0]); };
  add(dup_pages);

  Fault gzip = named("GzipThatDoesNotDecompress", "Content-Encoding: gzip on bytes that are not gzip");
  gzip.error_pattern = "gzip|decod|content encoding|inflate|unrecognized";
  gzip.respond = [](httplib::Response& res, const std::string&, int, const std::atomic<bool>&) {
    res.set_header("Content-Encoding", "gzip");
    res.set_content(std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03 this is not deflate data at all", 43),
                    "application/octet-stream");
  };
  add(gzip);
  return faults;
}

}  // namespace

const std::vector<Fault>& feed_faults() {
  static const std::vector<Fault> faults = make_faults();
  return faults;
}

}  // namespace tarjotin::testing
