// First version: recursive walk with size limit. Ignore files and globs arrive with the full walker.
#include "scanners/walk/walker.h"

#include <algorithm>
#include <filesystem>

namespace atscan {

WalkResult walk(const WalkOptions& options) {
  namespace fs = std::filesystem;
  WalkResult r;
  std::error_code ec;
  fs::path root = fs::absolute(options.roots.empty() ? "." : options.roots.front(), ec);
  r.root = fs::is_directory(root, ec) ? root.string() : root.parent_path().string();
  auto add = [&](const fs::path& p) {
    auto size = fs::file_size(p, ec);
    auto rel = fs::relative(p, r.root, ec).generic_string();
    if (size > options.max_file_size) r.skipped.push_back({rel, "larger than --max-file-size"});
    else r.files.push_back({rel, p.string(), size});
  };
  for (const auto& rs : options.roots) {
    fs::path p = fs::absolute(rs, ec);
    if (fs::is_regular_file(p, ec)) { add(p); continue; }
    for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_directory(ec) && it->path().filename() == ".git") { it.disable_recursion_pending(); continue; }
      if (it->is_regular_file(ec) && !it->is_symlink(ec)) add(it->path());
    }
  }
  std::sort(r.files.begin(), r.files.end(), [](auto& a, auto& b) { return a.path < b.path; });
  return r;
}

}  // namespace atscan
