#pragma once
// --include / --exclude: gitignore-style globs matched against the path relative to the scan root.
// A file is included when it or one of its directories matches an include glob (so `--include src`
// takes everything under src/); an excluded directory is not entered.
#include <string>
#include <string_view>
#include <vector>

#include "scanners/walk/gitignore.h"

namespace atscan {

class PathFilter {
 public:
  PathFilter(const std::vector<std::string>& include, const std::vector<std::string>& exclude);

  bool excluded(std::string_view rel, bool is_dir) const;
  // True when there are no include globs or `rel` matches one.
  bool included(std::string_view rel, bool is_dir) const;
  bool has_includes() const { return has_includes_; }

 private:
  IgnoreFile include_, exclude_;
  bool has_includes_ = false;
};

}  // namespace atscan
