// The pure pieces behind ApiServer's HTTP behaviour: ETags, gzip, metrics text,
// access-log lines.
#include <gtest/gtest.h>

#include "api/access_log.h"
#include "api/etag.h"
#include "api/gzip_body.h"
#include "api/metrics.h"

namespace tarjotin {
namespace {

TEST(ApiEtag, SameBytesSameTagOtherBytesOtherTag) {
  const std::string a = weak_etag(R"({"total":1})");
  EXPECT_EQ(a, weak_etag(R"({"total":1})"));
  EXPECT_NE(a, weak_etag(R"({"total":2})"));
  EXPECT_EQ(a.rfind("W/\"", 0), 0u);
  EXPECT_EQ(a.back(), '"');
  EXPECT_EQ(weak_etag(""), "W/\"cbf29ce484222325-0\"");  // FNV-1a offset basis, size 0
}

TEST(ApiIfNoneMatch, WeakComparisonListsAndStar) {
  const std::string tag = weak_etag("body");
  const std::string strong = tag.substr(2);  // the same opaque tag without W/
  EXPECT_TRUE(if_none_match_matches(tag, tag));
  EXPECT_TRUE(if_none_match_matches(strong, tag));
  EXPECT_TRUE(if_none_match_matches("\"x\", " + tag + " ,\"y\"", tag));
  EXPECT_TRUE(if_none_match_matches(" * ", tag));
  EXPECT_FALSE(if_none_match_matches("", tag));
  EXPECT_FALSE(if_none_match_matches("\"x\", W/\"y\"", tag));
  EXPECT_FALSE(if_none_match_matches(",,", tag));
}

TEST(ApiAcceptsGzip, CodingsAndQValues) {
  EXPECT_TRUE(accepts_gzip("gzip"));
  EXPECT_TRUE(accepts_gzip("br, GZIP;q=0.5"));
  EXPECT_TRUE(accepts_gzip("x-gzip"));
  EXPECT_TRUE(accepts_gzip("*"));
  EXPECT_FALSE(accepts_gzip(""));
  EXPECT_FALSE(accepts_gzip("br, deflate"));
  EXPECT_FALSE(accepts_gzip("gzip;q=0"));
  EXPECT_FALSE(accepts_gzip("*, gzip;q=0"));
  EXPECT_FALSE(accepts_gzip("*;q=0"));
  EXPECT_FALSE(accepts_gzip("gzipx"));
}

TEST(ApiGzip, ProducesAGzipStream) {
  const std::string body(5000, 'a');
  auto gz = gzip_compress(body);
  ASSERT_TRUE(gz);
  ASSERT_GT(gz->size(), 18u);
  EXPECT_EQ(static_cast<unsigned char>((*gz)[0]), 0x1f);  // gzip magic
  EXPECT_EQ(static_cast<unsigned char>((*gz)[1]), 0x8b);
  EXPECT_LT(gz->size(), 200u);
}

TEST(ApiMetricsText, CountersAndCumulativeBuckets) {
  HttpMetrics m;
  m.record("/v1/search", "GET", 200, 0.0005);
  m.record("/v1/search", "GET", 200, 0.02);
  m.record("/v1/search", "BREW", 400, 100);
  const std::string text = m.render();
  EXPECT_NE(text.find("tarjotin_http_requests_total{route=\"/v1/search\",method=\"GET\",status=\"200\"} 2\n"),
            std::string::npos) << text;
  EXPECT_NE(text.find("{route=\"/v1/search\",method=\"GET\",status=\"200\",le=\"0.001\"} 1\n"), std::string::npos);
  EXPECT_NE(text.find("{route=\"/v1/search\",method=\"GET\",status=\"200\",le=\"0.025\"} 2\n"), std::string::npos);
  EXPECT_NE(text.find("{route=\"/v1/search\",method=\"GET\",status=\"200\",le=\"+Inf\"} 2\n"), std::string::npos);
  EXPECT_NE(text.find("_sum{route=\"/v1/search\",method=\"GET\",status=\"200\"} 0.0205\n"), std::string::npos) << text;
  // Unknown methods share one label value; slow requests land only in +Inf.
  EXPECT_NE(text.find("{route=\"/v1/search\",method=\"OTHER\",status=\"400\",le=\"5\"} 0\n"), std::string::npos);
  EXPECT_NE(text.find("{route=\"/v1/search\",method=\"OTHER\",status=\"400\",le=\"+Inf\"} 1\n"), std::string::npos);
  EXPECT_EQ(escape_label_value("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
}

TEST(ApiAccessLog, OneEscapedJsonLine) {
  AccessLogEntry e;
  e.time = 0;
  e.method = "GET";
  e.path = "/v1/listings/\"x\"\n{";
  e.status = 404;
  e.duration_ms = 1.23456;
  EXPECT_EQ(access_log_line(e),
            "{\"time\":\"1970-01-01T00:00:00Z\",\"method\":\"GET\",\"path\":\"/v1/listings/\\\"x\\\"\\n{\","
            "\"status\":404,\"ms\":1.235}\n");
  e.q = "kirjasto";
  e.results = 3;
  e.total = 30;
  const std::string line = access_log_line(e);
  EXPECT_NE(line.find(R"("q":"kirjasto","status":404,"ms":1.235,"results":3,"total":30})"), std::string::npos) << line;
}

}  // namespace
}  // namespace tarjotin
