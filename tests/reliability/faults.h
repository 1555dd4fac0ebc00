#pragma once
// The fault table of the feed fault matrix (docs/reliability.md lists it):
// each Fault is one way an upstream feed misbehaves, what the sync must do
// about it, and how the test server produces it. A fault either changes the
// response to the requests of one catalogue page, changes the catalogue the
// server serves, changes how the server pages, or refuses connections.

#include <httplib.h>

#include <atomic>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "reliability/feed_kinds.h"

namespace tarjotin::testing {

enum class Expect {
  failed,  // the run is recorded as failed with an error naming source, URL and what was wrong
  ok,      // the run succeeds and the catalogue is exactly what the feed means
  kept,    // the run may succeed (a lenient parser) or fail, but any error names the source and nothing changes
  skip,    // not applicable to this connector type (it cannot happen with its paging)
};

struct Fault {
  std::string name;     // test name part, e.g. "Http500"
  std::string what;     // for the docs, e.g. "500 Internal Server Error on every attempt"
  Expect expect = Expect::failed;
  std::map<std::string, Expect> expect_for;  // per connector type, where it differs
  std::string error_pattern;                 // ECMAScript regex, case-insensitive, one run error must match
  int page = 1;               // the catalogue page whose responses it changes; -1 all; tpr has only page 1
  int catalogue_size = 15;    // listings in the feed before the fault
  int page_size = 3;
  bool refuse_connections = false;
  // Writes the faulty response; `body` is the good one, `attempt` counts requests of that page (1 first).
  std::function<void(httplib::Response& res, const std::string& body, int attempt, const std::atomic<bool>& stopping)>
      respond;
  std::function<void(std::vector<Item>& items)> change;  // the catalogue as the faulty feed has it
  std::vector<std::size_t> changed_items;                // catalogue positions `change` alters (exempt from equality)
  std::function<void(Wire& wire, const std::string& origin)> wire;

  Expect expectation(const std::string& type) const {
    const auto it = expect_for.find(type);
    return it == expect_for.end() ? expect : it->second;
  }
};

const std::vector<Fault>& feed_faults();

}  // namespace tarjotin::testing
