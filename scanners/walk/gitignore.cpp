#include "scanners/walk/gitignore.h"

#include "core/util/safe_read.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "scanners/walk/glob.h"

namespace atscan {

bool parse_ignore_line(std::string_view line, IgnoreRule& out) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.empty() || line.front() == '#') return false;
  // Trailing spaces are dropped unless escaped; count backslashes so "a\\ " keeps no space.
  while (!line.empty() && line.back() == ' ') {
    size_t backslashes = 0;
    for (size_t i = line.size() - 1; i > 0 && line[i - 1] == '\\'; --i) ++backslashes;
    if (backslashes % 2 == 1) break;
    line.remove_suffix(1);
  }
  IgnoreRule r;
  if (!line.empty() && line.front() == '!') {
    r.negate = true;
    line.remove_prefix(1);
  }
  if (!line.empty() && line.back() == '/') {
    r.dir_only = true;
    line.remove_suffix(1);
  }
  if (line.empty()) return false;
  // A '/' at the beginning or middle anchors the pattern (a trailing one was removed above).
  r.anchored = line.find('/') != std::string_view::npos;
  if (line.front() == '/') line.remove_prefix(1);
  if (line.empty()) return false;
  r.pattern = std::string(line);
  out = std::move(r);
  return true;
}

IgnoreFile::IgnoreFile(std::string base, std::string_view text) : base_(std::move(base)) {
  while (!base_.empty() && base_.back() == '/') base_.pop_back();
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    IgnoreRule r;
    if (parse_ignore_line(line, r)) rules_.push_back(std::move(r));
  }
}

IgnoreFile IgnoreFile::load(std::string base, const std::string& file, std::string* error) {
  // An ignore file in a scanned tree is untrusted too: a FIFO or a huge file must not stall the walk.
  SafeReadResult read = read_file_safely(file, SafeReadOptions{4u << 20, {}});
  if (!read.ok()) {
    if (error && read.status != SafeReadStatus::missing) *error = read.reason;
    return IgnoreFile(std::move(base), "");
  }
  return IgnoreFile(std::move(base), read.data);
}

IgnoreMatch IgnoreFile::match(std::string_view path, bool is_dir) const {
  if (rules_.empty()) return IgnoreMatch::none;
  if (!base_.empty()) {
    if (path.size() <= base_.size() || path.compare(0, base_.size(), base_) != 0 || path[base_.size()] != '/')
      return IgnoreMatch::none;
    path.remove_prefix(base_.size() + 1);
  }
  auto slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  for (auto it = rules_.rbegin(); it != rules_.rend(); ++it) {
    if (it->dir_only && !is_dir) continue;
    if (glob_match(it->pattern, it->anchored ? path : name))
      return it->negate ? IgnoreMatch::whitelist : IgnoreMatch::ignore;
  }
  return IgnoreMatch::none;
}

}  // namespace atscan
