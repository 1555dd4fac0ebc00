// The "role" and "replication" config keys: defaults, and every wrong value
// refused with the key named.
#include <gtest/gtest.h>

#include <fstream>

#include "app/config.h"
#include "temp_dir.h"

namespace tarjotin {
namespace {

class ReplicationConfigTest : public ::testing::Test {
 protected:
  std::optional<Config> load(const std::string& extra) {
    std::ofstream(path) << R"({"data_dir": "data", "sources": [])" << extra << "}";
    return load_config(path, &error);
  }
  testing::TempDir dir;
  std::string path = dir / "tarjotin.json";
  ConfigError error;
};

TEST_F(ReplicationConfigTest, StandaloneByDefault) {
  auto config = load("");
  ASSERT_TRUE(config) << error.to_string();
  EXPECT_EQ(config->role, Role::standalone);
  EXPECT_EQ(config->index_root(), dir.path() + "/data/index");
}

TEST_F(ReplicationConfigTest, IndexerListensOnLoopbackUnlessTold) {
  auto config = load(R"(, "role": "indexer")");
  ASSERT_TRUE(config) << error.to_string();
  EXPECT_EQ(config->role, Role::indexer);
  EXPECT_EQ(config->replication.listen_host, "127.0.0.1");
  EXPECT_EQ(config->replication.listen_port, 7010);
  EXPECT_EQ(config->replication.max_changesets, 100);

  config = load(R"(, "role": "indexer", "replication": {"listen": "10.0.0.5:7100", "max_changesets": 20})");
  ASSERT_TRUE(config) << error.to_string();
  EXPECT_EQ(config->replication.listen_host, "10.0.0.5");
  EXPECT_EQ(config->replication.listen_port, 7100);
  EXPECT_EQ(config->replication.max_changesets, 20);
}

TEST_F(ReplicationConfigTest, SearchNodeNeedsItsIndexerAndReadsItsOwnReplica) {
  EXPECT_FALSE(load(R"(, "role": "search")"));
  EXPECT_EQ(error.key, "replication.indexer");

  auto config = load(R"(, "role": "search", "replication": {"indexer": "10.0.0.5:7010", "interval_seconds": 0.5})");
  ASSERT_TRUE(config) << error.to_string();
  EXPECT_EQ(config->replication.indexer_host, "10.0.0.5");
  EXPECT_EQ(config->replication.indexer_port, 7010);
  EXPECT_DOUBLE_EQ(config->replication.interval_seconds, 0.5);
  EXPECT_EQ(config->index_root(), dir.path() + "/data/replica");
}

TEST_F(ReplicationConfigTest, WrongValuesAndKeysOfAnotherRoleAreRefusedByName) {
  EXPECT_FALSE(load(R"(, "role": "leader")"));
  EXPECT_EQ(error.key, "role");
  EXPECT_FALSE(load(R"(, "replication": {"listen": "127.0.0.1:7010"})"));
  EXPECT_EQ(error.key, "replication");
  EXPECT_FALSE(load(R"(, "role": "indexer", "replication": {"indexer": "127.0.0.1:7010"})"));
  EXPECT_EQ(error.key, "replication.indexer");
  EXPECT_NE(error.message.find("indexer"), std::string::npos);
  EXPECT_FALSE(load(R"(, "role": "indexer", "replication": {"listen": "7010"})"));
  EXPECT_EQ(error.key, "replication.listen");
  EXPECT_FALSE(load(R"(, "role": "indexer", "replication": {"listen": "127.0.0.1:0"})"));
  EXPECT_EQ(error.key, "replication.listen");
  EXPECT_FALSE(load(R"(, "role": "indexer", "replication": {"max_changesets": 0})"));
  EXPECT_EQ(error.key, "replication.max_changesets");
  EXPECT_FALSE(load(R"(, "role": "search", "replication": {"indexer": "h:1", "interval_seconds": 0})"));
  EXPECT_EQ(error.key, "replication.interval_seconds");
  EXPECT_FALSE(load(R"(, "role": "search", "replication": {"indexer": "h:1", "max_changesets": 5})"));
  EXPECT_EQ(error.key, "replication.max_changesets");
}

}  // namespace
}  // namespace tarjotin
