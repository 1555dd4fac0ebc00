#pragma once
// For the HSDS tests: a catalogue that reaches every branch of the mapping
// (api/hsds/): the three sample listings, and
//   hsds:full      every field; organiser with id; categories (a theme too),
//                  target groups, YSO / Lähellä / other keywords; a place in
//                  Helsinki with accessibility; weekly on Tuesdays 17:00-18:30
//                  for five weeks in winter time (one offset)
//   hsds:autumn    weekly on Mondays and Wednesdays across the end of summer
//                  time (local 18:00, two offsets); organiser known by name only
//   hsds:irregular 60 irregular dates (the schedule cap), cancelled
//   hsds:days      a multi-day event and a whole-day one (not weekly); the
//                  organiser of hsds:full, by id only
//   hsds:online    no place, phone and online only, an English name only
// Dates are in 2026-2027.

#include <string>
#include <vector>

#include "model/listing.h"
#include "model/time.h"
#include "test_server.h"

namespace tarjotin::testing {

inline std::int64_t helsinki_time(int y, int m, int d, int hour, int minute) {
  return helsinki_midnight_utc(y, m, d) + hour * 3600 + minute * 60;  // no DST change happens at these hours
}

inline Listing hsds_listing(const std::string& id) {
  Listing l;
  l.id = "hsds:" + id;
  l.source = "hsds";
  l.source_id = id;
  return l;
}

inline std::vector<Listing> hsds_catalogue() {
  std::vector<Listing> all = sample_listings();

  Listing full = hsds_listing("full");
  full.kind = Kind::event;
  full.name = {{"fi", "Senioritanssit"}, {"sv", "Seniordans"}, {"en", "Senior dance"}};
  full.summary = {{"fi", "Tanssia ikäihmisille"}};
  full.description = {{"fi", "<p>Tule tanssimaan!</p>"}, {"sv", "Kom och dansa!"}};
  full.organiser = {"ahjo:u1", {{"fi", "Kulttuuripalvelut"}, {"sv", "Kulturtjänster"}}};
  full.categories = {"liikunta", "theme:kulttuuri"};
  full.target_groups = {"seniors"};
  full.keywords = {{"yso:p1278", {{"fi", "tanssi"}, {"sv", "dans"}, {"en", "dance"}}},
                   {"lahella:theme:sport", {}},
                   {"helsinki:abc", {{"fi", "liikunta"}}}};
  full.languages = {"fi", "sv"};
  full.price = {Tri::no, {{"fi", "5-7,50 €"}}, 5, 7.5};
  full.accessibility = {{"wheelchair", Tri::yes}, {"hearing_loop", Tri::no}, {"stroller", Tri::unknown}};
  full.location = {"tprek:1", {{"fi", "Tanssisali"}}, {{"fi", "Tanssikatu 1"}, {"sv", "Dansgatan 1"}}, "00100",
                   {{"fi", "Helsinki"}, {"sv", "Helsingfors"}}, 60.17, 24.94};
  for (int week = 0; week < 5; ++week) {  // Tuesdays 2026-11-03 .. 2026-12-01, 17:00-18:30 EET
    const std::int64_t start = helsinki_time(2026, 11, 3, 17, 0) + week * 7 * 86400;
    full.occurrences.push_back({start, start + 90 * 60, false});
  }
  full.min_age = 60;
  full.max_age = 99;
  full.registration = {Tri::yes, "https://example.fi/ilmoittaudu"};
  full.channels = {"in_person"};
  full.contact = {"+358 9 123", "info@example.fi", "https://example.fi"};
  full.source_modified = "2026-11-20T12:00:00Z";
  all.push_back(full);

  Listing autumn = hsds_listing("autumn");
  autumn.name = {{"fi", "Syyskuoro"}};
  autumn.organiser.name = {{"fi", "Laulun ystävät ry"}};
  autumn.location.street_address = {{"fi", "Laulukuja 2"}};
  autumn.location.municipality = {{"fi", "Tampere"}};
  for (int day : {19, 21, 26, 28}) autumn.occurrences.push_back({helsinki_time(2026, 10, day, 18, 0), std::nullopt, false});
  autumn.occurrences.push_back({helsinki_time(2026, 11, 2, 18, 0), std::nullopt, false});
  autumn.last_seen = parse_iso8601("2026-10-01T00:00:00Z")->utc;
  all.push_back(autumn);

  Listing irregular = hsds_listing("irregular");
  irregular.name = {{"fi", "Satunnaiset kävelyt"}};
  irregular.status = EventStatus::cancelled;
  irregular.location.name = {{"fi", "Puisto"}};
  for (int i = 0; i < 60; ++i)
    irregular.occurrences.push_back({helsinki_time(2027, 1, 1, 10, 0) + i * (86400 + 3600 * (i % 3)), std::nullopt, false});
  irregular.price.free = Tri::yes;
  all.push_back(irregular);

  Listing days = hsds_listing("days");
  days.name = {{"fi", "Taidenäyttely"}};
  days.organiser.id = "ahjo:u1";
  days.location.lat = 61.5;
  days.location.lon = 23.7;
  days.occurrences.push_back({helsinki_time(2026, 12, 1, 10, 0), helsinki_time(2026, 12, 3, 16, 0), false});
  days.occurrences.push_back({helsinki_midnight_utc(2026, 12, 24), helsinki_midnight_utc(2026, 12, 25), true});
  all.push_back(days);

  Listing online = hsds_listing("online");
  online.kind = Kind::service;
  online.name = {{"en", "Helpline"}};
  online.channels = {"phone", "online"};
  online.contact.phone = "0800 123 456";
  online.languages = {"en", "ar"};
  all.push_back(online);
  return all;
}

}  // namespace tarjotin::testing
