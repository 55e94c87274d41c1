// `baokan`: dispatches to the subcommands registered in tools/<command>.cc.
//
//   baokan --help | --version | help [CMD] | CMD [OPTIONS] ARGS...

#include <algorithm>
#include <exception>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "command.h"

namespace baokan::cli {
namespace {

constexpr const char* kToolSummary =
    "baokan (报刊): split Chinese newspaper pages into articles, fold reprints into\n"
    "their originals, and label every article by region and subject.";

void AddSharedOptions(po::options_description* options) {
  options->add_options()
      ("output,o", po::value<std::string>()->default_value("-"),
       "write the output here (- is stdout); .gz and .zst compress by name")
      ("threads", po::value<int>()->default_value(0), "worker threads (0: all cores)")
      ("quiet", "no progress and no summary on stderr")
      ("help,h", "print this help");
}

void PrintToolHelp(std::ostream& out) {
  out << kToolSummary << "\n\n"
      << "Usage: baokan COMMAND [OPTIONS] ARGS...\n"
      << "       baokan help COMMAND | COMMAND --help\n"
      << "       baokan --version\n\n"
      << "Commands:\n";
  size_t width = 0;
  for (const Command* c : Commands()) width = std::max(width, std::string(c->name).size());
  for (const Command* c : Commands()) {
    out << "  " << c->name << std::string(width - std::string(c->name).size() + 3, ' ')
        << c->summary << "\n";
  }
  out << "\nEvery command reads files, directories (walked recursively) or - (stdin),\n"
         "writes data to stdout or -o FILE, and diagnostics to stderr.\n"
         "Exit status: 0 success, 1 a data or I/O error, 2 a usage error.\n";
}

void BuildOptions(const Command& c, po::options_description* own,
                  po::positional_options_description* positional) {
  c.add_options(own, positional);
}

void PrintCommandHelp(const Command& c, std::ostream& out) {
  po::options_description own("Options");
  po::positional_options_description positional;
  BuildOptions(c, &own, &positional);
  po::options_description shared("Shared options");
  AddSharedOptions(&shared);
  out << "Usage: " << c.usage << "\n\n" << c.summary << "\n\n";
  if (!own.options().empty()) out << own << "\n";
  out << shared;
  if (c.details && *c.details) out << "\n" << c.details;
}

// The registered command nearest to `name` by edit distance, if close.
std::string Nearest(const std::string& name) {
  std::string best;
  size_t best_distance = 3;
  for (const Command* c : Commands()) {
    std::string candidate = c->name;
    std::vector<size_t> row(candidate.size() + 1);
    for (size_t j = 0; j <= candidate.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= name.size(); ++i) {
      size_t diagonal = row[0];
      row[0] = i;
      for (size_t j = 1; j <= candidate.size(); ++j) {
        size_t next = std::min({row[j] + 1, row[j - 1] + 1,
                                diagonal + (name[i - 1] == candidate[j - 1] ? 0 : 1)});
        diagonal = row[j];
        row[j] = next;
      }
    }
    if (row.back() < best_distance) {
      best_distance = row.back();
      best = candidate;
    }
  }
  return best;
}

int UnknownCommand(const std::string& name) {
  std::string nearest = Nearest(name);
  std::cerr << "baokan: unknown command '" << name << "'";
  if (!nearest.empty()) std::cerr << " (did you mean '" << nearest << "'?)";
  std::cerr << "; try 'baokan --help'\n";
  return kExitUsage;
}

int RunCommand(const Command& c, const std::vector<std::string>& args) {
  po::options_description all;
  po::options_description own;
  po::positional_options_description positional;
  BuildOptions(c, &own, &positional);
  po::options_description shared;
  AddSharedOptions(&shared);
  all.add(own).add(shared);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    if (vm.count("help")) {
      PrintCommandHelp(c, std::cout);
      return kExitOk;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "baokan " << c.name << ": " << e.what() << "; try 'baokan " << c.name
              << " --help'\n";
    return kExitUsage;
  }
  Env env(c.name, vm);
  try {
    return c.run(vm, &env);
  } catch (const std::exception& e) {
    // A library bug, not bad input: say so plainly instead of aborting.
    env.Error(std::string("internal error: ") + e.what());
    return kExitDataError;
  }
}

int Main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    PrintToolHelp(std::cerr);
    return kExitUsage;
  }
  const std::string& first = args[0];
  if (first == "--help" || first == "-h") {
    PrintToolHelp(std::cout);
    return kExitOk;
  }
  if (first == "--version") {
    std::cout << "baokan " << BAOKAN_VERSION << "\n";
    return kExitOk;
  }
  if (first == "help") {
    if (args.size() == 1) {
      PrintToolHelp(std::cout);
      return kExitOk;
    }
    const Command* c = FindCommand(args[1]);
    if (c == nullptr) return UnknownCommand(args[1]);
    PrintCommandHelp(*c, std::cout);
    return kExitOk;
  }
  if (!first.empty() && first[0] == '-') {
    std::cerr << "baokan: unknown option '" << first << "'; try 'baokan --help'\n";
    return kExitUsage;
  }
  const Command* c = FindCommand(first);
  if (c == nullptr) return UnknownCommand(first);
  return RunCommand(*c, std::vector<std::string>(args.begin() + 1, args.end()));
}

}  // namespace
}  // namespace baokan::cli

int main(int argc, char** argv) { return baokan::cli::Main(argc, argv); }
