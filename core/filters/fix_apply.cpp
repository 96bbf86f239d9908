#include "core/filters/fix_apply.h"

#include <git2.h>

#include "core/util/safe_read.h"
#include "core/util/safe_write.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace atscan {
namespace {

// Byte offset of a 1-based (line, column); the position just past the end is valid.
std::optional<size_t> offset_of(const std::string& s, int line, int column) {
  if (line < 1 || column < 1) return std::nullopt;
  size_t start = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) return std::nullopt;
    start = nl + 1;
  }
  size_t end = s.find('\n', start);
  if (end == std::string::npos) end = s.size();
  if (static_cast<size_t>(column - 1) > end - start) return std::nullopt;
  return start + static_cast<size_t>(column - 1);
}

// Files to fix are read like scanned files: inside the root, regular, bounded.
std::string read_file(const std::filesystem::path& p, const std::string& root, bool& ok) {
  SafeReadResult r = read_file_safely(p, SafeReadOptions{.max_bytes = 64u << 20, .root = root});
  ok = r.ok();
  return std::move(r.data);
}

}  // namespace

std::optional<std::string> apply_edits(const std::string& content, std::vector<Edit> edits, std::vector<std::string>* conflicts) {
  for (const auto& e : edits)
    if (e.range.line == 0) return e.replacement;  // whole-file replacement wins
  struct Span {
    size_t begin, end;
    const Edit* edit;
    size_t order;
  };
  std::vector<Span> spans;
  for (const auto& e : edits) {
    auto b = offset_of(content, e.range.line, e.range.column);
    auto en = offset_of(content, e.range.end_line ? e.range.end_line : e.range.line, e.range.end_column ? e.range.end_column : e.range.column);
    if (!b || !en || *en < *b) return std::nullopt;
    spans.push_back({*b, *en, &e, spans.size()});
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return std::tie(a.begin, a.end, a.order) < std::tie(b.begin, b.end, b.order); });
  std::string out;
  size_t at = 0;
  for (const auto& s : spans) {
    if (s.begin < at) {
      if (conflicts) conflicts->push_back(s.edit->replacement.substr(0, 60));
      continue;
    }
    out.append(content, at, s.begin - at);
    out += s.edit->replacement;
    at = s.end;
  }
  out.append(content, at, std::string::npos);
  return out;
}

std::vector<FileChange> plan_changes(const std::vector<Finding>& findings, const std::string& root, std::vector<Notification>& notes) {
  std::map<std::string, std::vector<const Finding*>> by_file;
  for (const auto& f : findings)
    if (f.fix && !f.suppression && !f.fix->edits.empty()) by_file[f.fix->edits.front().range.file.empty() ? f.location.file : f.fix->edits.front().range.file].push_back(&f);
  std::vector<FileChange> out;
  for (const auto& [file, group] : by_file) {
    bool ok = false;
    FileChange c;
    c.file = file;
    c.before = read_file(std::filesystem::path(root) / file, root, ok);
    if (!ok) {
      notes.push_back({file, "fix not applied: cannot read the file", "warning"});
      continue;
    }
    std::vector<Edit> edits;
    std::set<std::string> seen;  // one fix per description: two findings may carry the same repair
    for (const Finding* f : group) {
      if (!seen.insert(f->fix->description).second) continue;
      edits.insert(edits.end(), f->fix->edits.begin(), f->fix->edits.end());
      c.descriptions.push_back(f->fix->description);
    }
    std::vector<std::string> conflicts;
    auto after = apply_edits(c.before, edits, &conflicts);
    if (!after) {
      notes.push_back({file, "fix not applied: its edits do not fit the file (changed since the scan?)", "warning"});
      continue;
    }
    for (const auto& x : conflicts) notes.push_back({file, "fix edit skipped: overlaps another edit (" + x + "…)", "warning"});
    if (*after == c.before) continue;
    c.after = std::move(*after);
    out.push_back(std::move(c));
  }
  return out;
}

int write_changes(const std::vector<FileChange>& changes, const std::string& root, std::vector<Notification>& notes) {
  namespace fs = std::filesystem;
  int written = 0;
  for (const auto& c : changes) {
    const fs::path target = fs::path(root) / c.file;
    if (auto why = write_file_atomically(target, c.after, SafeWriteOptions{.root = root})) {
      notes.push_back({c.file, "fix not applied: " + *why, "error"});
      continue;
    }
    ++written;
  }
  return written;
}

std::string unified_diff(const FileChange& change) {
  git_libgit2_init();
  git_diff_options opts;
  git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
  opts.context_lines = 3;
  git_patch* patch = nullptr;
  std::string out;
  if (git_patch_from_buffers(&patch, change.before.data(), change.before.size(), change.file.c_str(), change.after.data(),
                             change.after.size(), change.file.c_str(), &opts) == 0 && patch) {
    git_buf buf = GIT_BUF_INIT;
    if (git_patch_to_buf(&buf, patch) == 0) out.assign(buf.ptr, buf.size);
    // Without the `diff --git`/`index` header: git reads such a patch's paths from the top of the work
    // tree, a plain unified diff's from the current directory, where the user ran `atscan fix`.
    if (auto hunk = out.find("\n--- "); out.rfind("diff --git ", 0) == 0 && hunk != std::string::npos) out.erase(0, hunk + 1);
    git_buf_dispose(&buf);
    git_patch_free(patch);
  }
  git_libgit2_shutdown();
  return out;
}

}  // namespace atscan
