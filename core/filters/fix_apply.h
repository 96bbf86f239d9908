#pragma once
// Applying Finding::fix edits to files, and the unified diff of the result (`atscan fix --fix-diff`).
#include <optional>
#include <string>
#include <vector>

#include "core/model/finding.h"
#include "core/model/notification.h"

namespace atscan {

// Applies edits to one file's content. Positions are 1-based line/column (bytes); an edit with line 0
// replaces the whole content. Overlapping edits after the first are dropped and named in `conflicts`.
// nullopt when an edit points outside the content.
std::optional<std::string> apply_edits(const std::string& content, std::vector<Edit> edits, std::vector<std::string>* conflicts = nullptr);

struct FileChange {
  std::string file;    // relative to the root
  std::string before;
  std::string after;
  std::vector<std::string> descriptions;  // the fixes applied, in finding order
};

// Groups the fixes of unsuppressed findings by file and computes each file's new content.
// Problems (a file that changed since the scan, conflicting edits) become notifications.
std::vector<FileChange> plan_changes(const std::vector<Finding>& findings, const std::string& root, std::vector<Notification>& notes);

// Writes each change (via a temporary file and rename, so a reader never sees half a file).
// Returns the number of files written; failures become notifications.
int write_changes(const std::vector<FileChange>& changes, const std::string& root, std::vector<Notification>& notes);

// Unified diff `--- a/F` / `+++ b/F` (3 lines of context, F as given in `change.file`), applicable with
// `git apply` or `patch -p1` from the folder F is relative to.
std::string unified_diff(const FileChange& change);

}  // namespace atscan
