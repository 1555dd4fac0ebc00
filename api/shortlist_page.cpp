#include "api/shortlist_page.h"

#include <xapian.h>

#include <algorithm>
#include <cstdio>

#include "api/html_escape.h"
#include "api/shortlist_page_text.h"
#include "index/value_labels.h"
#include "model/html_text.h"
#include "model/labels.h"
#include "model/time.h"

namespace tarjotin {
namespace {

constexpr std::size_t kDatesShown = 4;
constexpr std::size_t kWhatChars = 400;

// Large type, high contrast, one listing per block; A4 when printed.
const char* const kStyle = R"css(
:root{color-scheme:light}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.25rem;line-height:1.5;
color:#111;background:#fff;margin:0 auto;max-width:46rem;padding:1rem}
h1{font-size:2rem;margin:.5rem 0}h2{font-size:1.5rem;margin:0 0 .5rem}
.intro,.expires{font-size:1.125rem}
.note{border-left:.4rem solid #0a5;padding:.25rem 1rem;background:#f2f8f4;white-space:pre-wrap}
article{border:2px solid #333;border-radius:.5rem;padding:1rem;margin:1rem 0;break-inside:avoid;page-break-inside:avoid}
dl{margin:0}dt{font-weight:700;margin-top:.5rem}dd{margin:0}
.gone{color:#333;font-style:italic}
a{color:#0645ad}
button{font:inherit;padding:.5rem 1.5rem;border:2px solid #111;border-radius:.5rem;background:#fff;cursor:pointer;min-height:44px}
button:focus{outline:3px solid #0645ad;outline-offset:2px}
@page{size:A4;margin:15mm}
@media print{body{font-size:14pt;max-width:none;padding:0}button{display:none}a{color:#000;text-decoration:none}
a[href]:after{content:" (" attr(href) ")";font-size:11pt;word-break:break-all}}
)css";

std::string e(const std::string& text) { return html_escape(text); }

std::string two(int n) {
  char buf[12];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

// "ti 2.12.2026 klo 17.00" in Helsinki time; only the date for a whole day.
std::string local_when(const Occurrence& o, const ShortlistWords& w, const std::string& lang) {
  const std::int64_t local = o.start + helsinki_offset_seconds(o.start);
  const std::int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  int y = 0, m = 0, d = 0;
  civil_from_days(days, &y, &m, &d);
  const int weekday = static_cast<int>(((days % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday (3)
  std::string out = std::string(w.weekdays[weekday]) + " " + std::to_string(d) + "." + std::to_string(m) + "." +
                    std::to_string(y);
  if (o.date_only) return out;
  const int minutes = static_cast<int>((local - days * 86400) / 60);
  const std::string sep = lang == "en" ? ":" : ".";
  return out + " " + w.at + " " + two(minutes / 60) + sep + two(minutes % 60);
}

std::string when_html(const Listing& l, const ShortlistWords& w, const std::string& lang, std::int64_t now) {
  std::vector<Occurrence> coming;
  for (const Occurrence& o : l.occurrences)
    if (o.end.value_or(o.start) >= now) coming.push_back(o);
  std::sort(coming.begin(), coming.end(), [](const Occurrence& a, const Occurrence& b) { return a.start < b.start; });
  if (coming.empty()) return e(w.when_none);
  std::string out;
  for (std::size_t i = 0; i < coming.size() && i < kDatesShown; ++i)
    out += (i ? "<br>" : "") + e(local_when(coming[i], w, lang));
  if (coming.size() > kDatesShown)
    out += "<br>+ " + std::to_string(coming.size() - kDatesShown) + " " + e(w.more_dates);
  return out;
}

std::string who_html(const Listing& l, const ShortlistWords& w, const std::string& lang) {
  std::vector<std::string> parts;
  const Xapian::Database none;  // target groups are labelled by the vocabulary, not the index
  std::string groups;
  for (const std::string& code : l.target_groups)
    groups += (groups.empty() ? "" : ", ") + facet_value_label(none, "target_group", code, lang);
  if (!groups.empty()) parts.push_back(e(groups));
  if (l.min_age || l.max_age) {
    std::string ages = std::string(w.ages) + " ";
    if (l.min_age) ages += std::to_string(*l.min_age);
    ages += "–";
    if (l.max_age) ages += std::to_string(*l.max_age);
    parts.push_back(e(ages));
  }
  if (!l.languages.empty()) {
    std::string langs;
    for (const std::string& code : l.languages) langs += (langs.empty() ? "" : ", ") + fixed_label("language", code, lang);
    parts.push_back(e(std::string(w.languages) + ": " + langs));
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "<br>") + p;
  return out;
}

std::string where_html(const Listing& l, const ShortlistWords& w, const std::string& lang) {
  std::vector<std::string> lines;
  if (auto name = pick_text(l.location.name, lang); !name.empty()) lines.push_back(e(name));
  std::string address = pick_text(l.location.street_address, lang);
  std::string town = l.location.postal_code;
  if (auto m = pick_text(l.location.municipality, lang); !m.empty()) town += (town.empty() ? "" : " ") + m;
  if (!address.empty()) lines.push_back(e(address) + (town.empty() ? "" : ", " + e(town)));
  else if (!town.empty()) lines.push_back(e(town));
  if (!address.empty()) lines.push_back(e(w.transit));
  std::string out;
  for (const auto& line : lines) out += (out.empty() ? "" : "<br>") + line;
  return out;
}

std::string price_html(const Listing& l, const ShortlistWords& w, const std::string& lang) {
  if (l.price.free == Tri::yes) return e(w.free);
  const std::string text = pick_text(l.price.text, lang);
  return e(text.empty() ? w.price_unknown : text);
}

std::string signup_html(const Listing& l, const ShortlistWords& w) {
  std::string out = e(l.registration.required == Tri::yes  ? w.signup_yes
                      : l.registration.required == Tri::no ? w.signup_no
                                                           : w.signup_unknown);
  if (const std::string link = safe_link(l.registration.url); !link.empty())
    out += "<br><a href=\"" + e(link) + "\">" + e(link) + "</a>";
  return out;
}

std::string what_text(const Listing& l, const std::string& lang) {
  std::string text = pick_text(l.summary, lang);
  if (text.empty()) text = html_to_text(pick_text(l.description, lang));
  if (text.size() > kWhatChars) {
    std::size_t cut = text.rfind(' ', kWhatChars);
    text = text.substr(0, cut == std::string::npos ? kWhatChars : cut) + " …";
  }
  return text;
}

void row(std::string& out, const char* label, const std::string& html) {
  if (html.empty()) return;
  out += "<dt>" + e(label) + "</dt><dd>" + html + "</dd>";
}

std::string listing_html(const Listing& l, const ShortlistWords& w, const std::string& lang, std::int64_t now) {
  std::string out = "<article><h2>" + e(pick_text(l.name, lang)) + "</h2>";
  if (l.status == EventStatus::cancelled) out += "<p><strong>" + e(w.cancelled) + "</strong></p>";
  out += "<dl>";
  row(out, w.what, e(what_text(l, lang)));
  row(out, w.who, who_html(l, w, lang));
  row(out, w.when, when_html(l, w, lang, now));
  row(out, w.where, where_html(l, w, lang));
  row(out, w.price, price_html(l, w, lang));
  row(out, w.signup, signup_html(l, w));
  if (!l.contact.phone.empty())
    row(out, w.phone, "<a href=\"tel:" + e(l.contact.phone) + "\">" + e(l.contact.phone) + "</a>");
  if (const std::string link = safe_link(l.contact.url); !link.empty())
    row(out, w.web, "<a href=\"" + e(link) + "\">" + e(link) + "</a>");
  return out + "</dl></article>";
}

std::string page(const std::string& lang, const std::string& title, const std::string& body) {
  return "<!doctype html><html lang=\"" + e(lang) + "\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<meta name=\"robots\" content=\"noindex\">"
         "<title>" + e(title) + "</title><style>" + kStyle + "</style></head><body><main>" + body +
         "</main></body></html>\n";
}

}  // namespace

std::string shortlist_page_html(const Shortlist& list, const std::vector<std::optional<Listing>>& listings,
                                std::int64_t now) {
  const ShortlistWords& w = shortlist_words(list.lang);
  std::string body = "<h1>" + e(w.title) + "</h1><p class=\"intro\">" + e(w.intro) + "</p>";
  body += "<p><button type=\"button\" id=\"print\">" + e(w.print) + "</button></p>";
  if (!list.note.empty())
    body += "<section aria-labelledby=\"note-h\"><h2 id=\"note-h\">" + e(w.note) + "</h2><p class=\"note\">" +
            e(list.note) + "</p></section>";
  for (std::size_t i = 0; i < list.listing_ids.size(); ++i) {
    if (i < listings.size() && listings[i]) {
      body += listing_html(*listings[i], w, list.lang, now);
    } else {
      body += "<article class=\"gone\"><p>" + e(w.gone) + "</p></article>";
    }
  }
  Occurrence until{list.expires, std::nullopt, true};
  body += "<p class=\"expires\">" + e(w.expires) + " " + e(local_when(until, w, list.lang)) + ".</p>";
  // The only script: the print button (CSP allows scripts from this origin only).
  body += "<script src=\"/web/print.js\"></script>";
  return page(list.lang, w.title, body);
}

std::string shortlist_missing_html(const std::string& lang) {
  const ShortlistWords& w = shortlist_words(lang);
  return page(lang == "sv" || lang == "en" ? lang : "fi", w.missing_title,
              "<h1>" + e(w.missing_title) + "</h1><p>" + e(w.missing_text) + "</p>");
}

}  // namespace tarjotin
