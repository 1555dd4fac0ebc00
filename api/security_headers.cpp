#include "api/security_headers.h"

namespace tarjotin {

std::string page_content_security_policy(const std::string& frame_ancestors) {
  return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
         "base-uri 'none'; form-action 'self'; frame-ancestors " +
         (frame_ancestors.empty() ? std::string("'none'") : frame_ancestors);
}

void add_html_security_headers(httplib::Response& res, const std::string& frame_ancestors) {
  if (res.get_header_value("Content-Type").rfind("text/html", 0) != 0) return;
  if (!res.has_header("Content-Security-Policy"))
    res.set_header("Content-Security-Policy", page_content_security_policy(frame_ancestors));
  if (!res.has_header("Referrer-Policy")) res.set_header("Referrer-Policy", "no-referrer");
}

}  // namespace tarjotin
