#pragma once
// The options `scan`, `baseline create` and `fix` share, and the scan followed by the review filters
// (suppressions → rule selection and per-rule settings → baseline → diff-only), so the three commands
// see the same findings.
#include <set>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "core/catalog/catalog.h"
#include "core/config/project_config.h"
#include "scanners/pipeline/scan.h"

namespace atscan::cli {

#ifdef ATSCAN_DOCS_BASE_URL
inline constexpr const char* kDocsBaseUrlDefault = ATSCAN_DOCS_BASE_URL;
#else
inline constexpr const char* kDocsBaseUrlDefault = "https://github.com/atscan/atscan/blob/main/";
#endif

struct ScanArgs {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  std::string color = "auto";
  int jobs = 0;
  std::vector<std::string> include, exclude;
  std::string max_file_size = "4M";
  bool no_ignore = false;
  bool test_code_same_level = false;
  // Review filters.
  std::string baseline;              // --baseline FILE
  std::string diff_base;             // --diff-base REV
  bool require_justification = false;
  std::string shard;                 // --shard I/N
  std::string compile_commands;      // -p/--compile-commands DIR|FILE (C/C++ through Clang, see clang_source.h)
  std::string docs_url = kDocsBaseUrlDefault;  // --docs-url: base of helpUri/informationUri/code.url
  std::string root;                  // --root DIR: base of SARIF/rdjsonl/GitLab paths and fix diffs (default: cwd)
  std::vector<std::string> select, ignore;  // --select/--ignore rule ids or globs (comma-separated)
  std::string context;               // --context DIR: scan DIR, report only findings in the paths
  std::string config;                // --config FILE
  bool no_config = false;            // --no-config
  bool quiet = false;                // -q: findings only
  bool verbose = false;              // -v/--debug: every notification, and why files were left out
  bool stats = false;                // --stats on stderr
  std::string cache_dir;             // --cache-dir DIR ("" = $XDG_CACHE_HOME/atscan or ~/.cache/atscan)
  bool no_cache = false;             // --no-cache
  bool no_memo = false;   // --no-memo: never replay a whole earlier outcome (per-file results still cached)
  bool show_suppressed = false;      // --show-suppressed
  bool no_tiered_triggers = false;   // --no-tiered-triggers: the prefilter admits files by the weak words too
  std::set<std::string> given;       // long names of the options given on the command line
  // Not options: set by `scan --shard` (keep the front-end results for the report) and `merge` (take
  // them from the shards; the shards' run key must match this run's).
  bool record_results = false;
  const PreloadedResults* preloaded = nullptr;
  std::string expected_run_key;
};

// Paths, walk, filter and config options (not the report options).
void add_scan_options(CLI::App& cmd, ScanArgs& a, bool with_review_filters);
// Records which options the user gave (call from the subcommand's callback), so config files do not
// override them.
void note_given_options(const CLI::App& cmd, ScanArgs& a);

struct ScanRun {
  Catalog catalog;
  ScanOutcome outcome;  // findings sorted; suppressed ones kept with Finding::suppression set
  ScanArgs effective;   // the arguments after the configuration file filled what the command line left open
  ProjectConfig config; // the configuration in effect for the run-wide settings (defaults when none)
  std::string run_key;  // with record_results or preloaded: what a shard's results were made with
};

// `atscan scan` after the arguments are parsed: scan, report, exit code. `merge` of shards calls it too.
int report_scan(const ScanArgs& args, const GlobalOptions& g);

// Walk, scan, judge, then suppressions, rule selection and per-rule settings, the baseline (when given)
// and the diff filter (when given). Bad input (unknown REV, corrupt baseline, bad --shard, a broken
// configuration file, an unknown rule) throws UsageError.
ScanRun scan_with_filters(const ScanArgs& a, const GlobalOptions& g);

// How a report shows paths: as the user typed them (text, JSON Lines, GitHub, Checkstyle), or relative
// to --root (SARIF %SRCROOT%, reviewdog, GitLab, fix diffs: tools resolve those against a folder).
enum class PathStyle { as_typed, under_root };

// The absolute --root (default: the current directory).
std::string report_base(const ScanArgs& a);
// Rewrites the outcome's root-relative paths (findings, related places, fix edits, notifications) for
// the report; a file outside --root keeps an absolute path.
void to_report_paths(ScanOutcome& outcome, const ScanArgs& a, PathStyle style);

std::uint64_t parse_size(const std::string& s);

}  // namespace atscan::cli
