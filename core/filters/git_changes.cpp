#include "core/filters/git_changes.h"

#include <git2.h>

#include <filesystem>
#include <memory>
#include <optional>

namespace atscan {
namespace {
namespace fs = std::filesystem;

// libgit2 handles, freed on every path out.
template <typename T, void (*Free)(T*)>
struct Handle {
  T* p = nullptr;
  ~Handle() { if (p) Free(p); }
  Handle() = default;
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
};

struct LibGit {
  LibGit() { git_libgit2_init(); }
  ~LibGit() { git_libgit2_shutdown(); }
};

std::string last_git_error() {
  const git_error* e = git_error_last();
  return e && e->message ? e->message : "unknown error";
}

}  // namespace

GitChanges changed_lines_since(const std::string& rev, const std::string& dir) {
  LibGit lib;
  std::error_code ec;
  const fs::path root = fs::weakly_canonical(dir, ec);

  Handle<git_repository, git_repository_free> repo;
  if (git_repository_open_ext(&repo.p, root.c_str(), 0, nullptr) != 0)
    throw GitChangesError("--diff-base: " + root.string() + " is not inside a git repository");
  const char* workdir = git_repository_workdir(repo.p);
  if (!workdir) throw GitChangesError("--diff-base: the repository at " + root.string() + " is bare (no working tree)");
  GitChanges out;
  out.work_tree = fs::weakly_canonical(workdir, ec).string();
  while (out.work_tree.size() > 1 && out.work_tree.back() == '/') out.work_tree.pop_back();

  Handle<git_object, git_object_free> base;
  if (git_revparse_single(&base.p, repo.p, rev.c_str()) != 0)
    throw GitChangesError("--diff-base: unknown revision '" + rev + "' (" + last_git_error() + ")");
  Handle<git_object, git_object_free> tree;
  if (git_object_peel(&tree.p, base.p, GIT_OBJECT_TREE) != 0)
    throw GitChangesError("--diff-base: revision '" + rev + "' does not name a commit or tree (" + last_git_error() + ")");

  git_diff_options opts;
  git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
  opts.flags = GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS | GIT_DIFF_SHOW_UNTRACKED_CONTENT;
  opts.context_lines = 0;
  Handle<git_diff, git_diff_free> diff;
  if (git_diff_tree_to_workdir_with_index(&diff.p, repo.p, reinterpret_cast<git_tree*>(tree.p), &opts) != 0)
    throw GitChangesError("--diff-base: cannot diff against '" + rev + "' (" + last_git_error() + ")");

  const size_t n = git_diff_num_deltas(diff.p);
  for (size_t i = 0; i < n; ++i) {
    const git_diff_delta* delta = git_diff_get_delta(diff.p, i);
    if (!delta || delta->status == GIT_DELTA_DELETED || !delta->new_file.path) continue;
    const std::string rel = delta->new_file.path;
    Handle<git_patch, git_patch_free> patch;
    if (git_patch_from_diff(&patch.p, diff.p, i) != 0)
      throw GitChangesError("--diff-base: cannot read the change of " + rel + " (" + last_git_error() + ")");
    // libgit2 gives no patch for binary files (certificates in DER, keystores): the whole file counts.
    if (!patch.p || (git_patch_get_delta(patch.p)->flags & GIT_DIFF_FLAG_BINARY)) {
      out.changed.whole_files.insert(rel);
      continue;
    }
    for (size_t h = 0, hunks = git_patch_num_hunks(patch.p); h < hunks; ++h) {
      const int lines = git_patch_num_lines_in_hunk(patch.p, h);
      for (int l = 0; l < lines; ++l) {
        const git_diff_line* line = nullptr;
        if (git_patch_get_line_in_hunk(&line, patch.p, h, static_cast<size_t>(l)) != 0 || !line) continue;
        if (line->origin == GIT_DIFF_LINE_ADDITION && line->new_lineno > 0) out.changed.add_line(rel, line->new_lineno);
      }
    }
  }
  return out;
}

ChangedLines relative_to_root(const GitChanges& changes, const std::string& scan_root) {
  std::error_code ec;
  const fs::path root = fs::weakly_canonical(scan_root, ec);
  std::string prefix = root.lexically_relative(fs::path(changes.work_tree)).generic_string();
  if (prefix.empty() || prefix.rfind("..", 0) == 0)
    throw GitChangesError("--diff-base: scan root " + root.string() + " is outside the git work tree " + changes.work_tree);
  if (prefix == ".") return changes.changed;
  prefix += '/';
  auto strip = [&](const std::string& p) -> std::optional<std::string> {
    if (p.size() > prefix.size() && p.compare(0, prefix.size(), prefix) == 0) return p.substr(prefix.size());
    return std::nullopt;
  };
  ChangedLines out;
  for (const auto& [file, lines] : changes.changed.lines)
    if (auto r = strip(file)) out.lines[*r] = lines;
  for (const auto& file : changes.changed.whole_files)
    if (auto r = strip(file)) out.whole_files.insert(*r);
  return out;
}

}  // namespace atscan
