#pragma once
// In-source suppressions: `atscan:ignore[rule-id] reason` in any language's comment on the finding's line or
// the line before (`atscan:ignore[a,b]`, or `atscan:ignore` alone for every rule), and clang-tidy's
// `NOLINT(ats-…)` / `NOLINTNEXTLINE(ats-…)` / bare `NOLINT` and `NOLINTBEGIN(…)` … `NOLINTEND(…)` regions in
// C and C++ files. Every door (CLI, clang-tidy, -fplugin, atscan-clang) applies these same rules. A marker that follows code
// on its line covers that line only; a marker on a comment line of its own covers it and the next line.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/finding.h"
#include "core/model/notification.h"
#include "core/report/reporter.h"

namespace atscan {

// One marker found in a line of text.
struct SuppressionMarker {
  std::vector<std::string> rules;  // empty = every rule; entries may end in '*' (NOLINT globs)
  std::string justification;       // the text after the marker, comment closers trimmed
  bool applies_to_same_line = true;
  bool applies_to_next_line = true;
  std::string spelling;            // "atscan:ignore", "NOLINT" or "NOLINTNEXTLINE", for messages
};

// Markers in one line. `c_family` enables the NOLINT forms.
std::vector<SuppressionMarker> find_suppression_markers(std::string_view line, bool c_family);

bool marker_covers(const SuppressionMarker& m, std::string_view rule_id);

// Whether NOLINT applies to this path (C, C++, Objective-C sources and headers).
bool is_c_family_path(std::string_view rel_path);

struct SuppressionOptions {
  bool require_justification = false;  // a marker without a reason does not suppress; a notification says so
  // When set, every marker in a file with findings is audited: a rule id it names that matches none of
  // these (a typo suppresses nothing) becomes a warning. NOLINT entries not starting with "ats-" belong
  // to other clang-tidy checks and are left alone.
  std::vector<std::string> known_rules;
};

// Warnings for the markers in `lines` that name rules not in `known_rules` (see SuppressionOptions).
void audit_suppression_markers(const std::string& file, const std::vector<std::string>& lines, bool c_family,
                               const std::vector<std::string>& known_rules, std::vector<Notification>& notes);

// Reads each file with findings (root/location.file) and marks suppressed findings with
// Suppression{"inSource", justification}; counts them in summary.suppressed.
void apply_suppressions(std::vector<Finding>& findings, const std::string& root, const SuppressionOptions& options,
                        std::vector<Notification>& notes, RunSummary& summary);

// Same, with the file's lines supplied (1-based line i is lines[i-1]); used by the function above and tests.
void apply_suppressions_to_file(std::vector<Finding*>& findings, const std::vector<std::string>& lines,
                                const SuppressionOptions& options, std::vector<Notification>& notes, RunSummary& summary);

}  // namespace atscan
