#pragma once
// Security headers of HTML responses (the search page at /, /web/*.html; the
// shortlist page /s/{id} sets its own, stricter policy and keeps it):
//
//   Content-Security-Policy: default-src 'self'; script-src 'self'; (no inline
//     script, no eval) object-src 'none'; base-uri 'none'; form-action 'self';
//     img-src 'self' data:; frame-ancestors <frame_ancestors>
//   Referrer-Policy: no-referrer (a search or a shortlist id never leaks to the
//     sites a listing links to)
//
// X-Content-Type-Options: nosniff is on every response (a default header).
// Scripts (/embed.js, /web/*.js) get no policy: other sites load them as
// scripts, and a CSP only means something on a document.
// Pure; thread-safe.

#include <httplib.h>

#include <string>

namespace tarjotin {

// The search page's policy with `frame_ancestors` ("'none'", "'self'", or
// origins such as "https://www.hel.fi").
std::string page_content_security_policy(const std::string& frame_ancestors);

// Adds the headers to `res` when it is HTML and has no policy of its own yet.
void add_html_security_headers(httplib::Response& res, const std::string& frame_ancestors);

}  // namespace tarjotin
