// The search page and the widget served from the project's web/ directory,
// and nothing outside it.
#include <gtest/gtest.h>
#include <httplib.h>

#include "api/server.h"
#include "temp_dir.h"
#include "test_server.h"

namespace tarjotin {
namespace {

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::write_index(dir / "index", testing::sample_listings());
    ApiOptions options;
    options.index_root = dir / "index";
    options.web_dir = TARJOTIN_WEB_DIR;
    running = std::make_unique<testing::RunningServer>(options);
    client = running->client();
  }
  testing::TempDir dir;
  std::unique_ptr<testing::RunningServer> running;
  std::unique_ptr<httplib::Client> client;
};

TEST_F(StaticFilesTest, TheSearchPageTheWidgetAndTheirModulesAreServed) {
  auto page = client->Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->body.find("<script type=\"module\" src=\"/web/app.js\">"), std::string::npos);
  EXPECT_NE(page->get_header_value("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
  EXPECT_FALSE(page->get_header_value("ETag").empty());
  for (const char* path : {"/embed.js", "/web/app.js", "/web/widget.js", "/web/render.js", "/web/i18n.js",
                           "/web/api.js", "/web/print.js"}) {
    auto res = client->Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 200) << path;
    EXPECT_EQ(res->get_header_value("Content-Type"), "text/javascript; charset=utf-8") << path;
    // Cross-origin pages import the widget's modules.
    EXPECT_EQ(res->get_header_value("Access-Control-Allow-Origin"), "*") << path;
  }
  auto css = client->Get("/web/app.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->get_header_value("Content-Type"), "text/css; charset=utf-8");
}

TEST_F(StaticFilesTest, NothingOutsideTheWebDirectoryIsReachable) {
  for (const char* path : {"/web/../README.md", "/web/..%2FREADME.md", "/web/%2e%2e/CMakeLists.txt", "/web/.hidden.js",
                           "/web/nope.js", "/web/index.html.bak", "/web/App.js", "/web/", "/web/sub/app.js"}) {
    auto res = client->Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path;
    EXPECT_EQ(res->body.find("tarjotin"), std::string::npos) << path;
  }
}

TEST_F(StaticFilesTest, WithoutAWebDirectoryThePageIsNotFound) {
  ApiOptions options;
  options.index_root = dir / "index";
  testing::RunningServer bare(options);
  auto res = bare.client()->Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
}

}  // namespace
}  // namespace tarjotin
