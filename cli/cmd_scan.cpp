// `atscan scan [PATH…]`: walk, find facts, judge, report.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "cli/clang_source.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/project_settings.h"
#include "cli/scan_args.h"
#include "cli/shard_exchange.h"
#include "cli/stderr_report.h"
#include "core/config/project_config.h"
#include "core/filters/baseline.h"
#include "core/filters/git_changes.h"
#include "core/filters/shard.h"
#include "core/filters/suppressions.h"
#include "core/hosts/host_classifier.h"
#include "core/report/display_paths.h"
#include "core/report/reporter.h"
#include "core/trust/known_certs.h"
#include "core/trust/oracle.h"
#include "core/util/digest.h"
#include "core/util/safe_read.h"
#include "core/util/safe_write.h"
#include "scanners/pipeline/result_cache.h"
#include "scanners/pipeline/scan.h"

namespace atscan::cli {
namespace {

}  // namespace

int report_scan(const ScanArgs& args, const GlobalOptions& g) {
  auto reporter = make_reporter(args.format);
  if (!reporter) throw UsageError("--format: unknown format '" + args.format + "'" + did_you_mean_format(args.format));
  ScanRun run = scan_with_filters(args, g);
  const ScanArgs& a = run.effective;
  auto fail_on = parse_severity(a.fail_on);
  const Catalog& catalog = run.catalog;
  ScanOutcome& outcome = run.outcome;

  const bool under_root = a.format == "sarif" || a.format == "rdjsonl" || a.format == "gitlab";
  to_report_paths(outcome, a, under_root ? PathStyle::under_root : PathStyle::as_typed);
  ReportContext ctx;
  ctx.catalog = &catalog;
  ctx.root = report_base(a);
  ctx.docs_base_url = a.docs_url;
  if (!ctx.docs_base_url.empty() && ctx.docs_base_url.back() != '/') ctx.docs_base_url += '/';
  // The text report is for findings: notifications go to stderr (summarised); machine formats keep them.
  if (a.format != "text") ctx.notifications = outcome.notifications;
  ctx.summary = outcome.summary;
  ctx.quiet = a.quiet;
  ctx.show_suppressed = a.show_suppressed;
  // A report file is written whole, via a temporary file and rename (never through a symlink); a
  // stream (/dev/null, a FIFO) is written in place.
  std::ostringstream file;
  std::ostream* out = a.output.empty() ? static_cast<std::ostream*>(&std::cout) : &file;
  const bool tty = a.output.empty() && isatty(STDOUT_FILENO);
  const char* no_color = std::getenv("NO_COLOR");
  ctx.color = a.color == "always" || (a.color == "auto" && tty && !(no_color && *no_color));
  // A shard's SARIF carries its front-end results to `atscan merge` (shard_exchange.h).
  if (a.format == "sarif" && !a.shard.empty()) ctx.run_properties = shard_properties(args, g, a.shard, run.run_key, outcome.recorded);
  reporter->write(*out, outcome.findings, ctx);
  out->flush();
  if (!*out) throw UsageError("cannot write the report");
  if (!a.output.empty())
    if (auto why = write_report(a.output, file.view())) throw UsageError("--output: cannot write '" + a.output + "': " + *why);
  std::cout.flush();
  report_notifications(std::cerr, outcome.notifications, a.quiet, a.verbose);
  if (a.verbose) report_notifications(std::cerr, outcome.explained, false, true);
  if (a.stats) report_stats(std::cerr, outcome.stats);

  if (*fail_on == Severity::none) return kClean;
  for (const auto& f : outcome.findings)
    if (!f.suppression && f.severity >= *fail_on) return kFindings;
  return kClean;
}

namespace {

// --context: the whole folder was judged; only what lies in the named paths is reported.
void keep_in_paths(ScanOutcome& out, const std::vector<std::string>& paths) {
  const std::string cwd = std::filesystem::current_path().generic_string();
  std::vector<std::string> wanted;
  for (const auto& p : paths) wanted.push_back(normal_absolute(p, cwd));
  auto in_paths = [&](const std::string& rel) {
    if (rel.empty()) return true;
    const std::string abs = normal_absolute(out.root + "/" + rel, cwd);
    for (const auto& w : wanted)
      if (abs == w || (abs.size() > w.size() && abs.compare(0, w.size(), w) == 0 && abs[w.size()] == '/')) return true;
    return false;
  };
  std::erase_if(out.findings, [&](const Finding& f) { return !in_paths(f.location.file); });
  std::erase_if(out.notifications, [&](const Notification& n) { return !in_paths(n.file); });
}

// What a judged outcome depends on beyond the catalog and the tree: the profile (a file given by path
// counts by its content) and the system roots that name public certificates (by their file's times).
std::string memo_key_of(const GlobalOptions& g, const std::string& profile_id) {
  std::string key = "profile " + profile_id;
  if (g.profile.find('/') != std::string::npos || std::filesystem::path(g.profile).extension() == ".yaml")
    key += " " + sha256_hex(read_file_safely(g.profile, SafeReadOptions{16u << 20, {}}).data);
  const std::string roots = KnownCertificates::default_system_bundle().string();
  struct stat st {};
  key += " roots " + roots;
  if (!roots.empty() && ::stat(roots.c_str(), &st) == 0)
    key += " " + std::to_string(st.st_size) + " " + std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec) + " " +
           std::to_string(st.st_ctim.tv_sec) + "." + std::to_string(st.st_ctim.tv_nsec) + " " + std::to_string(st.st_ino);
  return key;
}

// The report this run writes (-o inside the tree) is not scanned: it is the tool's own output, and a
// file rewritten by every run would keep the whole-scan memo from ever replaying.
void leave_out_report(const std::string& output, WalkResult& walked, bool explain) {
  if (output.empty()) return;
  std::error_code ec;
  const std::filesystem::path report = std::filesystem::weakly_canonical(output, ec);
  if (ec) return;
  const std::string name = report.filename().string();
  std::erase_if(walked.files, [&](const WalkEntry& e) {
    if (std::filesystem::path(e.path).filename() != name) return false;
    std::error_code ec2;
    if (std::filesystem::weakly_canonical(e.abs_path, ec2) != report || ec2) return false;
    if (explain) walked.ignored.push_back({e.path, "the report this run writes (-o)"});
    return true;
  });
  std::sort(walked.ignored.begin(), walked.ignored.end(), [](const WalkSkip& x, const WalkSkip& y) { return x.path < y.path; });
}

// ATSCAN_PROGRESS_DELAY_MS: how long a scan runs before the progress line appears (default 1000).
std::chrono::milliseconds progress_delay() {
  const char* v = std::getenv("ATSCAN_PROGRESS_DELAY_MS");
  char* end = nullptr;
  const long ms = v && *v ? std::strtol(v, &end, 10) : -1;
  return ms >= 0 && end && *end == '\0' ? std::chrono::milliseconds(ms) : std::chrono::milliseconds(1000);
}

}  // namespace

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

