// make_connector / connector_types and FeedError's text form.
#include "connectors/connector.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace tarjotin {
namespace {

TEST(ConnectorsRegistry, MakesALinkedEventsConnector) {
  SourceConfig source;
  source.name = "le";
  source.type = "linkedevents";
  source.url = "https://api.hel.fi/linkedevents/v1/event/";
  std::string error;
  EXPECT_NE(make_connector(source, ConnectorOptions{}, &error), nullptr);
  EXPECT_EQ(error, "");
  const auto types = connector_types();
  EXPECT_NE(std::find(types.begin(), types.end(), "linkedevents"), types.end());
}

TEST(ConnectorsRegistry, RefusesAnUnknownTypeNamingTheKnownOnes) {
  SourceConfig source;
  source.name = "mystery";
  source.type = "rss";
  std::string error;
  EXPECT_EQ(make_connector(source, ConnectorOptions{}, &error), nullptr);
  EXPECT_NE(error.find("\"rss\""), std::string::npos) << error;
  EXPECT_NE(error.find("linkedevents"), std::string::npos) << error;
  EXPECT_EQ(make_connector(source, ConnectorOptions{}, nullptr), nullptr);
}

TEST(ConnectorsFeedError, NamesSourceUrlOffsetAndMessage) {
  FeedError error{"le", "https://x/?page=2", "invalid JSON: missing a comma", 1234};
  EXPECT_EQ(error.to_string(), "source=le url=https://x/?page=2 offset=1234: invalid JSON: missing a comma");
  error.byte_offset = -1;
  EXPECT_EQ(error.to_string(), "source=le url=https://x/?page=2: invalid JSON: missing a comma");
}

}  // namespace
}  // namespace tarjotin
