#pragma once
// The fixed words of the printable shortlist page (api/shortlist_page.h) in
// fi / sv / en, written in plain language (selkokieli where we could).

#include <string>

namespace tarjotin {

struct ShortlistWords {
  const char* title;           // page heading
  const char* intro;           // one sentence under it
  const char* note;            // heading of the counsellor's note
  const char* what;
  const char* who;
  const char* when;
  const char* where;
  const char* price;
  const char* signup;
  const char* phone;
  const char* web;
  const char* free;
  const char* price_unknown;
  const char* signup_yes;
  const char* signup_no;
  const char* signup_unknown;
  const char* when_none;       // no dates: a place or a service
  const char* more_dates;      // "and N more dates" (N is put before it)
  const char* ages;            // "Ages"
  const char* languages;       // "Held in"
  const char* transit;         // how to get there, for a place with an address
  const char* gone;            // the listing is no longer available
  const char* expires;         // "You can open this list until"
  const char* print;           // button
  const char* missing_title;   // unknown or expired list
  const char* missing_text;
  const char* cancelled;
  const char* weekdays[7];     // Monday first
  const char* at;              // between date and time
};

// The words in `lang`; Finnish for anything else.
const ShortlistWords& shortlist_words(const std::string& lang);

}  // namespace tarjotin
