// `atscan baseline create [PATH…] -o FILE`: record today's findings so `scan --baseline FILE` shows only new ones.
#include <iostream>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/scan_args.h"
#include "core/filters/baseline.h"

namespace atscan::cli {

void add_baseline_command(CLI::App& app, GlobalOptions& g, Runner& run) {
  auto* baseline = app.add_subcommand("baseline", "Record known findings so later scans report only new ones");
  baseline->require_subcommand(1);
  auto a = std::make_shared<ScanArgs>();
  auto* create = baseline->add_subcommand("create", "Scan (same options as scan) and write the findings to a baseline file");
  add_scan_options(*create, *a, false);
  create->add_option("-o,--output", a->output, "Baseline file to write (JSON)")->required();
  create->callback([&run, &g, a, create] {
    note_given_options(*create, *a);
    run = [&g, a] {
      ScanRun r = scan_with_filters(*a, g);
      Baseline b = make_baseline(r.outcome.findings, std::string("atscan ") + ATSCAN_VERSION);
      try {
        save_baseline(b, a->output);
      } catch (const BaselineError& e) {
        throw UsageError(e.what());
      }
      // The baseline keeps paths relative to the scan root; what is printed shows them as typed.
      to_report_paths(r.outcome, *a, PathStyle::as_typed);
      for (const auto& n : r.outcome.notifications)
        if (n.level == "error") std::cerr << (n.file.empty() ? "atscan" : n.file) << ": " << n.level << ": " << n.message << '\n';
      std::cerr << "atscan: wrote " << b.entries.size() << " finding" << (b.entries.size() == 1 ? "" : "s") << " to " << a->output
                << '\n';
      return int{kClean};
    };
  });
}

}  // namespace atscan::cli
