#include "core/report/display_paths.h"

#include <algorithm>
#include <filesystem>

namespace atscan {
namespace fs = std::filesystem;

namespace {

std::string strip_slashes(std::string s) {
  std::replace(s.begin(), s.end(), '\\', '/');
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

// `path` under `dir` (both normal absolute): the rest after "dir/", "" for dir itself; false otherwise.
bool under(const std::string& path, const std::string& dir, std::string& rest) {
  if (path == dir) {
    rest.clear();
    return true;
  }
  if (dir == "/") {
    rest = path.substr(1);
    return true;
  }
  if (path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 && path[dir.size()] == '/') {
    rest = path.substr(dir.size() + 1);
    return true;
  }
  return false;
}

std::string join(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a.back() == '/' ? a + b : a + "/" + b;
}

}  // namespace

std::string normal_absolute(const std::string& path, const std::string& cwd) {
  fs::path p(path.empty() ? "." : path);
  if (p.is_relative()) p = fs::path(cwd) / p;
  return strip_slashes(p.lexically_normal().generic_string());
}

DisplayPaths::DisplayPaths(std::string scan_root, const std::vector<std::string>& typed, std::string cwd)
    : root_(strip_slashes(std::move(scan_root))), cwd_(strip_slashes(std::move(cwd))) {
  for (const auto& t : typed.empty() ? std::vector<std::string>{"."} : typed) {
    std::string shown = strip_slashes(fs::path(t).generic_string());
    // "./src" → "src", "." → "": the current directory adds nothing a reader needs.
    while (shown.size() > 2 && shown.compare(0, 2, "./") == 0) shown.erase(0, 2);
    if (shown == ".") shown.clear();
    args_.push_back({normal_absolute(t, cwd_), shown});
  }
  std::sort(args_.begin(), args_.end(), [](const Arg& a, const Arg& b) { return a.abs.size() != b.abs.size() ? a.abs.size() > b.abs.size() : a.shown < b.shown; });
}

std::string DisplayPaths::absolute(const std::string& rel) const {
  if (rel.empty()) return rel;
  return strip_slashes((fs::path(root_) / rel).lexically_normal().generic_string());
}

std::string DisplayPaths::as_typed(const std::string& rel) const {
  if (rel.empty()) return rel;
  const std::string abs = absolute(rel);
  std::string rest;
  for (const auto& a : args_)
    if (under(abs, a.abs, rest)) {
      if (rest.empty()) return a.shown.empty() ? fs::path(abs).filename().string() : a.shown;
      return join(a.shown, rest);
    }
  // Outside every argument: relative to the current directory when the arguments were relative.
  const bool typed_absolute = std::any_of(args_.begin(), args_.end(), [](const Arg& a) { return !a.shown.empty() && a.shown.front() == '/'; });
  if (typed_absolute) return abs;
  std::string shown = fs::path(abs).lexically_relative(cwd_).generic_string();
  return shown.empty() ? abs : shown;
}

std::string DisplayPaths::relative_to(const std::string& rel, const std::string& base) const {
  if (rel.empty()) return rel;
  const std::string abs = absolute(rel);
  std::string rest;
  if (under(abs, strip_slashes(base), rest) && !rest.empty()) return rest;
  return abs;
}

void rewrite_paths(std::vector<Finding>& findings, std::vector<Notification>& notifications,
                   const std::function<std::string(const std::string&)>& map) {
  for (auto& f : findings) {
    f.location.file = map(f.location.file);
    for (auto& r : f.related) r.location.file = map(r.location.file);
    for (auto& r : f.path) r.location.file = map(r.location.file);
    if (f.fix)
      for (auto& e : f.fix->edits)
        if (!e.range.file.empty()) e.range.file = map(e.range.file);
  }
  for (auto& n : notifications) n.file = map(n.file);
}

}  // namespace atscan
