// The config keys of the public API's protections (app/api_config.h): safe
// defaults, each limit read, bad values refused naming the key, and the
// admin token never repeated in a message.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "api/server.h"
#include "app/api_config.h"
#include "app/config.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

class ApiConfigTest : public ::testing::Test {
 protected:
  std::optional<Config> load(const std::string& extra) {
    std::ofstream(path) << R"({"data_dir": "d", )" << extra << R"( "sources": []})";
    error = {};
    return load_config(path, &error);
  }
  testing::TempDir dir;
  std::string path = dir / "tarjotin.json";
  ConfigError error;
};

TEST_F(ApiConfigTest, DefaultsBindLoopbackLimitEachAddressAndHaveNoAdminRoutes) {
  unsetenv("TARJOTIN_ADMIN_TOKEN");
  auto config = load("");
  ASSERT_TRUE(config) << error.to_string();
  EXPECT_EQ(config->listen_host, "127.0.0.1");
  ApiOptions options;
  apply_api_config(config->api, options);
  EXPECT_EQ(options.admin_token, "");
  EXPECT_EQ(options.requests_per_second, 20);
  EXPECT_EQ(options.rate_limit_burst, 100);
  EXPECT_EQ(options.max_connections, 256);
  EXPECT_EQ(options.max_uri_bytes, 4096u);
  EXPECT_EQ(options.frame_ancestors, "'none'");
}

TEST_F(ApiConfigTest, LimitsTokenAndFramingAreRead) {
  unsetenv("TARJOTIN_ADMIN_TOKEN");
  auto config = load(R"("admin_token": "0123456789abcdef0123", "frame_ancestors": "https://www.example.fi",
      "limits": {"requests_per_second": 0, "burst": 5, "max_connections": 10, "max_body_bytes": 2048},)");
  ASSERT_TRUE(config) << error.to_string();
  ApiOptions options;
  apply_api_config(config->api, options);
  EXPECT_EQ(options.admin_token, "0123456789abcdef0123");
  EXPECT_EQ(options.frame_ancestors, "https://www.example.fi");
  EXPECT_EQ(options.requests_per_second, 0);
  EXPECT_EQ(options.max_connections, 10);
  EXPECT_EQ(options.max_body_bytes, 2048u);
  setenv("TARJOTIN_ADMIN_TOKEN", "from-the-environment-0123", 1);
  EXPECT_EQ(effective_admin_token(config->api), "from-the-environment-0123");
  unsetenv("TARJOTIN_ADMIN_TOKEN");
}

TEST_F(ApiConfigTest, BadValuesNameTheKeyAndNeverRepeatTheToken) {
  EXPECT_FALSE(load(R"("admin_token": "tooshort-secret",)"));
  EXPECT_EQ(error.key, "admin_token");
  EXPECT_EQ(error.to_string().find("tooshort-secret"), std::string::npos);
  EXPECT_FALSE(load(R"("frame_ancestors": "'none'; script-src *",)"));
  EXPECT_EQ(error.key, "frame_ancestors");
  EXPECT_FALSE(load(R"("limits": {"max_connections": 0},)"));
  EXPECT_EQ(error.key, "limits.max_connections");
  EXPECT_FALSE(load(R"("limits": {"requests_per_second": -1},)"));
  EXPECT_EQ(error.key, "limits.requests_per_second");
  EXPECT_FALSE(load(R"("limits": {"rate": 5},)"));
  EXPECT_EQ(error.key, "limits.rate");
  EXPECT_FALSE(load(R"("limits": 5,)"));
  EXPECT_EQ(error.key, "limits");
}

}  // namespace
}  // namespace tarjotin
