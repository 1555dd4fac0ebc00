#pragma once
// The resident search page and the embeddable widget, served from a
// directory of plain files (the project's web/ by default; see README):
//
//   GET /            web_dir/index.html
//   GET /embed.js    web_dir/embed.js
//   GET /web/{file}  web_dir/{file}: one flat directory of .html .css .js
//                    .svg .json files, names [a-z0-9][a-z0-9_.-]*
//
// Files are read on every request (they are small, and the server's ETag
// makes repeat loads cheap), so the page has no build step and an edit shows
// on reload. A name outside that form, a missing file, or one that is not a
// regular file inside web_dir (a symlink out of it) is 404 JSON.
// Thread-safe: reads only.

#include <httplib.h>

#include <string>

namespace tarjotin {

// Sends web_dir/name with its media type, or a 404. `name` is what the route
// matched; it is checked again here.
void handle_static_file(const std::string& web_dir, const std::string& name, httplib::Response& res);

}  // namespace tarjotin