ScanRun scan_with_filters(const ScanArgs& args, const GlobalOptions& global) {
  for (const auto& p : args.paths) {
    std::error_code ec;
    if (!std::filesystem::exists(p, ec)) throw UsageError("no such file or directory: " + p);
  }
  ProjectSettings settings = load_project_settings(args);
  ScanArgs a = args;
  GlobalOptions g = global;
  const ProjectConfig primary = settings.primary();
  apply_run_settings(primary, a, g);
  if (!parse_severity(a.fail_on)) throw UsageError("--fail-on: expected error, warning, note or never");
  if (!a.docs_url.empty() && a.docs_url.find("://") == std::string::npos)
    throw UsageError("--docs-url: not an absolute URL: '" + a.docs_url + "'");
  ScanOptions opts;
  if (!a.shard.empty()) {
    std::string error;
    auto shard = parse_shard(a.shard, error);
    if (!shard) throw UsageError(error);
    opts.shard = *shard;
  }
  // A report that could not be written is said before the scan, not after it.
  if (!a.output.empty())
    if (auto why = report_target_problem(a.output)) throw UsageError("--output: cannot write '" + a.output + "': " + *why);
  Baseline baseline;
  if (!a.baseline.empty() && !a.output.empty() && same_file(a.baseline, a.output))
    throw UsageError("--baseline and --output name the same file ('" + a.output + "'): the report would overwrite the baseline");
  if (!a.baseline.empty()) {
    try {
      baseline = load_baseline(a.baseline);
    } catch (const BaselineError& e) {
      throw UsageError(e.what());
    }
  }
  ScanRun run{load_catalog(g), {}, a, primary, {}};
  check_rule_names(settings, a, run.catalog);
  auto profile = load_profile(g);
  TrustOracle oracle(profile, run_now(g));
  HostClassifier hosts(profile);
  opts.walk.roots = a.paths.empty() ? std::vector<std::string>{"."} : a.paths;
  if (!a.context.empty()) opts.walk.roots = {a.context};
  opts.walk.include = a.include;
  opts.walk.exclude = a.exclude;
  const std::string scan_root = scan_root_of(opts.walk.roots);
  for (auto& glob : excludes_for_walk(settings, scan_root)) opts.walk.exclude.push_back(std::move(glob));
  opts.walk.use_gitignore = !a.no_ignore;
  opts.walk.max_file_size = parse_size(a.max_file_size);
  opts.walk.explain_ignored = a.verbose;
  opts.walk.marker_file = kConfigFileName;  // nested configurations (add_nested_configs)
  opts.explain = a.verbose;
  opts.jobs = a.jobs;
  opts.lower_test_code = !a.test_code_same_level;
  opts.tiered_triggers = !a.no_tiered_triggers;
  opts.external = clang_fact_source(a.compile_commands);
  if (!clang_engine_in_play(a.compile_commands, scan_root)) opts.external = {};
  opts.after_walk = [&](WalkResult& walked) {
    add_nested_configs(settings, a, opts.walk.roots, run.catalog, walked);
    leave_out_report(a.output, walked, opts.walk.explain_ignored);
  };
  ProgressLine progress(std::cerr, !a.quiet && isatty(STDERR_FILENO), progress_delay());
  opts.progress = progress.callback();
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
  // The result cache: front-end output by file content. Whatever changes that output is in its key.
  std::unique_ptr<ResultCache> cache;
  std::string cache_state = "off (--no-cache)";
  std::optional<Notification> cache_note;
  if (!a.no_cache) {
    const auto dir = a.cache_dir.empty() ? default_cache_dir() : std::optional<std::filesystem::path>(a.cache_dir);
    cache_state = "off (neither XDG_CACHE_HOME nor HOME is set)";
    if (dir) {
      cache = std::make_unique<ResultCache>(*dir, cache_run_key(run.catalog.dir(), "max-file-size " + std::to_string(opts.walk.max_file_size)));
      if (auto why = cache->open()) {
        cache_state = "off (" + *why + ")";
        // Asked for by name: say so. The default folder being unusable (a read-only home) is only in --stats.
        if (!a.cache_dir.empty()) cache_note = Notification{"", "--cache-dir: " + *why + "; scanned without the cache", "warning"};
        cache.reset();
      } else {
        cache_state = dir->string();
      }
    }
  }
  opts.cache = cache.get();
  // A memo replays the files a scan read; one that admits files by the weak words reads others.
  if (cache && !a.no_memo) opts.memo_key = memo_key_of(g, profile->id) + (a.no_tiered_triggers ? " weak-triggers" : "");
  opts.record = !a.shard.empty() && a.format == "sarif";
  opts.preloaded = a.preloaded;
  if (opts.record || opts.preloaded) {
    run.run_key = cache_run_key(run.catalog.dir(), "max-file-size " + std::to_string(opts.walk.max_file_size), false);
    if (opts.preloaded && run.run_key != a.expected_run_key)
      throw UsageError("merge: the shards were scanned with another rule catalog or --max-file-size than this checkout has");
  }
  ScanOutcome& out = run.outcome;
  out = run_scan(opts, run.catalog, oracle, hosts);
  out.stats.cache = cache_state;
  if (cache_note) out.notifications.push_back(*cache_note);
  progress.finish();
  SuppressionOptions suppression_options{a.require_justification, {}};
  for (const auto& r : run.catalog.rules()) suppression_options.known_rules.push_back(r.id);
  apply_suppressions(out.findings, out.root, suppression_options, out.notifications, out.summary);
  for (auto& n : settings.notes) out.notifications.push_back(std::move(n));
  apply_rule_settings(out.findings, out.root, settings, a);
  if (!a.context.empty() && !a.paths.empty()) keep_in_paths(out, a.paths);
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

std::string report_base(const ScanArgs& a) {
  const std::string cwd = std::filesystem::current_path().generic_string();
  return a.root.empty() ? normal_absolute(".", cwd) : normal_absolute(a.root, cwd);
}

void to_report_paths(ScanOutcome& outcome, const ScanArgs& a, PathStyle style) {
  const DisplayPaths paths(outcome.root, a.paths, std::filesystem::current_path().generic_string());
  const std::string base = report_base(a);
  auto map = [&](const std::string& p) { return style == PathStyle::as_typed ? paths.as_typed(p) : paths.relative_to(p, base); };
  rewrite_paths(outcome.findings, outcome.notifications, map);
  std::vector<Finding> none;
  rewrite_paths(none, outcome.explained, map);
}

void note_given_options(const CLI::App& cmd, ScanArgs& a) {
  for (const auto* opt : cmd.get_options())
    if (opt->count() > 0)
      for (const auto& name : opt->get_lnames()) a.given.insert(name);
}

void add_scan_options(CLI::App& cmd, ScanArgs& a, bool with_review_filters) {
  cmd.add_option("PATH", a.paths, "Files or directories (default: .)");
  cmd.add_option("-j,--jobs", a.jobs, "Worker threads (default: all cores)")->check(CLI::NonNegativeNumber);
  // One value per occurrence (repeat the option), so `--exclude x PATH` does not swallow PATH.
  cmd.add_option("--include", a.include, "Only files matching this glob (repeatable)")->allow_extra_args(false);
  cmd.add_option("--exclude", a.exclude, "Skip files matching this glob (repeatable)")->allow_extra_args(false);
  cmd.add_option("--max-file-size", a.max_file_size, "Skip larger files (default 4M)");
  cmd.add_flag("--no-ignore", a.no_ignore, "Do not honour .gitignore and .atscanignore");
  cmd.add_flag("--test-code-same-level", a.test_code_same_level, "Report test code at the same level as other code");
  cmd.add_option("--select", a.select, "Report only these rules (ids or globs like ats-custom-*, comma-separated)")->delimiter(',')->allow_extra_args(false);
  cmd.add_option("--ignore", a.ignore, "Do not report these rules (ids or globs, comma-separated)")->delimiter(',')->allow_extra_args(false);
  cmd.add_option("--config", a.config, "Read this configuration file instead of the .atscan.yaml found above the paths")
      ->check(CLI::ExistingFile);
  cmd.add_flag("--no-config", a.no_config, "Read no configuration file");
  cmd.add_flag("-v,--verbose,--debug", a.verbose, "List every notification, and the files left out and why, on stderr");
  cmd.add_flag("--stats", a.stats, "Print files walked, prefiltered and parsed, bytes parsed and time per phase and front-end on stderr");
  cmd.add_flag("--require-justification", a.require_justification,
               "An atscan:ignore / NOLINT without a reason does not suppress (a notification says so)");
  cmd.add_option("--cache-dir", a.cache_dir,
                 "Keep per-file results here and re-use them for unchanged files (default: $XDG_CACHE_HOME/atscan, "
                 "else ~/.cache/atscan)");
  cmd.add_flag("--no-cache", a.no_cache, "Neither read nor write the result cache");
  cmd.add_flag("--no-memo", a.no_memo,
               "Scan even when no file changed since the last scan of this tree (by default its outcome is replayed; "
               "per-file results still come from the cache)");
  cmd.add_flag("--no-tiered-triggers", a.no_tiered_triggers,
               "Parse every file that holds a weak trigger word (verify, ca:, pinning, mii, …) in any form, not only files "
               "with the TLS forms the catalog narrows them to: slower, for checking that the narrowing leaves no finding out");
  cmd.add_option("--shard", a.shard, "Scan only shard I of N (I/N, 1-based), split by a stable hash of each path");
  cmd.add_option("-p,--compile-commands", a.compile_commands,
                 "C/C++ through Clang with this compilation database (a compile_commands.json or its folder); "
                 "default: compile_commands.json at the scan root or in build/ under it, else the tree-sitter fallback");
  cmd.add_option("--context", a.context,
                 "Scan DIR whole, so code and the trust material it loads are judged together, but report only findings "
                 "in the PATHs (the pre-commit hook passes the staged files)")
      ->check(CLI::ExistingDirectory);
  cmd.add_option("--root", a.root,
                 "Folder that SARIF (%SRCROOT%), rdjsonl and GitLab paths and fix diffs are relative to (default: the current directory)")
      ->check(CLI::ExistingDirectory);
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
  cmd->add_option("--docs-url", a->docs_url,
                  "Absolute URL the rule docs paths resolve against in SARIF helpUri/informationUri and rdjsonl code.url "
                  "(default: " + std::string(kDocsBaseUrlDefault) + ")");
  cmd->add_flag("-q,--quiet", a->quiet, "Print findings only: no summary line, no notifications (errors still go to stderr)");
  cmd->add_flag("--show-suppressed", a->show_suppressed, "Also list suppressed findings and why (text format)");
  cmd->callback([&run, &g, a, cmd] {
    note_given_options(*cmd, *a);
    run = [&g, a] { return report_scan(*a, g); };
  });
}

}  // namespace atscan::cli
