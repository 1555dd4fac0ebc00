#pragma once
// TprConnector (source type "tpr"): reads the Helsinki service point register
// (Palvelukarttarekisteri, TPR REST v4, https://www.hel.fi/palvelukarttaws/rest/v4/)
// and delivers one listing of Kind::place per unit. The Connector contract is
// in connectors/connector.h.
//
// Fetching (source.url is the API root):
// - http(s): `<root>ontologyword/` once per pull for keyword labels, then
//   `<root>unit/?newfeatures=yes` (setting "newfeatures": "no" leaves the
//   parameter out; any other value sends "yes"). A root without a trailing
//   '/' gets one.
// - A local directory (file:// or a plain path) holding `unit.json` and
//   `ontologyword.json`: the same two bodies, read from disk.
// - A local file: the unit array itself; no ontology labels.
// - The ontology words failing (fetch or parse) is reported with on_error and
//   the pull goes on with keyword ids only. The unit list failing (fetch,
//   invalid JSON, not an array) is reported with on_error (with the byte
//   offset for JSON) and ends the pull incomplete. A bad unit (not an object,
//   no id) is reported with its array index and skipped.
// - The register has no paging and no change feed: every pull is a full
//   snapshot (PullOutcome::full_snapshot is true; PullOptions::changed_since is
//   ignored) and counts as one page. Units are delivered in feed order in
//   chunks of kUnitsPerPage (several on_page() calls with the unit URL), then
//   on_progress(1, 1).
//
// Mapping (unit -> Listing): id "<source>:<unit id>"; kind place; name_* ->
// name; short_desc_* -> summary; desc_* -> description, followed per language
// by sections for opening hours (OPENING_HOURS connections, as free text),
// other information (OTHER_INFO) and accessibility sentences (see
// unit_description.h); ontologyword_ids -> keywords "tpr:ontologyword:<id>"
// labelled fi/sv/en from the ontology words; provided_languages -> languages
// (missing: empty = unknown); PRICE connections -> price.text per language,
// free yes when a text says free (parse_price_text), no when a text gives a
// euro amount, else unknown, euro range parsed from the texts;
// accessibility_viewpoints -> accessibility (table in
// accessibility_viewpoints.h); location: id "tprek:<unit id>" (as Linked
// Events names TPR places), the unit's name, street_address_*, address_zip,
// municipality from address_city_fi/_sv, latitude/longitude (WGS84, both or
// neither); channels ["in_person"]; contact: phone (else the first
// PHONE_OR_EMAIL phone), email (else the first PHONE_OR_EMAIL email), www_*
// (fi, else sv, en; else the first LINK connection); source_url
// "<root>unit/<id>/"; source_modified = modified_time as given. The organiser
// stays empty: org_id / dept_id are ids that need further requests and
// provider_type ("SELF_PRODUCED", ...) names no organiser. Other members
// (ontologytree_ids, sources, picture_url, ETRS coordinates, ...) are ignored.
//
// One instance per source; pull() is not reentrant.

#include <memory>
#include <string>
#include <vector>

#include "connectors/connector.h"

namespace tarjotin {

class TprConnector : public Connector {
 public:
  static constexpr std::size_t kUnitsPerPage = 500;

  // Where one pull reads from.
  struct Endpoints {
    std::string root;      // ends in '/'; the base of each listing's source_url
    std::string units;     // URL or local path of the unit array
    std::string ontology;  // URL or local path of the ontology words; "" for none
  };

  TprConnector(SourceConfig source, ConnectorOptions options);
  PullOutcome pull(FeedSink& sink, const PullOptions& options) override;

  // The endpoints for this connector's source (a local directory is looked up on disk).
  Endpoints endpoints() const;

 private:
  std::string base_dir() const;

  SourceConfig source_;
  ConnectorOptions options_;
};

std::unique_ptr<Connector> make_tpr_connector(const SourceConfig& source, const ConnectorOptions& options);

// The optional settings a "tpr" source accepts: {"newfeatures"}.
std::vector<std::string> tpr_settings();

}  // namespace tarjotin
