// `atscan fix [PATH…]`: apply the safe fixes findings carry; `--fix-diff` prints a unified diff instead.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/scan_args.h"
#include "core/filters/fix_apply.h"
#include "core/filters/fix_producers.h"
#include "core/report/display_paths.h"

namespace atscan::cli {
namespace {

struct FixArgs {
  ScanArgs scan;
  bool diff_only = false;
};

int run_fix(const FixArgs& a, const GlobalOptions& g) {
  ScanRun r = scan_with_filters(a.scan, g);
  auto& out = r.outcome;
  // The anchors appended or pinned are the selected profile's, whatever migration it describes.
  const auto profile = load_profile(g);
  add_fixes(out.findings, FixInputs{out.root, anchors_pem(*profile), profile->id});
  std::vector<Notification> notes;
  auto changes = plan_changes(out.findings, out.root, notes);
  // The diff's paths are relative to --root (default: here), so `git apply` works where atscan ran;
  // messages show paths as the user typed them.
  const DisplayPaths paths(out.root, a.scan.paths, std::filesystem::current_path().generic_string());
  if (a.diff_only) {
    const std::string base = report_base(a.scan);
    for (auto c : changes) {
      c.file = paths.relative_to(c.file, base);
      std::cout << unified_diff(c);
    }
  } else {
    int written = write_changes(changes, out.root, notes);
    for (const auto& c : changes)
      for (const auto& d : c.descriptions) std::cerr << paths.as_typed(c.file) << ": fixed: " << d << '\n';
    std::cerr << "atscan: fixed " << written << " file" << (written == 1 ? "" : "s") << '\n';
  }
  bool failed = false;
  std::vector<Finding> none;
  rewrite_paths(none, notes, [&](const std::string& p) { return paths.as_typed(p); });
  for (const auto& n : notes) {
    std::cerr << (n.file.empty() ? "atscan" : n.file) << ": " << n.level << ": " << n.message << '\n';
    failed = failed || n.level == "error";
  }
  return failed ? int{kUsage} : int{kClean};
}

}  // namespace

void add_fix_command(CLI::App& app, GlobalOptions& g, Runner& run) {
  auto a = std::make_shared<FixArgs>();
  auto* cmd = app.add_subcommand("fix", "Apply the safe fixes (append the profile's anchors to a bundle that lacks them)");
  add_scan_options(*cmd, a->scan, true);
  cmd->add_flag("--fix-diff", a->diff_only, "Print a unified diff of the fixes instead of writing files");
  cmd->callback([&run, &g, a, cmd] {
    note_given_options(*cmd, a->scan);
    run = [&g, a] { return run_fix(*a, g); };
  });
}

}  // namespace atscan::cli
