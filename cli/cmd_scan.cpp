// `atscan scan [PATH…]`: walk, find facts, judge, report.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/clang_source.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/scan_args.h"
#include "core/filters/baseline.h"
#include "core/filters/git_changes.h"
#include "core/filters/shard.h"
#include "core/filters/suppressions.h"
#include "core/hosts/host_classifier.h"
#include "core/report/reporter.h"
#include "core/trust/oracle.h"
#include "scanners/pipeline/scan.h"

namespace atscan::cli {
namespace {

std::uint64_t parse_size(const std::string& s) {
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || v < 0) throw UsageError("--max-file-size: not a size: '" + s + "'");
  std::string unit(end);
  double mult = 1;
  if (unit == "K" || unit == "k" || unit == "KiB") mult = 1024;
  else if (unit == "M" || unit == "m" || unit == "MiB") mult = 1024.0 * 1024;
  else if (unit == "G" || unit == "g" || unit == "GiB") mult = 1024.0 * 1024 * 1024;
  else if (!unit.empty()) throw UsageError("--max-file-size: unknown unit '" + unit + "' (use K, M or G)");
  return static_cast<std::uint64_t>(v * mult);
}

int run_scan_command(const ScanArgs& a, const GlobalOptions& g) {
  auto fail_on = parse_severity(a.fail_on);
  if (!fail_on) throw UsageError("--fail-on: expected error, warning, note or never");
  auto reporter = make_reporter(a.format);
  if (!reporter) throw UsageError("--format: unknown format '" + a.format + "'");
  ScanRun run = scan_with_filters(a, g);
  const Catalog& catalog = run.catalog;
  ScanOutcome& outcome = run.outcome;

  ReportContext ctx;
  ctx.catalog = &catalog;
  ctx.root = outcome.root;
  ctx.notifications = outcome.notifications;
  ctx.summary = outcome.summary;
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!a.output.empty()) {
    file.open(a.output, std::ios::binary);
    if (!file) throw UsageError("--output: cannot write '" + a.output + "'");
    out = &file;
  }
  const bool tty = a.output.empty() && isatty(STDOUT_FILENO);
  const char* no_color = std::getenv("NO_COLOR");
  ctx.color = a.color == "always" || (a.color == "auto" && tty && !(no_color && *no_color));
  reporter->write(*out, outcome.findings, ctx);
  out->flush();
  if (!*out) throw UsageError("cannot write the report");

  if (*fail_on == Severity::none) return kClean;
  for (const auto& f : outcome.findings)
    if (!f.suppression && f.severity >= *fail_on) return kFindings;
  return kClean;
}

}  // namespace

ScanRun scan_with_filters(const ScanArgs& a, const GlobalOptions& g) {
  for (const auto& p : a.paths) {
    std::error_code ec;
    if (!std::filesystem::exists(p, ec)) throw UsageError("no such file or directory: " + p);
  }
  ScanOptions opts;
  if (!a.shard.empty()) {
    std::string error;
    auto shard = parse_shard(a.shard, error);
    if (!shard) throw UsageError(error);
    opts.shard = *shard;
  }
  Baseline baseline;
  if (!a.baseline.empty()) {
    try {
      baseline = load_baseline(a.baseline);
    } catch (const BaselineError& e) {
      throw UsageError(e.what());
    }
  }
  ScanRun run{load_catalog(g), {}};
  auto profile = load_profile(g);
  TrustOracle oracle(profile, run_now(g));
  HostClassifier hosts(profile);
  opts.walk.roots = a.paths.empty() ? std::vector<std::string>{"."} : a.paths;
  opts.walk.include = a.include;
  opts.walk.exclude = a.exclude;
  opts.walk.use_gitignore = !a.no_ignore;
  opts.walk.max_file_size = parse_size(a.max_file_size);
  opts.jobs = a.jobs;
  opts.lower_test_code = !a.test_code_same_level;
  opts.external = clang_fact_source(a.compile_commands);
  // Resolve the change before the scan: a bad REV should fail fast, not after a long scan.
  std::optional<GitChanges> changes;
  if (!a.diff_base.empty()) {
    std::error_code ec;
    auto first = std::filesystem::absolute(opts.walk.roots.front(), ec);
    auto dir = std::filesystem::is_directory(first, ec) ? first : first.parent_path();
    try {
      changes = changed_lines_since(a.diff_base, dir.string());
    } catch (const GitChangesError& e) {
      throw UsageError(e.what());
    }
  }
  ScanOutcome& out = run.outcome;
  out = run_scan(opts, run.catalog, oracle, hosts);
  apply_suppressions(out.findings, out.root, SuppressionOptions{a.require_justification}, out.notifications, out.summary);
  if (!a.baseline.empty())
    apply_baseline(out.findings, baseline, out.root, out.scanned_files, out.notifications, out.summary);
  if (changes) {
    try {
      keep_changed(out.findings, relative_to_root(*changes, out.root));
    } catch (const GitChangesError& e) {
      throw UsageError(e.what());
    }
  }
  std::sort(out.notifications.begin(), out.notifications.end());
  return run;
}

void add_scan_options(CLI::App& cmd, ScanArgs& a, bool with_review_filters) {
  cmd.add_option("paths", a.paths, "Files or directories (default: .)");
  cmd.add_option("-j,--jobs", a.jobs, "Worker threads (default: all cores)")->check(CLI::NonNegativeNumber);
  cmd.add_option("--include", a.include, "Only files matching these globs");
  cmd.add_option("--exclude", a.exclude, "Skip files matching these globs");
  cmd.add_option("--max-file-size", a.max_file_size, "Skip larger files (default 4M)");
  cmd.add_flag("--no-ignore", a.no_ignore, "Do not honour .gitignore and .atscanignore");
  cmd.add_flag("--test-code-same-level", a.test_code_same_level, "Report test code at the same level as other code");
  cmd.add_flag("--require-justification", a.require_justification,
               "An atscan:ignore / NOLINT without a reason does not suppress (a notification says so)");
  cmd.add_option("--shard", a.shard, "Scan only shard I of N (I/N, 1-based), split by a stable hash of each path");
  cmd.add_option("-p,--compile-commands", a.compile_commands,
                 "C/C++ through Clang with this compilation database (a compile_commands.json or its folder); "
                 "default: compile_commands.json at the scan root or in build/ under it, else the tree-sitter fallback");
  if (!with_review_filters) return;
  cmd.add_option("--baseline", a.baseline, "Hide the findings recorded in this baseline (atscan baseline create)");
  cmd.add_option("--diff-base", a.diff_base, "Report only findings on lines added or changed since git revision REV");
}

void add_scan_command(CLI::App& app, GlobalOptions& g, Runner& run) {
  auto a = std::make_shared<ScanArgs>();
  auto* cmd = app.add_subcommand("scan", "Scan files and directories for trust configuration");
  add_scan_options(*cmd, *a, true);
  cmd->add_option("-f,--format", a->format, "Output format: " + [] {
    std::string s;
    for (const auto& n : reporter_names()) s += (s.empty() ? "" : ", ") + n;
    return s;
  }());
  cmd->add_option("-o,--output", a->output, "Write the report to FILE");
  cmd->add_option("--fail-on", a->fail_on, "Exit 1 when a finding is at or above: error, warning, note, never")
      ->check(CLI::IsMember({"error", "warning", "note", "never"}));
  cmd->add_option("--color", a->color, "auto, always or never (NO_COLOR is honoured)")->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->callback([&run, &g, a] { run = [&g, a] { return run_scan_command(*a, g); }; });
}

}  // namespace atscan::cli
