#include "app/cli.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <thread>

#include <pthread.h>
#include <unistd.h>

#include "api/response_json.h"
#include "api/server.h"
#include "app/admin_jobs.h"
#include "app/check_command.h"
#include "app/config.h"
#include "app/index_outbox.h"
#include "app/label_suggestions.h"
#include "app/serve_role.h"
#include "app/shortlist_book.h"
#include "app/source_status.h"
#include "app/sync_scheduler.h"
#include "app/sync_runner.h"
#include "app/vocabulary_commands.h"
#include "app/vocabulary_setup.h"
#include "index/index_writer.h"
#include "index/searcher.h"
#include "model/time.h"
#include "store/store.h"
#include "vocabulary/vocabulary_json.h"
#include "tarjotin/version.h"

namespace tarjotin {
namespace {

constexpr int kOk = 0, kSourceFailed = 1, kUsage = 2;

const char* const kUsageText =
    "usage: tarjotin [--config PATH] COMMAND [options]\n"
    "\n"
    "commands:\n"
    "  sync [--source NAME] [--allow-mass-removal]\n"
    "                                      pull feeds, store and index them (all sources, or one)\n"
    "  serve [--no-sync]                   serve the search API on the config's \"listen\" address and\n"
    "                                      sync each source every interval_minutes (unless --no-sync)\n"
    "  reindex                             rebuild the search index from the store, swap it in atomically\n"
    "  check                               check the store and that the index agrees with it; rebuild the\n"
    "                                      index if not (exit 0 agreed, 1 repaired, 3 store damaged)\n"
    "  search QUERY [--lang L] [--json]    search the index from the command line\n"
    "  runs [--source NAME]                show recent sync runs\n"
    "  vocab check                         load and check the vocabulary files\n"
    "  vocab unmapped [--source NAME] [--limit N]\n"
    "                                      the most frequent stored source keywords no mapping covers\n"
    "  vocab reclassify                    classify every stored listing again, update the index\n"
    "\n"
    "The config defaults to config/tarjotin.json; the vocabulary to the directory \"vocabulary\" next to it\n"
    "(--vocabulary DIR to choose). Exit codes: 0 ok, 1 a source failed, 2 usage or config error.\n";

int usage_error(const std::string& message) {
  std::cerr << "tarjotin: " << message << "\n\n" << kUsageText;
  return kUsage;
}

struct Args {
  std::string config = "config/tarjotin.json";
  std::string command;
  std::vector<std::string> positional;
  std::string source;
  std::string lang = "fi";
  std::string vocabulary;  // --vocabulary DIR
  int limit = 50;          // --limit N (vocab unmapped)
  bool json = false;
  bool allow_mass_removal = false;
  bool no_sync = false;
};

std::optional<Args> parse_args(const std::vector<std::string>& argv, std::string* error) {
  Args args;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    auto value = [&](const char* name) -> std::optional<std::string> {
      if (i + 1 >= argv.size()) {
        *error = std::string(name) + " needs a value";
        return std::nullopt;
      }
      return argv[++i];
    };
    if (a == "--config") {
      auto v = value("--config");
      if (!v) return std::nullopt;
      args.config = *v;
    } else if (a == "--source") {
      auto v = value("--source");
      if (!v) return std::nullopt;
      args.source = *v;
    } else if (a == "--lang") {
      auto v = value("--lang");
      if (!v) return std::nullopt;
      args.lang = *v;
    } else if (a == "--vocabulary") {
      auto v = value("--vocabulary");
      if (!v) return std::nullopt;
      args.vocabulary = *v;
    } else if (a == "--limit") {
      auto v = value("--limit");
      if (!v) return std::nullopt;
      if (v->empty() || v->size() > 6 || v->find_first_not_of("0123456789") != std::string::npos) {
        *error = "--limit must be a whole number (0 = all)";
        return std::nullopt;
      }
      args.limit = std::stoi(*v);
    } else if (a == "--json") {
      args.json = true;
    } else if (a == "--no-sync") {
      args.no_sync = true;
    } else if (a == "--allow-mass-removal") {
      args.allow_mass_removal = true;
    } else if (a.size() > 1 && a[0] == '-') {
      *error = "unknown option " + a;
      return std::nullopt;
    } else if (args.command.empty()) {
      args.command = a;
    } else {
      args.positional.push_back(a);
    }
  }
  return args;
}

void ensure_data_dir(const Config& config) { std::filesystem::create_directories(config.data_dir); }

// The vocabulary of this run (nullptr when there is none), installed into the
// index for labels and query concepts.
using VocabularyPtr = std::shared_ptr<const VocabularySet>;

int command_sync(const Config& config, const Args& args, const VocabularyPtr& vocabulary) {
  std::vector<SourceConfig> sources;
  for (const auto& s : config.sources)
    if (args.source.empty() || s.name == args.source) sources.push_back(s);
  if (sources.empty())
    return usage_error(args.source.empty() ? "the config has no sources" : "no source named '" + args.source + "'");
  ensure_data_dir(config);
  Store store(config.store_path());
  if (rebuild_if_schema_changed(store, config.index_root()))
    std::cerr << "the index was built by another version of tarjotin; rebuilt it from the store" << std::endl;
  IndexWriter index(config.index_root());
  SyncOptions options;
  options.log = [](const std::string& line) { std::cerr << "error: " << line << "\n"; };
  options.allow_mass_removal = args.allow_mass_removal;
  options.classify = listing_classifier(vocabulary);
  const bool terminal = isatty(STDERR_FILENO);
  if (terminal) {
    options.progress = [](const std::string& source, int done, int total, int listings) {
      std::cerr << "\r" << source << ": page " << done;
      if (total > 0) std::cerr << "/" << total;
      std::cerr << ", " << listings << " listings   " << std::flush;
    };
  }
  int status = kOk;
  for (const auto& source : in_sync_order(sources)) {
    const SyncRun run = sync_source(source, store, index, options, plan_pull(store, source.name, now_utc()));
    if (terminal) std::cerr << "\r\033[K" << std::flush;
    std::cout << summary_line(run) << std::endl;
    if (run.status != "ok") status = kSourceFailed;
  }
  return status;
}

int command_reindex(const Config& config) {
  ensure_data_dir(config);
  Store store(config.store_path());
  const auto count = rebuild_index_from_store(store, config.index_root());
  std::cout << "reindexed " << count << " listings into " << config.index_root() << std::endl;
  return kOk;
}

int command_serve(const Config& config, const Args& args, const VocabularyPtr& vocabulary) {
  // Block the stop signals in every thread; one thread waits for them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  ensure_data_dir(config);
  // A serve that was killed may have left the index behind the store: check (and repair) first.
  if (config.role != Role::search) check_after_unclean_shutdown(config, std::cerr);
  ServeRole role(config);  // indexer: publishes the index; search: follows it (app/serve_role.h)
  std::unique_ptr<SyncScheduler> scheduler;
  if (!args.no_sync && !config.sources.empty() && role.syncs()) {
    SyncOptions sync_options;
    sync_options.log = [](const std::string& line) { std::cerr << "error: " << line << "\n"; };
    sync_options.classify = listing_classifier(vocabulary);
    scheduler = std::make_unique<SyncScheduler>(config, sync_options);
  }
  ApiOptions options;
  options.index_root = config.index_root();
  const std::string store_path = config.store_path();
  const SyncScheduler* scheduler_view = scheduler.get();
  // One SQLite connection per worker thread (and store file).
  const auto thread_store = [store_path]() -> Store& {
    thread_local std::map<std::string, std::unique_ptr<Store>> stores;
    auto& store = stores[store_path];
    if (!store) store = std::make_unique<Store>(store_path);
    return *store;
  };
  options.sources_json = [config, thread_store, scheduler_view] {
    return source_status_json(config, thread_store(), scheduler_view);
  };
  options.extra_metrics = [config, thread_store] { return source_metrics_text(config, thread_store(), now_utc()); };
  if (vocabulary) {
    options.vocabulary_json = vocabulary_json(vocabulary->vocabulary);
    options.label_suggestions = [vocabulary](const SuggestRequest& request) {
      return label_suggestions(vocabulary->vocabulary, request);
    };
  }
  // Counsellors' shortlists live in the store file; the API sees only the book.
  // A search node has no store: its shortlist routes answer 503 (serve_role.h).
  if (config.role != Role::search) options.shortlists = store_shortlist_book(store_path);
  options.shortlist_expiry_days = config.web.shortlist_expiry_days;
  options.shortlist_creates_per_hour = config.web.shortlist_creates_per_hour;
  options.web_dir = config.web.web_dir;
  // Limits, headers and the admin token (app/api_config.h); admin actions run in the background.
  apply_api_config(config.api, options);
  std::unique_ptr<AdminJobs> admin_jobs;
  if (!options.admin_token.empty()) {
    SyncOptions admin_sync;
    admin_sync.log = [](const std::string& line) { std::cerr << "error: " << line << "\n"; };
    admin_sync.classify = listing_classifier(vocabulary);
    admin_jobs = std::make_unique<AdminJobs>(config, admin_sync, role.syncs());
    AdminJobs* jobs = admin_jobs.get();
    options.admin_action = [jobs](const AdminRequest& request) { return jobs->start(request); };
  }
  role.configure_api(options);
  options.host = config.listen_host;
  options.port = config.listen_port;
  ApiServer server(options);
  std::string error;
  if (!server.bind(&error) || !role.start(&error)) {
    std::cerr << "tarjotin: " << error << "\n";
    return kSourceFailed;
  }
  std::atomic<bool> served{false};
  std::thread stopper([&] {
    int received = 0;
    sigwait(&signals, &received);
    // A signal that arrives before serve() listens would be lost by a single stop(): repeat it.
    while (!served) {
      server.stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
  if (scheduler) scheduler->start();
  std::cout << "tarjotin " TARJOTIN_VERSION " serving http://" << config.listen_host << ":" << server.bound_port()
            << "/  (Ctrl-C stops)" << std::endl;
  server.serve();
  served = true;
  // serve() returned because of a signal (or a fatal listen error): wake the stopper if needed.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  if (scheduler) scheduler->stop();
  if (admin_jobs) admin_jobs->stop();
  role.stop();
  if (config.role != Role::search) mark_clean_shutdown(config);
  return kOk;
}

int command_search(const Config& config, const Args& args) {
  if (args.positional.empty()) return usage_error("search needs a QUERY");
  if (args.lang != "fi" && args.lang != "sv" && args.lang != "en") return usage_error("--lang must be fi, sv or en");
  SearchRequest request;
  for (const auto& word : args.positional) request.q += (request.q.empty() ? "" : " ") + word;
  request.lang = args.lang;
  Searcher searcher(config.index_root());
  const SearchResponse response = searcher.search(request);
  if (args.json) {
    std::cout << search_response_json(request, response) << std::endl;
    return kOk;
  }
  std::cout << response.total << " listings\n";
  for (const SearchHit& hit : response.hits) {
    const Listing& l = hit.listing;
    std::string when;
    if (auto span = overall_span(l)) when = span->date_only ? format_helsinki_date(span->start) : format_helsinki(span->start);
    std::cout << "- " << pick_text(l.name, args.lang) << "  [" << l.id << "]";
    if (!when.empty()) std::cout << "  " << when;
    const std::string place = pick_text(l.location.name, args.lang);
    if (!place.empty()) std::cout << "  @ " << place;
    std::cout << "\n";
  }
  return kOk;
}

int command_vocab(const Config& config, const Args& args, const VocabularyPtr& vocabulary) {
  if (args.positional.size() != 1) return usage_error("vocab needs one of: check, unmapped, reclassify");
  if (!vocabulary)
    return usage_error("no vocabulary: none next to the config (" + config.path + "); use --vocabulary DIR");
  VocabCommand command;
  command.action = args.positional[0];
  command.source = args.source;
  command.limit = args.limit;
  return run_vocab_command(command, config, *vocabulary, std::cout, std::cerr);
}

int command_runs(const Config& config, const Args& args) {
  ensure_data_dir(config);
  Store store(config.store_path());
  for (const SyncRun& run : store.recent_runs(args.source, 20)) {
    std::cout << format_utc(run.started) << "  " << summary_line(run) << "\n";
    for (const auto& e : run.errors) std::cout << "    " << e << "\n";
  }
  return kOk;
}

}  // namespace

int run_cli(const std::vector<std::string>& argv) {
  std::string error;
  auto args = parse_args(argv, &error);
  if (!args) return usage_error(error);
  if (args->command.empty() || args->command == "help" || args->command == "--help") {
    std::cout << kUsageText;
    return args->command.empty() ? kUsage : kOk;
  }
  const std::vector<std::string> commands = {"sync", "serve", "reindex", "search", "runs", "vocab", "check"};
  if (std::find(commands.begin(), commands.end(), args->command) == commands.end())
    return usage_error("unknown command '" + args->command + "'");

  ConfigError config_error;
  auto config = load_config(args->config, &config_error);
  if (!config) {
    std::cerr << "tarjotin: " << config_error.to_string() << "\n";
    return kUsage;
  }
  if (const std::string refused = refused_by_role(*config, args->command, args->positional); !refused.empty())
    return usage_error(refused);
  prepare_role_environment(*config);
  VocabularyPtr vocabulary;
  if (const std::string dir = vocabulary_directory(*config, args->vocabulary); !dir.empty()) {
    VocabularyError vocabulary_error;
    vocabulary = load_vocabulary(dir, &vocabulary_error);
    if (!vocabulary) {
      std::cerr << "tarjotin: vocabulary " << vocabulary_error.to_string() << "\n";
      return kUsage;
    }
    install_vocabulary_in_index(vocabulary);
  }
  try {
    if (args->command == "sync") return command_sync(*config, *args, vocabulary);
    if (args->command == "serve") return command_serve(*config, *args, vocabulary);
    if (args->command == "vocab") return command_vocab(*config, *args, vocabulary);
    if (args->command == "reindex") return command_reindex(*config);
    if (args->command == "check") return command_check(*config, std::cout);
    if (args->command == "search") return command_search(*config, *args);
    return command_runs(*config, *args);
  } catch (const std::exception& e) {
    std::cerr << "tarjotin: " << e.what() << "\n";
    return kSourceFailed;
  }
}

}  // namespace tarjotin
