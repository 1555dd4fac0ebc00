#pragma once
// Shared set-up of the PtvConnector tests: fast fetch options, a source on a
// PtvApi, a sink that also records progress, and the fixture catalogue.

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "connectors/ptv/ptv_connector.h"
#include "connectors/recording_sink.h"
#include "connectors_ptv/ptv_api.h"
#include "connectors_ptv/ptv_payloads.h"

namespace tarjotin::testing {

inline ConnectorOptions fast_options() {
  ConnectorOptions options;
  options.fetch.max_retries = 1;
  options.fetch.backoff_base_ms = 10;
  options.fetch.max_backoff_ms = 20;
  options.fetch.connect_timeout_ms = 2000;
  options.fetch.total_timeout_ms = 5000;
  return options;
}

inline SourceConfig ptv_source(const std::string& root, std::map<std::string, std::string> settings = {}) {
  SourceConfig source;
  source.name = "ptv";
  source.type = "ptv";
  source.url = root;
  source.settings = std::move(settings);
  return source;
}

// The two fixture services on one GUID page, Sundom skola linked first from
// the swimming hall, and small stand-ins for the other linked channels.
inline void serve_fixtures(PtvApi& api) {
  api.add_service(with_channel_link(vaasa_pool_json(), kSundomSkola));
  api.add_service(naantali_youth_json());
  api.add_channel(sundom_skola_json());
  api.add_channel(simple_channel(kVaasaFeedback, "EChannel", "https://www.vaasa.fi/palaute"));
  api.add_channel(simple_channel(kVaasaPoolWeb, "WebPage", "https://www.vaasa.fi/uimahalli"));
  api.add_channel(simple_channel(kNaantaliWorker, "Phone", "https://www.naantali.fi/etsiva", "401234567"));
  api.add_channel(simple_channel(kNaantaliWeb, "WebPage", "https://www.naantali.fi/nuoriso"));
  api.set_pages({{1, guid_page_json(1, 1, {kVaasaPool, kNaantaliYouth})}});
}

inline PullOutcome pull(PtvApi& api, RecordingSink& sink, std::map<std::string, std::string> settings = {},
                        PullOptions options = {}, ConnectorOptions connector_options = fast_options()) {
  api.start();
  PtvConnector connector(ptv_source(api.root(), std::move(settings)), connector_options);
  return connector.pull(sink, options);
}

}  // namespace tarjotin::testing
