// The PTV part of the fixture catalogue (its own file: the PTV and NGO test
// helpers each define testing::fast_options()).
#include <gtest/gtest.h>

#include "connectors_ptv/ptv_pull_setup.h"
#include "vocabulary/fixture_catalogue.h"

namespace tarjotin::catalogue {

std::vector<Listing> ptv_services() {
  testing::PtvApi api;
  testing::serve_fixtures(api);
  testing::RecordingSink sink;
  const PullOutcome outcome = testing::pull(api, sink);
  EXPECT_TRUE(outcome.complete) << sink.error_text();
  std::vector<Listing> out;
  for (FeedItem& item : sink.items) out.push_back(std::move(item.listing));
  return out;
}

}  // namespace tarjotin::catalogue
