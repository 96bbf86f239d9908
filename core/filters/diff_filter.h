#pragma once
// Diff-only mode: keep the findings whose primary location, or any related location / flow step, is on an
// added or changed line. Changed lines come from git (see git_changes.h) or from tests.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/model/finding.h"

namespace atscan {

struct ChangedLines {
  std::map<std::string, std::set<int>> lines;  // relative path (scan root) → added/changed 1-based lines
  std::set<std::string> whole_files;           // added binary files, or files changed as a whole

  void add_line(const std::string& file, int line) { lines[file].insert(line); }
  // A location touches the change when its line range meets a changed line; a whole-file location
  // (line 0) touches any change in its file.
  bool touches(const Location& loc) const;
};

// Removes the findings that do not touch the change; returns how many were removed.
int keep_changed(std::vector<Finding>& findings, const ChangedLines& changed);

}  // namespace atscan
