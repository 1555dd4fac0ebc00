#pragma once
// Reads one PTV v11 service channel object (the body items of
// `ServiceChannel/list?guids=`): its type, and for a ServiceLocation the place
// and contact details a listing shows. Pure: no I/O, never throws; missing or
// placeholder values leave the fields empty (unknown).
//
// - Place: name from serviceChannelNames (type Name, else any); the first
//   address of type Location (older data: Visiting) gives street (street +
//   " " + streetNumber, per language), postal code and municipality names.
// - Coordinates: EPSG:3067 strings (`latitude` = northing, `longitude` =
//   easting) of that street address, else of its otherAddress, else of the
//   main entrance, converted to WGS84; values outside Finland's TM35FIN extent
//   (placeholders, degrees, zeros) are dropped.
// - Contact: the first phone number that is not a fax (prefixNumber + " " +
//   number), the first e-mail, the first web page URL; from phoneNumbers /
//   supportPhones, emails / supportEmails and webPages, whichever the channel
//   type has.

#include <string>

#include "connectors/ptv/ptv_json.h"
#include "model/listing.h"

namespace tarjotin::ptv {

enum class ChannelType { service_location, electronic, phone, web_page, printable_form, other };

ChannelType channel_type(const Value& channel);

// The listing channel a channel type stands for: ServiceLocation "in_person",
// EChannel "online", Phone "phone"; nullptr for the others (web page and
// printable form channels are information, not a way to use the service).
const char* listing_channel(ChannelType type);

// The place of a ServiceLocation channel; location.id is the channel GUID.
Location location_of(const Value& channel);

// The channel's contact details; empty fields where it has none.
Contact contact_of(const Value& channel);

// The address object of type Location (or Visiting) that location_of() reads;
// nullptr when the channel has none.
const Value* visiting_address(const Value& channel);

}  // namespace tarjotin::ptv
