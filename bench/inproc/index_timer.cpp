// index_timer: times the query mix on the index alone, in process, with no
// HTTP and no JSON rendering: each query string goes through the API's own
// parse_search_params() into a SearchRequest and then Searcher::search().
//
//   index_timer INDEX_ROOT QUERIES.tsv SECONDS_PER_CLASS [nowarm] > result.json
//
// QUERIES.tsv: one query per line, "<class>\t<name>=<value>\t<name>=<value>..."
// (values decoded, no tabs). Single thread. Every class first runs its queries
// once to warm up (unless "nowarm": the caches are warm already), then cycles
// through them for SECONDS_PER_CLASS (at least one pass). Prints {"<class>": {"n", "p50_ms", "p95_ms", "p99_ms", "max_ms",
// "mean_ms", "total_sum"}} where total_sum is the sum of SearchResponse::total
// over one pass (a cheap check that the index answered).
//
// Built by scripts/bench with g++ against the static libraries of a tarjotin
// build (libtarjotin_api.a for the parser, libtarjotin_index.a, libtarjotin_model.a).

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "api/search_params.h"
#include "index/searcher.h"
#include "model/time.h"

namespace {

using tarjotin::QueryParams;
using tarjotin::SearchRequest;

struct Query {
  std::string line;
  SearchRequest request;
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t begin = 0;
  while (true) {
    const std::size_t end = s.find(sep, begin);
    out.push_back(s.substr(begin, end == std::string::npos ? std::string::npos : end - begin));
    if (end == std::string::npos) return out;
    begin = end + 1;
  }
}

double percentile(std::vector<double> sorted, double p) {
  if (sorted.empty()) return 0;
  const std::size_t i = std::min(sorted.size() - 1, static_cast<std::size_t>(p * (sorted.size() - 1) + 0.5));
  return sorted[i];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4 && !(argc == 5 && std::string(argv[4]) == "nowarm")) {
    std::cerr << "usage: index_timer INDEX_ROOT QUERIES.tsv SECONDS_PER_CLASS [nowarm]\n";
    return 2;
  }
  const bool warm_up = argc == 4;
  const std::string root = argv[1];
  const double seconds = std::stod(argv[3]);
  std::ifstream in(argv[2]);
  std::map<std::string, std::vector<Query>> classes;
  const std::int64_t now = tarjotin::now_utc();
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    const std::vector<std::string> fields = split(line, '\t');
    QueryParams params;
    for (std::size_t i = 1; i < fields.size(); ++i) {
      const std::size_t eq = fields[i].find('=');
      if (eq != std::string::npos) params.emplace(fields[i].substr(0, eq), fields[i].substr(eq + 1));
    }
    auto parsed = tarjotin::parse_search_params(params, now);
    if (auto* error = std::get_if<tarjotin::ParamError>(&parsed)) {
      std::cerr << "refused (" << error->parameter << ": " << error->message << "): " << line << "\n";
      return 1;
    }
    classes[fields[0]].push_back({line, std::get<SearchRequest>(parsed)});
  }

  tarjotin::Searcher searcher(root);
  using Clock = std::chrono::steady_clock;
  std::printf("{");
  bool first_class = true;
  for (auto& [name, queries] : classes) {
    std::int64_t total_sum = 0;
    for (const Query& q : queries)
      if (warm_up) total_sum += searcher.search(q.request).total;  // warm-up pass
    std::vector<double> ms;
    const auto began = Clock::now();
    for (std::size_t i = 0;; ++i) {
      const Query& q = queries[i % queries.size()];
      const auto t0 = Clock::now();
      const tarjotin::SearchResponse response = searcher.search(q.request);
      const auto t1 = Clock::now();
      if (!warm_up && i < queries.size()) total_sum += response.total;
      ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
      if (i + 1 >= queries.size() && std::chrono::duration<double>(t1 - began).count() >= seconds) break;
    }
    double sum = 0;
    for (double v : ms) sum += v;
    std::sort(ms.begin(), ms.end());
    std::printf("%s\n \"%s\": {\"n\": %zu, \"p50_ms\": %.3f, \"p95_ms\": %.3f, \"p99_ms\": %.3f, \"max_ms\": %.3f, "
                "\"mean_ms\": %.3f, \"total_sum\": %lld}",
                first_class ? "" : ",", name.c_str(), ms.size(), percentile(ms, 0.50), percentile(ms, 0.95),
                percentile(ms, 0.99), ms.back(), sum / ms.size(), static_cast<long long>(total_sum));
    first_class = false;
    std::fflush(stdout);
  }
  std::printf("\n}\n");
  return 0;
}
