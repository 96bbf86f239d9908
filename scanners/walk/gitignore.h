#pragma once
// One ignore file (.gitignore, .atscanignore, .git/info/exclude, core.excludesFile) parsed with
// git's documented semantics: comments, escapes, trailing spaces, `!` negation, dir-only `x/`,
// anchoring (a '/' at the start or middle ties the pattern to the file's directory), `**`.
#include <string>
#include <string_view>
#include <vector>

namespace atscan {

enum class IgnoreMatch { none, ignore, whitelist };

struct IgnoreRule {
  std::string pattern;  // glob, leading '/' and trailing '/' removed
  bool negate = false;
  bool dir_only = false;
  bool anchored = false;  // matched against the whole relative path, not the basename
};

class IgnoreFile {
 public:
  IgnoreFile() = default;
  // `base` is the directory the file applies to, relative to the match root ("" = the root).
  IgnoreFile(std::string base, std::string_view text);
  // Reads `file`; a missing or unreadable file yields an empty rule set (`error` says why if not ENOENT).
  static IgnoreFile load(std::string base, const std::string& file, std::string* error = nullptr);

  // The last rule matching `path` (relative to the match root, '/' separated) decides; paths outside
  // `base` never match.
  IgnoreMatch match(std::string_view path, bool is_dir) const;

  const std::string& base() const { return base_; }
  const std::vector<IgnoreRule>& rules() const { return rules_; }
  bool empty() const { return rules_.empty(); }

 private:
  std::string base_;
  std::vector<IgnoreRule> rules_;
};

// Parses one line; false for blank lines, comments and patterns that can never match.
bool parse_ignore_line(std::string_view line, IgnoreRule& out);

}  // namespace atscan
