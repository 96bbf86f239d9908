// `atscan config --dump [PATH…]`: the configuration a scan of PATH would use, as YAML that
// `--config FILE` reads back to the same settings.
#include <iostream>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/project_settings.h"
#include "cli/scan_args.h"

namespace atscan::cli {
namespace {

struct ConfigArgs {
  ScanArgs scan;
  bool dump = false;
};

int run_config(const ConfigArgs& a, const GlobalOptions& g) {
  if (!a.dump) throw UsageError("config: nothing to do (use --dump)");
  const ProjectSettings settings = load_project_settings(a.scan);
  ProjectConfig effective = settings.primary();
  // Rule names are checked as a scan would check them, so a dumped file is one a scan accepts.
  check_rule_names(settings, a.scan, load_catalog(g));
  if (!g.profile.empty()) effective.profile = g.profile;
  for (const auto& c : settings.configs) std::cerr << "atscan: config: " << c.file << '\n';
  if (settings.configs.empty()) std::cerr << "atscan: config: no .atscan.yaml found; the defaults\n";
  std::cout << dump_project_config(effective);
  return kClean;
}

}  // namespace

void add_config_command(CLI::App& app, GlobalOptions& g, Runner& run) {
  auto a = std::make_shared<ConfigArgs>();
  auto* cmd = app.add_subcommand("config", "Show the configuration (.atscan.yaml) a scan of PATH would use");
  cmd->add_option("PATH", a->scan.paths, "Where the scan would start (default: .)");
  cmd->add_flag("--dump", a->dump, "Print the effective configuration as YAML (reads back with --config)");
  cmd->add_option("--config", a->scan.config, "Read this configuration file instead of the .atscan.yaml found above the paths")
      ->check(CLI::ExistingFile);
  cmd->add_flag("--no-config", a->scan.no_config, "Read no configuration file");
  cmd->callback([&run, &g, a] { run = [&g, a] { return run_config(*a, g); }; });
}

}  // namespace atscan::cli
