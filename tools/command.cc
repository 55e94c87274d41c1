#include "command.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <thread>

namespace baokan::cli {
namespace {

std::map<std::string, Command, std::less<>>& Registry() {
  static auto* registry = new std::map<std::string, Command, std::less<>>();
  return *registry;
}

}  // namespace

bool RegisterCommand(const Command& command) {
  Registry().emplace(command.name, command);
  return true;
}

std::vector<const Command*> Commands() {
  std::vector<const Command*> out;
  for (const auto& [name, command] : Registry()) out.push_back(&command);
  return out;
}

const Command* FindCommand(std::string_view name) {
  auto it = Registry().find(name);
  return it == Registry().end() ? nullptr : &it->second;
}

Env::Env(std::string command, const po::variables_map& vm) : command_(std::move(command)) {
  if (vm.count("output")) output_ = vm["output"].as<std::string>();
  if (output_.empty()) output_ = "-";
  if (vm.count("threads")) threads_ = vm["threads"].as<int>();
  if (threads_ <= 0) threads_ = std::max(1u, std::thread::hardware_concurrency());
  quiet_ = vm.count("quiet") > 0;
  show_progress_ = !quiet_ && isatty(STDERR_FILENO);
}

void Env::Error(std::string_view message) {
  ++errors_;
  EndProgress();
  std::cerr << "baokan " << command_ << ": " << message << "\n";
}

void Env::Info(std::string_view message) const {
  if (quiet_) return;
  EndProgress();
  std::cerr << "baokan " << command_ << ": " << message << "\n";
}

namespace {
bool progress_drawn = false;
}  // namespace

void Env::Progress(std::string_view line) const {
  if (!show_progress_) return;
  std::cerr << "\r\033[K" << line << std::flush;
  progress_drawn = true;
}

void Env::EndProgress() const {
  if (!progress_drawn) return;
  std::cerr << "\r\033[K" << std::flush;
  progress_drawn = false;
}

std::string WithFlagName(const std::string& message, const po::variables_map& vm) {
  const size_t end = message.find_first_not_of("abcdefghijklmnopqrstuvwxyz_");
  if (end == 0 || end == std::string::npos) return message;
  std::string flag = message.substr(0, end);
  std::replace(flag.begin(), flag.end(), '_', '-');
  return vm.count(flag) ? "--" + flag + message.substr(end) : message;
}

}  // namespace baokan::cli
