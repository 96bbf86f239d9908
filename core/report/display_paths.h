#pragma once
// Report paths for the reader. The scan works with paths relative to its root (the common folder of
// the arguments); reports show them as the user typed them (like compilers and ripgrep, so editors and
// terminals can open them), or relative to a chosen base folder (SARIF %SRCROOT%, reviewdog, GitLab and
// fix diffs, which tools resolve against the repository or the current directory).
#include <functional>
#include <string>
#include <vector>

#include "core/model/finding.h"
#include "core/model/notification.h"

namespace atscan {

class DisplayPaths {
 public:
  // scan_root and cwd are absolute; typed are the path arguments as given (empty = ".").
  DisplayPaths(std::string scan_root, const std::vector<std::string>& typed, std::string cwd);

  // "src/a.c" (root-relative) → the argument that holds it as typed plus the rest: "../proj/src/a.c"
  // when the user typed "../proj", "/abs/proj/src/a.c" for an absolute argument, "src/a.c" for ".".
  // A file under no argument (a related file beside a single scanned file) is shown relative to the
  // current directory. "" stays "".
  std::string as_typed(const std::string& rel) const;
  // Relative to `base` (absolute, lexically normal), or absolute when the file is outside it.
  std::string relative_to(const std::string& rel, const std::string& base) const;
  std::string absolute(const std::string& rel) const;

 private:
  struct Arg {
    std::string abs;    // lexically normal, no trailing '/'
    std::string shown;  // as typed, '/' separators, no trailing '/'; "" for "."
  };
  std::string root_, cwd_;
  std::vector<Arg> args_;  // longest first
};

// Absolute, lexically normal, '/' separators, no trailing '/' (except "/").
std::string normal_absolute(const std::string& path, const std::string& cwd);

// Rewrites every path a finding or a notification carries: the location, related locations, flow steps
// and fix edits (an edit with no file edits the finding's own file and keeps its empty file), and the
// mentions of those same files in the texts the reader sees (message, verdict, related and step
// messages, fix description; a notification's message for its own file).
// Replaces each whole-path mention of a `from` in text by its `to` (longest match first): a mention is
// not part of a longer path ("a.py" is not renamed inside "data.py", "a.pyc" or "x/a.py"). Occurrences
// of `verbatim` (a value quoted from the scanned file) are copied unchanged.
std::string rewrite_path_mentions(const std::string& text, const std::vector<std::pair<std::string, std::string>>& renames,
                                  const std::string& verbatim = "");

void rewrite_paths(std::vector<Finding>& findings, std::vector<Notification>& notifications,
                   const std::function<std::string(const std::string&)>& map);

}  // namespace atscan
