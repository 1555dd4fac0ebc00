#pragma once
// PtvConnector (source type "ptv"): reads services of the Suomi.fi Finnish
// Service Catalogue (PTV, Palvelutietovaranto) through its OUT API v11 and
// delivers one listing per service. The Connector contract is in
// connectors/connector.h; the v11 JSON shapes never leave connectors/ptv/, so
// a v12 connector can be added beside this one.
//
// source.url is the API root, e.g. "https://api.palvelutietovaranto.suomi.fi/api/v11/".
//
// Paging:
// - GUID pages `Service?page=N` (1-based) up to the pageCount the latest page
//   states; after each, the page's services in batches (`Service/list?guids=`),
//   then the channels they link to (`ServiceChannel/list?guids=`); then one
//   on_page() per GUID page, and on_progress(pages done, pageCount).
// - A GUID page or a batch that cannot be fetched or parsed ends the pull
//   (incomplete); listings of earlier pages stay delivered. An empty GUID page
//   before pageCount is reached (or a 404) means pageCount lied: reported, and
//   the pull ends incomplete. More than ConnectorOptions::max_pages pages end
//   it too. A missing linked channel is reported and the service delivered
//   without it (see detail_fetcher.h).
// - Incremental (PullOptions::changed_since set): the GUID pages carry
//   `date=<UTC yyyy-MM-ddTHH:mm:ss>` and full_snapshot is false. After the
//   published services, the GUID pages with `status=Archived` and
//   `status=Withdrawn` for the same window are read and their ids reported as
//   deleted_ids (on_page with no items).
//
// Settings (source.settings, all optional):
// - "municipalities": comma-separated municipality codes ("091,049"); only
//   services whose areas name one of them are delivered (the filter is applied
//   to the fetched services, so it composes with `date=`; nationwide services
//   name no municipality and are left out).
// - "organisations": comma-separated organisation GUIDs; only services with
//   one of them among their organizations (any role) are delivered.
// - "page_size": GUIDs per `list?guids=` request, 1–100 (default 100). An
//   invalid value is reported at the start of the pull and the default used.
//
// Mapping: see service_mapping.h. One instance per source; pull() is not reentrant.

#include <memory>
#include <string>
#include <vector>

#include "connectors/connector.h"

namespace tarjotin {

class PtvConnector : public Connector {
 public:
  PtvConnector(SourceConfig source, ConnectorOptions options);
  PullOutcome pull(FeedSink& sink, const PullOptions& options) override;

 private:
  SourceConfig source_;
  ConnectorOptions options_;
};

std::unique_ptr<Connector> make_ptv_connector(const SourceConfig& source, const ConnectorOptions& options);

// The setting keys a "ptv" source accepts: municipalities, organisations, page_size.
std::vector<std::string> ptv_settings();

}  // namespace tarjotin
