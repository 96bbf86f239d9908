#pragma once
// The lines a change adds or modifies, from git (libgit2): REV's tree against the working tree, including
// staged and unstaged edits; untracked (not ignored) files count as wholly added.
#include <stdexcept>
#include <string>

#include "core/filters/diff_filter.h"

namespace atscan {

// Not a git repository, an unknown revision, a root outside the work tree: the message is one line.
class GitChangesError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct GitChanges {
  std::string work_tree;  // absolute, canonical
  ChangedLines changed;   // paths relative to work_tree
};

// The change from `rev` to the working tree of the repository that holds `dir`. Throws GitChangesError.
GitChanges changed_lines_since(const std::string& rev, const std::string& dir);

// The same change with paths relative to `scan_root` (which must lie inside the work tree); changes outside
// the scan root are left out. Throws GitChangesError.
ChangedLines relative_to_root(const GitChanges& changes, const std::string& scan_root);

}  // namespace atscan
