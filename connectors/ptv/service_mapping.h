#pragma once
// Maps one PTV v11 Service object, with the service channels it links to, to
// a FeedItem; and decides whether a service passes a source's filters.
// Pure: no I/O, never throws. Unknown members are ignored; a missing optional
// member leaves its Listing field unknown / empty.
//
// Mapping (Service -> Listing):
// - id "<source>:<service GUID>", kind service, source_url "<root>Service/<GUID>",
//   source_modified = `modified` as given; raw = the service object.
// - name: serviceNames of type Name (any type when none); summary and
//   description: serviceDescriptions of type Summary / Description, plain text
//   as given.
// - price: serviceChargeType Chargeable -> free no, FreeOfCharge -> yes, other
//   or missing -> unknown; the ChargeTypeAdditionalInfo description (or a
//   `chargeTypeAdditionalInfo` list) is the price text, euro range read from it.
// - languages: `languages`, lower-cased; codes that are not 2–3 letters are
//   dropped (fi, sv, en, se are ISO 639-1; smn and sms have only 639-3 codes).
// - keywords: targetGroups, serviceClasses, ontologyTerms, lifeEvents; id = the
//   term's uri (its code when it has no uri), label = its `name` list.
// - organiser: the organisation with roleType Responsible (else the first
//   listed); its `name` is a plain string in v11 and is stored as Finnish.
// - location: the first linked ServiceLocation channel (see service_channel.h);
//   municipality from its address, else from the first Municipality area.
// - channels: one per linked channel type (ServiceLocation in_person, EChannel
//   online, Phone phone), in link order.
// - contact: the first ServiceLocation's phone, e-mail and web page; a field it
//   lacks is taken from the other linked channels in link order.
// - description gets appended, per language of the name/description: the
//   location's regular opening hours (the service-channel connection's own
//   serviceHours when given, else the channel's) and its entrances'
//   accessibility sentences (see channel_texts.h).

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "connectors/connector.h"
#include "connectors/ptv/ptv_json.h"

namespace tarjotin::ptv {

// The channels fetched in this pull, by GUID. Pointers into parsed bodies that
// outlive the mapping.
using ChannelIndex = std::map<std::string, const Value*>;

// GUIDs of the channels `service` links to (serviceChannels[].serviceChannel.id),
// in link order, without duplicates.
std::vector<std::string> linked_channel_ids(const Value& service);

// A municipality code as PTV writes it: digits padded to three ("91" -> "091").
std::string municipality_code(const std::string& code);

// A source's service filters; an empty set lets every service through.
struct ServiceFilter {
  std::set<std::string> municipalities;  // codes as municipality_code() gives them
  std::set<std::string> organisations;   // lower-case GUIDs

  // True when the service's areas name one of `municipalities` (a Municipality
  // area's code, or a municipality listed in any area; nationwide services
  // carry no municipality and are left out) and one of its organizations (any
  // role) is in `organisations`.
  bool accepts(const Value& service) const;
};

// nullopt, with *error saying why, when `service` is not an object with a string id.
// `root_url` ends with '/'.
std::optional<FeedItem> map_service(const std::string& source, const std::string& root_url, const Value& service,
                                    const ChannelIndex& channels, std::string* error);

}  // namespace tarjotin::ptv
