// resolve_url and the URL helpers of connectors/http/url.h.
#include "connectors/http/url.h"

#include <gtest/gtest.h>

#include "connectors/http/fetcher.h"

namespace tarjotin {
namespace {

TEST(FetcherResolveUrl, KeepsAbsoluteReferences) {
  EXPECT_EQ(resolve_url("https://api.hel.fi/linkedevents/v1/event/?page=1",
                        "https://api.hel.fi/linkedevents/v1/event/?page=2"),
            "https://api.hel.fi/linkedevents/v1/event/?page=2");
  EXPECT_EQ(resolve_url("file:///data/p1.json", "http://other.example/x"), "http://other.example/x");
}

TEST(FetcherResolveUrl, RootRelativeUsesSchemeAndHost) {
  EXPECT_EQ(resolve_url("https://api.hel.fi/linkedevents/v1/event/?page=1", "/linkedevents/v1/event/?page=2"),
            "https://api.hel.fi/linkedevents/v1/event/?page=2");
  EXPECT_EQ(resolve_url("http://127.0.0.1:8080", "/a"), "http://127.0.0.1:8080/a");
  EXPECT_EQ(resolve_url("file:///data/feeds/p1.json", "/other/p2.json"), "file:///other/p2.json");
}

TEST(FetcherResolveUrl, RelativeUsesTheBaseDirectory) {
  EXPECT_EQ(resolve_url("https://api.hel.fi/v1/event/?page=1", "other/?page=2"),
            "https://api.hel.fi/v1/event/other/?page=2");
  EXPECT_EQ(resolve_url("https://api.hel.fi/v1/event/?page=1", "?page=2"), "https://api.hel.fi/v1/event/?page=2");
  EXPECT_EQ(resolve_url("https://host", "p2"), "https://host/p2");
  EXPECT_EQ(resolve_url("file:///data/feeds/p1.json", "p2.json"), "file:///data/feeds/p2.json");
  EXPECT_EQ(resolve_url("file://feeds/p1.json", "p2.json"), "file://feeds/p2.json");
  EXPECT_EQ(resolve_url("file://p1.json", "p2.json"), "file://p2.json");
  EXPECT_EQ(resolve_url("/data/feeds/p1.json", "p2.json"), "/data/feeds/p2.json");
  EXPECT_EQ(resolve_url("p1.json", "p2.json"), "p2.json");
}

TEST(FetcherResolveUrl, TellsLocalFromHttp) {
  EXPECT_TRUE(is_http_url("HTTPS://api.hel.fi/"));
  EXPECT_FALSE(is_http_url("file:///x"));
  EXPECT_EQ(local_path("file:///data/a%20b.json", "/base"), "/data/a b.json");
  EXPECT_EQ(local_path("file://rel/a.json", "/base"), "/base/rel/a.json");
  EXPECT_EQ(local_path("rel/a.json", "/base/"), "/base/rel/a.json");
  EXPECT_EQ(local_path("/abs/a.json", "/base"), "/abs/a.json");
  EXPECT_EQ(local_path("https://api.hel.fi/", "/base"), std::nullopt);
}

TEST(FetcherResolveUrl, AddsQueryParameters) {
  EXPECT_TRUE(has_query_param("https://h/e/?a=1&include=location", "include"));
  EXPECT_FALSE(has_query_param("https://h/e/?not_include=1", "include"));
  EXPECT_EQ(with_query_param("https://h/e/", "include", "x"), "https://h/e/?include=x");
  EXPECT_EQ(with_query_param("https://h/e/?a=1", "include", "x"), "https://h/e/?a=1&include=x");
  EXPECT_EQ(with_query_param("https://h/e/?", "include", "x"), "https://h/e/?include=x");
  EXPECT_EQ(with_query_param("https://h/e/?a=1#top", "include", "x"), "https://h/e/?a=1&include=x#top");
}

}  // namespace
}  // namespace tarjotin

namespace tarjotin {
namespace {

TEST(Url, WithoutQueryParamDropsEveryFormOfTheNameOnly) {
  EXPECT_EQ(without_query_param("http://h/a?limit=10&skip=20&q=x#f", "skip"), "http://h/a?limit=10&q=x#f");
  EXPECT_EQ(without_query_param("http://h/a?skip", "skip"), "http://h/a");
  EXPECT_EQ(without_query_param("http://h/a?skipper=1", "skip"), "http://h/a?skipper=1");
  EXPECT_EQ(without_query_param("http://h/a", "skip"), "http://h/a");
}

}  // namespace
}  // namespace tarjotin

namespace tarjotin {
namespace {

TEST(Url, AFeedsNextLinkMayOnlyLeadToTheSameHostOverHttp) {
  EXPECT_EQ(url_host("https://User@API.hel.fi:8443/linkedevents/v1/?page=2"), "api.hel.fi");
  EXPECT_EQ(url_host("http://[::1]:8080/x"), "[::1]");
  EXPECT_EQ(url_host("file:///tmp/x"), "");
  EXPECT_EQ(foreign_link_error("https://api.hel.fi/v1/event/", "https://api.hel.fi/v1/event/?page=2"), "");
  EXPECT_EQ(foreign_link_error("http://api.hel.fi/v1/event/", "https://API.hel.fi:443/v1/event/?page=2"), "");
  EXPECT_NE(foreign_link_error("https://api.hel.fi/v1/event/", "https://evil.example/v1/event/?page=2")
                .find("another host"),
            std::string::npos);
  EXPECT_NE(foreign_link_error("https://api.hel.fi/v1/", "file:///etc/passwd").find("not an http(s) URL"),
            std::string::npos);
  EXPECT_EQ(foreign_link_error("file:///data/page-1.json", "file:///data/page-2.json"), "");  // local feeds as before
}

}  // namespace
}  // namespace tarjotin
