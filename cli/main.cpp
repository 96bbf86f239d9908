// atscan: finds certificate pinning, custom CA bundles and disabled verification, and decides with
// real X.509 work whether they still accept S3/CloudFront after a CA move.
#include <cstring>
#include <iostream>

#ifdef ATSCAN_WITH_MIMALLOC
#include <mimalloc.h>
#include <unistd.h>

#include "cli/heap_policy.h"
#endif

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/usage_hints.h"
#include "core/util/clock.h"

#ifdef ATSCAN_WITH_MIMALLOC
namespace {
// The heap in transparent huge pages where the kernel offers them (THP "madvise"): the first touch of
// each 4 KiB page was 13-15% of a cold scan's CPU time on a virtual machine (23,000-30,000 faults at
// about 11 µs each); with 2 MiB pages a cold scan of a real tree takes 5-10% less wall time
// (bench/results/real.md). mimalloc asks for huge pages only for memory it commits at once, so:
//   - every segment is committed whole when it is made (eager_commit_delay 0): by default a thread's
//     first segment is committed page by page, and the threads' segments, two thirds of a scan's heap,
//     were faulted in 4 KiB at a time (python: 19,800 faults → 900; cold wall −8 to −14% on the real trees); not on
//     machines with many CPUs, where as many workers would each hold a few huge pages (heap_policy.h);
//   - freed memory is kept, not given back (allow_decommit 0): giving back part of a huge page splits
//     it, and the next use faults it in again page by page. atscan is a process per run; the cost is
//     10-20 MiB more resident at the peak.
// Set before mimalloc starts (an executable's .preinit_array runs before any library's initializer):
// enabled later, the segment the main thread already holds, where the flow solver's graph lives, kept
// small pages. An option named in the environment (MIMALLOC_LARGE_OS_PAGES, …) is left to it.
bool in_environment(char** envp, const char* name) {
  const size_t n = std::strlen(name);
  for (char** e = envp; e && *e; ++e)
    if (std::strncmp(*e, name, n) == 0 && (*e)[n] == '=') return true;
  return false;
}
void large_pages_before_mimalloc_starts(int, char**, char** envp) {
  if (!in_environment(envp, "MIMALLOC_LARGE_OS_PAGES")) mi_option_enable(mi_option_large_os_pages);
  if (!in_environment(envp, "MIMALLOC_EAGER_COMMIT_DELAY") && atscan::cli::commit_segments_whole(sysconf(_SC_NPROCESSORS_ONLN)))
    mi_option_set(mi_option_eager_commit_delay, 0);
  if (!in_environment(envp, "MIMALLOC_ALLOW_DECOMMIT")) mi_option_disable(mi_option_allow_decommit);
}
[[gnu::section(".preinit_array"), gnu::used]] void (*const kLargePages)(int, char**, char**) = large_pages_before_mimalloc_starts;
}  // namespace
#endif

int main(int argc, char** argv) {
  using namespace atscan::cli;
  // Named "atscan" whatever argv[0] is, so help and the generated man page show the command a user types.
  CLI::App app{"atscan: find trust configuration that breaks S3/CloudFront after a CA change", "atscan"};
  app.set_version_flag("--version", std::string("atscan ") + ATSCAN_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // global options (--rules, --profile) may follow the subcommand
  GlobalOptions g;
  g.argv0 = argv[0];
  app.add_option("--rules", g.rules_dir, "Rule catalog directory")->check(CLI::ExistingDirectory);
  app.add_option("--profile", g.profile, "CA migration profile: a name under rules/profiles or a YAML file (default: aws-ats)");
  app.add_option("--now", g.now,
                 "Today's date for every date decision (expiry, pin-set expiration), YYYY-MM-DD "
                 "(default: SOURCE_DATE_EPOCH, else the machine clock)")
      ->check([](const std::string& v) {
        return atscan::parse_iso_day(v) ? std::string() : "'" + v + "' is not a date (YYYY-MM-DD)";
      });
  Runner run;
  add_scan_command(app, g, run);
  add_rules_commands(app, g, run);
  add_cert_commands(app, g, run);
  add_merge_command(app, g, run);
  add_baseline_command(app, g, run);
  add_fix_command(app, g, run);
  add_config_command(app, g, run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "atscan: error: " << usage_error_message(app, argc, argv, e) << '\n';
    return kUsage;
  }
  try {
    return run ? run() : kUsage;
  } catch (const UsageError& e) {
    std::cerr << "atscan: error: " << e.what() << '\n';
    return kUsage;
  } catch (const std::exception& e) {
    std::cerr << "atscan: error: " << e.what() << '\n';
    return kUsage;
  }
}
