#pragma once
// The options `scan`, `baseline create` and `fix` share, and the scan followed by the review filters
// (suppressions → baseline → diff-only), so the three commands see the same findings.
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "core/catalog/catalog.h"
#include "scanners/pipeline/scan.h"

namespace atscan::cli {

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
  // Review filters (issue 7).
  std::string baseline;              // --baseline FILE
  std::string diff_base;             // --diff-base REV
  bool require_justification = false;
  std::string shard;                 // --shard I/N
  std::string compile_commands;      // -p/--compile-commands DIR|FILE (C/C++ through Clang, see clang_source.h)
};

// Paths, walk and filter options (not the report options).
void add_scan_options(CLI::App& cmd, ScanArgs& a, bool with_review_filters);

struct ScanRun {
  Catalog catalog;
  ScanOutcome outcome;  // findings sorted; suppressed ones kept with Finding::suppression set
};

// Walk, scan, judge, then suppressions, the baseline (when given) and the diff filter (when given).
// Bad input (unknown REV, corrupt baseline, bad --shard) throws UsageError.
ScanRun scan_with_filters(const ScanArgs& a, const GlobalOptions& g);

}  // namespace atscan::cli
