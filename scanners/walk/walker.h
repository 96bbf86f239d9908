#pragma once
// The walker: every file under the roots that a scan should look at, in parallel-friendly batches.
// Honours .gitignore (nested, negations, global excludes), .atscanignore, --include/--exclude globs;
// never follows a symlink out of the root; survives loops, FIFOs and unreadable entries.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace atscan {

struct WalkEntry;

struct WalkOptions {
  std::vector<std::string> roots;          // files or directories
  std::vector<std::string> include;        // globs; empty = everything
  std::vector<std::string> exclude;        // globs
  bool use_gitignore = true;
  std::uint64_t max_file_size = 4u << 20;  // bytes
  bool explain_ignored = false;            // fill WalkResult::ignored (atscan -v)
  // A file name (".atscan.yaml") whose folders WalkResult::marked_dirs lists, read from the directory
  // listings the walk makes anyway instead of one stat per folder afterwards. "" = none.
  std::string marker_file;
  // When set, called on the walking thread with each file as it is listed, in the walk's own order
  // (each folder's entries by name, symlinks last), before the final sort by path: another thread may
  // watch the walk grow, or start on its files.
  std::function<void(const WalkEntry&)> on_file;
};

struct WalkEntry {
  std::string path;      // relative to the scan root, '/' separators
  std::string abs_path;
  std::uint64_t size = 0;
  // What a whole-scan memo compares to tell an unchanged file without reading it (scan_memo.h).
  std::int64_t mtime_ns = 0, ctime_ns = 0;
  std::uint64_t inode = 0, device = 0;
};

struct WalkSkip {
  std::string path;
  std::string reason;    // "larger than --max-file-size (…)", "symlink outside the scan root", "unreadable: …"
};

struct WalkResult {
  std::string root;                 // absolute scan root (the first root, or the common parent)
  std::vector<WalkEntry> files;     // sorted by path
  std::vector<WalkSkip> skipped;    // sorted by path
  std::vector<WalkSkip> ignored;    // left out on purpose (ignore files, globs), with explain_ignored only
  std::string marker_file;          // WalkOptions::marker_file
  // Walked folders (relative to root, "" = root) holding a regular file, or a link to one, named
  // marker_file, whether or not ignore rules leave that file out; sorted.
  std::vector<std::string> marked_dirs;
};

WalkResult walk(const WalkOptions& options);

// The root walk() would choose for these arguments (absolute): a single directory, a single file's
// directory, or the deepest common directory.
std::string scan_root_of(const std::vector<std::string>& roots);

}  // namespace atscan
