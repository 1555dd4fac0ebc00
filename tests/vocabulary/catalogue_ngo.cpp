// The example NGO (mapped feed) part of the fixture catalogue.
#include "connectors_mapped/ngo_feed.h"
#include "connectors/recording_sink.h"
#include "vocabulary/fixture_catalogue.h"

namespace tarjotin::catalogue {

std::vector<Listing> ngo_activities() {
  testing::NgoApi api;
  std::string error;
  auto connector = make_connector(testing::example_source(api.url()), testing::fast_options(), &error);
  EXPECT_TRUE(connector) << error;
  if (!connector) return {};
  testing::RecordingSink sink;
  EXPECT_TRUE(connector->pull(sink, PullOptions{}).complete) << sink.error_text();
  std::vector<Listing> out;
  for (FeedItem& item : sink.items) out.push_back(std::move(item.listing));
  return out;
}

}  // namespace tarjotin::catalogue
