#pragma once
// Where git keeps the ignore sources that live outside the work tree: the repository that holds a
// directory, its info/exclude, and the user's global excludes file (core.excludesFile).
#include <optional>
#include <string>

namespace atscan {

struct GitRepo {
  std::string work_tree;  // absolute, the directory holding `.git`
  std::string git_dir;    // absolute; for worktrees the common dir (where info/exclude lives)
};

// The nearest ancestor of `dir` (itself included) that holds `.git` (a directory, or a
// "gitdir: …" file as in worktrees and submodules).
std::optional<GitRepo> find_git_repo(const std::string& dir);

// core.excludesFile from $XDG_CONFIG_HOME/git/config (or ~/.config/git/config), ~/.gitconfig and the
// repository's config (later wins), '~/' expanded; when unset, $XDG_CONFIG_HOME/git/ignore or
// ~/.config/git/ignore. Empty when there is no HOME to resolve against.
std::string global_excludes_file(const std::optional<GitRepo>& repo);

// The value of core.excludesFile in one git config text, if set (exposed for tests).
std::optional<std::string> excludes_file_from_config(const std::string& text);

}  // namespace atscan
