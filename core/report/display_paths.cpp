#include "core/report/display_paths.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <unordered_map>

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

namespace {

// A character that continues a path: a mention must not start or end next to one.
bool path_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '/' || c == '.' || c == '~'; }

}  // namespace

std::string rewrite_path_mentions(const std::string& text, const std::vector<std::pair<std::string, std::string>>& renames,
                                  const std::string& verbatim) {
  if (renames.empty() || text.empty()) return text;
  // Only a position whose character starts a rename or the verbatim text can begin a mention: the text
  // between such positions is copied whole (a report rewrites every message of every finding).
  bool starts[256] = {};
  for (const auto& r : renames)
    if (!r.first.empty()) starts[static_cast<unsigned char>(r.first[0])] = true;
  if (!verbatim.empty()) starts[static_cast<unsigned char>(verbatim[0])] = true;
  std::string out;
  out.reserve(text.size());
  size_t i = 0, copied = 0;
  auto flush = [&] {
    out.append(text, copied, i - copied);
    copied = i;
  };
  while (i < text.size()) {
    if (!starts[static_cast<unsigned char>(text[i])] || (i > 0 && path_char(text[i - 1]))) {
      ++i;
      continue;
    }
    const size_t vend = i + verbatim.size();
    if (!verbatim.empty() && text.compare(i, verbatim.size(), verbatim) == 0 && (vend == text.size() || !path_char(text[vend]))) {
      i = vend;  // kept as written
      continue;
    }
    const std::pair<std::string, std::string>* hit = nullptr;
    for (const auto& r : renames) {
      const std::string& from = r.first;
      if (from.empty() || text[i] != from[0] || (hit && hit->first.size() >= from.size()) || text.compare(i, from.size(), from) != 0) continue;
      const size_t end = i + from.size();
      // The mention ends the path: end of text, a non-path character, or a sentence's final '.'.
      const bool ends = end == text.size() || !path_char(text[end]) ||
                        (text[end] == '.' && (end + 1 == text.size() || !path_char(text[end + 1])));
      if (ends) hit = &r;
    }
    if (hit) {
      flush();
      out += hit->second;
      i += hit->first.size();
      copied = i;
    } else {
      ++i;
    }
  }
  flush();
  return out;
}

void rewrite_paths(std::vector<Finding>& findings, std::vector<Notification>& notifications,
                   const std::function<std::string(const std::string&)>& map) {
  std::vector<std::pair<std::string, std::string>> renames;
  // A scan names few files many times: each is mapped once (mapping normalises paths, which cost more
  // than the rest of reporting on a file with many findings).
  std::unordered_map<std::string, std::string> mapped;
  auto rename = [&](auto& file) {  // a Location's FilePath or a Notification's std::string
    const std::string& text = file;
    if (text.empty()) return;
    auto it = mapped.find(text);
    if (it == mapped.end()) it = mapped.emplace(text, map(text)).first;
    const std::string& shown = it->second;
    if (shown != text && std::none_of(renames.begin(), renames.end(), [&](const auto& r) { return r.first == text; }))
      renames.emplace_back(text, shown);
    file = shown;
  };
  for (auto& f : findings) {
    // Messages name places the finding carries ("via app/x.py:12", "loaded by app/upload.py"): the same
    // files are renamed in the text as in the locations, so the reader sees one spelling of each path.
    renames.clear();
    const std::string own = f.location.file;
    rename(f.location.file);
    for (auto& r : f.related) rename(r.location.file);
    for (auto& r : f.path) rename(r.location.file);
    if (f.fix)
      for (auto& e : f.fix->edits) rename(e.range.file);
    // The evidence is the value as written in the file ("verify= certs/ca.pem" stays as the code says it,
    // even where it names a file shown as "../certs/ca.pem"); it is a path of ours only when it is one
    // whole and the finding's own file (a certificate file's path).
    std::string verbatim = f.evidence;
    if (!own.empty() && f.evidence == own) {
      f.evidence = f.location.file;
      verbatim.clear();
    }
    f.message = rewrite_path_mentions(f.message, renames, verbatim);
    f.verdict = rewrite_path_mentions(f.verdict, renames, verbatim);
    for (auto& r : f.related) r.message = rewrite_path_mentions(r.message, renames);
    for (auto& r : f.path) r.message = rewrite_path_mentions(r.message, renames);
    if (f.fix) f.fix->description = rewrite_path_mentions(f.fix->description, renames);
  }
  for (auto& n : notifications) {
    renames.clear();
    rename(n.file);
    n.message = rewrite_path_mentions(n.message, renames);
  }
}

}  // namespace atscan
