#include <gtest/gtest.h>

#include <fstream>

#include "app/config.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

class ConfigTest : public ::testing::Test {
 protected:
  std::optional<Config> load(const std::string& json) {
    std::ofstream(path) << json;
    error = {};
    return load_config(path, &error);
  }
  testing::TempDir dir;
  std::string path = dir / "tarjotin.json";
  ConfigError error;
};

TEST_F(ConfigTest, RelativePathsAreResolvedAgainstTheConfigFile) {
  auto config = load(R"({"data_dir": "../var/x", "listen": "127.0.0.1:9090",
    "sources": [{"name": "le", "type": "linkedevents", "url": "file://pages/", "interval_minutes": 15}]})");
  ASSERT_TRUE(config) << error.to_string();
  EXPECT_EQ(config->data_dir, std::filesystem::path(dir.path()).parent_path().string() + "/var/x");
  EXPECT_EQ(config->listen_port, 9090);
  ASSERT_EQ(config->sources.size(), 1u);
  EXPECT_EQ(config->sources[0].interval_minutes, 15);
  EXPECT_EQ(config->sources[0].base_dir, dir.path());
}

TEST_F(ConfigTest, ErrorsNameTheKey) {
  EXPECT_FALSE(load(R"({"listen": "127.0.0.1:1", "sources": []})"));
  EXPECT_EQ(error.key, "data_dir");
  EXPECT_FALSE(load(R"({"data_dir": "d", "sources": [{"name": "Bad Name", "type": "linkedevents", "url": "u"}]})"));
  EXPECT_EQ(error.key, "sources[0].name");
  EXPECT_FALSE(load(R"({"data_dir": "d", "sources": [{"name": "a", "type": "linkedevents"}]})"));
  EXPECT_EQ(error.key, "sources[0].url");
  EXPECT_FALSE(load(R"({"data_dir": "d", "sources": [{"name": "a", "type": "linkedevents", "url": "u", "interval_minutes": 0}]})"));
  EXPECT_EQ(error.key, "sources[0].interval_minutes");
  EXPECT_FALSE(load(R"({"data_dir": "d", "sources": [{"name": "a", "type": "linkedevents", "url": "u", "colour": "red"}]})"));
  EXPECT_EQ(error.key, "sources[0].colour");
  EXPECT_FALSE(load(R"({"data_dir": "d", "sources": [{"name": "a", "type": "linkedevents", "url": "u"},
                                                     {"name": "a", "type": "linkedevents", "url": "v"}]})"));
  EXPECT_EQ(error.key, "sources[1].name");
  EXPECT_FALSE(load(R"({"data_dir": "d", "listen": "127.0.0.1:99999", "sources": []})"));
  EXPECT_EQ(error.key, "listen");
  EXPECT_FALSE(load(R"({"data_dir": "d", "sources": [], )"));
  EXPECT_NE(error.to_string().find("not valid JSON"), std::string::npos);
}

}  // namespace
}  // namespace tarjotin
