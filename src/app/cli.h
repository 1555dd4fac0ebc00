#pragma once
// The tarjotin command line: parses arguments and runs one subcommand.
//
//   tarjotin [--config PATH] sync [--source NAME]
//   tarjotin [--config PATH] serve
//   tarjotin [--config PATH] reindex
//   tarjotin [--config PATH] search QUERY [--lang fi|sv|en] [--json]
//   tarjotin [--config PATH] runs [--source NAME]
//   tarjotin [--config PATH] [--vocabulary DIR] vocab check|unmapped|reclassify [--source NAME] [--limit N]
//
// Every command loads the vocabulary (app/vocabulary_setup.h) when there is
// one: sync classifies listings with it, searches are labelled and expanded by it.
//
// Exit codes: 0 ok, 1 a source (or the index) failed, 2 usage or config error.

#include <string>
#include <vector>

namespace tarjotin {

int run_cli(const std::vector<std::string>& args);

}  // namespace tarjotin
