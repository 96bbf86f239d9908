#pragma once
// Each subcommand registers itself on the CLI11 app and sets `run` when it is chosen.
#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace atscan::cli {

enum Exit { kClean = 0, kFindings = 1, kUsage = 2 };

struct GlobalOptions {
  std::string rules_dir;   // --rules
  std::string profile;     // --profile NAME|FILE; "" = the configuration file's, else aws-ats
  std::string now;         // --now YYYY-MM-DD ("" = SOURCE_DATE_EPOCH, else the machine clock)
  const char* argv0 = "atscan";
};

using Runner = std::function<int()>;

void add_scan_command(CLI::App& app, GlobalOptions& g, Runner& run);
void add_rules_commands(CLI::App& app, GlobalOptions& g, Runner& run);
void add_cert_commands(CLI::App& app, GlobalOptions& g, Runner& run);
void add_merge_command(CLI::App& app, GlobalOptions& g, Runner& run);
void add_baseline_command(CLI::App& app, GlobalOptions& g, Runner& run);
void add_fix_command(CLI::App& app, GlobalOptions& g, Runner& run);
void add_config_command(CLI::App& app, GlobalOptions& g, Runner& run);

}  // namespace atscan::cli
