#pragma once
// The configuration files of a run: found upward from each scanned path (or named by --config), the
// run-wide settings taken from them where the command line left them open, and the file-scoped ones
// (exclude, rule selection, per-rule severity and paths) applied to each finding by its nearest file.
#include <string>
#include <vector>

#include "cli/scan_args.h"
#include "core/config/project_config.h"
#include "core/model/notification.h"
#include "scanners/walk/walker.h"

namespace atscan::cli {

struct ProjectSettings {
  std::vector<ProjectConfig> configs;  // in the order of the arguments that found them, then the nested ones
  bool named = false;                  // --config FILE: that one governs every file
  std::vector<Notification> notes;     // about nested files (run-wide keys they cannot set)

  // The configuration of the run-wide settings (the first argument's), or defaults.
  ProjectConfig primary() const;
  // The configuration that governs an absolute path: the one in its deepest ancestor folder.
  const ProjectConfig* for_file(const std::string& abs) const;
};

// --no-config → none; --config FILE → that file; otherwise `.atscan.yaml` upward from each path.
// Broken files throw UsageError naming file and line.
ProjectSettings load_project_settings(const ScanArgs& a);

// `.atscan.yaml` files inside the walked tree (below the scanned paths), looked for in the folders of
// the walked files up to the scanned folders (walk_roots): each governs the files below its folder (the nearest file wins
// whole for rules) and its `exclude` drops walked files below its folder (with a reason for -v). A
// nested file's run-wide keys do not apply (a note says so). Nothing with --config or --no-config.
// Broken files and unknown rule ids throw UsageError naming file and line.
void add_nested_configs(ProjectSettings& s, const ScanArgs& a, const std::vector<std::string>& walk_roots, const Catalog& catalog,
                        WalkResult& walked);

// Fills what the command line left open (fail-on, max-file-size, test-code, docs-url, profile).
void apply_run_settings(const ProjectConfig& c, ScanArgs& a, GlobalOptions& g);

// The configs' exclude globs rewritten relative to the scan root, for the walker.
std::vector<std::string> excludes_for_walk(const ProjectSettings& s, const std::string& scan_root);

// UsageError for a --select/--ignore entry or a configured rule that is not in the catalog.
void check_rule_names(const ProjectSettings& s, const ScanArgs& a, const Catalog& catalog);

// Drops findings of unselected rules and of rules limited to other paths; applies severity overrides.
void apply_rule_settings(std::vector<Finding>& findings, const std::string& scan_root, const ProjectSettings& s,
                         const ScanArgs& a);

}  // namespace atscan::cli
