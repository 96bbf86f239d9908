#include "cli/project_settings.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "cli/context.h"
#include "core/filters/rule_selection.h"
#include "scanners/walk/gitignore.h"

namespace atscan::cli {
namespace fs = std::filesystem;

namespace {

std::string normal(const fs::path& p) { return p.lexically_normal().generic_string(); }

// `abs` inside `dir` (both normal absolute): the rest ("" for dir itself); nullopt outside.
std::optional<std::string> inside(const std::string& abs, const std::string& dir) {
  if (abs == dir) return std::string();
  const std::string prefix = dir == "/" ? dir : dir + "/";
  if (abs.compare(0, prefix.size(), prefix) == 0) return abs.substr(prefix.size());
  return std::nullopt;
}

ConfigError at(const ProjectConfig& c, int line, const std::string& what) {
  return ConfigError(c.file + (line > 0 ? ":" + std::to_string(line) : "") + ": " + what);
}

RuleSelection selection_for(const ProjectConfig* c, const ScanArgs& a) {
  RuleSelection s;
  if (c) s = RuleSelection{c->select, c->ignore};
  if (!a.select.empty()) s.select = a.select;  // --select replaces the file's list; --ignore adds to it
  s.ignore.insert(s.ignore.end(), a.ignore.begin(), a.ignore.end());
  return s;
}

}  // namespace

ProjectConfig ProjectSettings::primary() const { return configs.empty() ? ProjectConfig{} : configs.front(); }

const ProjectConfig* ProjectSettings::for_file(const std::string& abs) const {
  if (named) return configs.empty() ? nullptr : &configs.front();
  const ProjectConfig* best = nullptr;
  for (const auto& c : configs)
    if (inside(abs, c.dir) && (!best || c.dir.size() > best->dir.size())) best = &c;
  return best;
}

ProjectSettings load_project_settings(const ScanArgs& a) {
  ProjectSettings s;
  if (a.no_config) return s;
  try {
    if (!a.config.empty()) {
      s.named = true;
      s.configs.push_back(load_project_config(a.config));
      return s;
    }
    std::vector<std::string> seen;
    for (const auto& p : a.paths.empty() ? std::vector<std::string>{"."} : a.paths) {
      auto file = find_project_config(p);
      if (file.empty()) continue;
      auto key = normal(fs::absolute(file));
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
      seen.push_back(key);
      s.configs.push_back(load_project_config(file));
    }
  } catch (const ConfigError& e) {
    throw UsageError(std::string("config: ") + e.what());
  }
  return s;
}

void add_nested_configs(ProjectSettings& s, const ScanArgs& a, const std::vector<std::string>& walk_roots, const Catalog& catalog,
                        WalkResult& walked) {
  if (a.no_config || s.named) return;
  std::error_code ec;
  const std::string cwd = fs::current_path(ec).generic_string();
  const std::string root = normal(fs::path(walked.root));
  std::vector<std::string> known;
  for (const auto& c : s.configs) known.push_back(normal(fs::path(c.dir)));
  // Only below a scanned folder: what lies above a path was looked at by the upward discovery.
  std::vector<std::string> scanned_dirs;
  for (const auto& r : walk_roots)
    if (fs::is_directory(r, ec)) scanned_dirs.push_back(normal(fs::absolute(r, ec)));
  auto below_scanned = [&](const std::string& abs) {
    return std::any_of(scanned_dirs.begin(), scanned_dirs.end(), [&](const std::string& d) { return inside(abs, d).has_value(); });
  };
  // The walk lists the folders holding a configuration file from the listings it read; without that
  // list, each folder is asked.
  const bool listed = walked.marker_file == kConfigFileName;
  auto has_config = [&](const std::string& dir) {
    if (listed) return std::binary_search(walked.marked_dirs.begin(), walked.marked_dirs.end(), dir);
    return fs::is_regular_file(fs::path(dir.empty() ? root : root + "/" + dir) / kConfigFileName, ec);
  };
  auto parent_of = [](const std::string& rel) {
    const auto slash = rel.rfind('/');
    return slash == std::string::npos ? std::string() : rel.substr(0, slash);
  };
  // Each folder of a walked file, up to the scan root, is looked at once.
  std::set<std::string> looked;
  std::vector<std::string> found;  // folders relative to the root ("" = the root)
  for (const auto& f : walked.files) {
    for (std::string dir = parent_of(f.path);; dir = parent_of(dir)) {
      if (!looked.insert(dir).second) break;
      if (has_config(dir)) {
        const std::string abs = dir.empty() ? root : normal(fs::path(root) / dir);
        if (below_scanned(abs) && std::find(known.begin(), known.end(), abs) == known.end()) found.push_back(dir);
      }
      if (dir.empty()) break;
    }
  }
  std::sort(found.begin(), found.end());  // parents first, stable whatever the walk order
  if (found.empty()) return;
  const size_t first_nested = s.configs.size();
  try {
    for (const auto& dir : found) {
      const fs::path file = (dir.empty() ? fs::path(root) : fs::path(root) / dir) / kConfigFileName;
      // Named as the user would read it: relative to the current directory (as the scan's own paths are
      // found relative to it), absolute when the scanned paths were.
      std::string shown = file.lexically_relative(cwd).generic_string();
      const bool typed_absolute = std::any_of(a.paths.begin(), a.paths.end(), [](const std::string& p) { return fs::path(p).is_absolute(); });
      if (shown.empty() || typed_absolute) shown = file.generic_string();
      s.configs.push_back(load_project_config(shown));
      s.configs.back().dir = normal(file.parent_path());
    }
  } catch (const ConfigError& e) {
    throw UsageError(std::string("config: ") + e.what());
  }
  ProjectSettings nested;
  nested.configs.assign(s.configs.begin() + static_cast<std::ptrdiff_t>(first_nested), s.configs.end());
  check_rule_names(nested, ScanArgs{}, catalog);
  for (const auto& c : nested.configs) {
    std::vector<std::string> run_wide;
    if (c.profile) run_wide.push_back("profile");
    if (c.fail_on) run_wide.push_back("fail-on");
    if (c.test_code) run_wide.push_back("test-code");
    if (c.max_file_size) run_wide.push_back("max-file-size");
    if (c.docs_url) run_wide.push_back("docs-url");
    if (run_wide.empty()) continue;
    std::string keys;
    for (const auto& k : run_wide) keys += (keys.empty() ? "'" : ", '") + k + "'";
    s.notes.push_back({fs::path(c.dir).lexically_relative(root).generic_string() + "/" + kConfigFileName,
                       "run-wide " + keys + " ignored: only the configuration at or above the scanned paths sets " +
                           (run_wide.size() == 1 ? "it" : "them"),
                       "warning"});
  }
  // The nested files' exclude globs: gitignore rules based at their folders; an excluded folder leaves
  // out everything below it.
  std::vector<std::pair<IgnoreFile, std::string>> rules;
  for (const auto& c : nested.configs) {
    if (c.exclude.empty()) continue;
    std::string text;
    for (const auto& g : c.exclude) text += g + "\n";
    rules.emplace_back(IgnoreFile(fs::path(c.dir).lexically_relative(root).generic_string(), text), c.file);
  }
  if (rules.empty()) return;
  auto excluded_by = [&](const std::string& rel) -> const std::string* {
    for (const auto& [globs, file] : rules) {
      for (auto slash = rel.find('/'); slash != std::string::npos; slash = rel.find('/', slash + 1))
        if (globs.match(rel.substr(0, slash), true) == IgnoreMatch::ignore) return &file;
      if (globs.match(rel, false) == IgnoreMatch::ignore) return &file;
    }
    return nullptr;
  };
  std::erase_if(walked.files, [&](const WalkEntry& e) {
    const std::string* by = excluded_by(e.path);
    if (by && a.verbose) walked.ignored.push_back({e.path, "excluded by an exclude glob of " + *by});
    return by != nullptr;
  });
  std::erase_if(walked.skipped, [&](const WalkSkip& e) { return excluded_by(e.path) != nullptr; });
  std::sort(walked.ignored.begin(), walked.ignored.end(), [](const WalkSkip& x, const WalkSkip& y) { return x.path < y.path; });
}

void apply_run_settings(const ProjectConfig& c, ScanArgs& a, GlobalOptions& g) {
  auto open = [&](const char* name) { return !a.given.count(name); };
  if (c.fail_on && open("fail-on")) a.fail_on = *c.fail_on;
  if (c.max_file_size && open("max-file-size")) a.max_file_size = *c.max_file_size;
  if (c.test_code && open("test-code-same-level")) a.test_code_same_level = *c.test_code == "same-level";
  if (c.docs_url && open("docs-url")) a.docs_url = *c.docs_url;
  if (c.profile && g.profile.empty()) {
    // A profile FILE in the config is relative to the config's folder; a NAME is looked up in the catalog.
    const bool is_file = c.profile->find('/') != std::string::npos || fs::path(*c.profile).extension() == ".yaml";
    g.profile = is_file && fs::path(*c.profile).is_relative() ? normal(fs::path(c.dir) / *c.profile) : *c.profile;
  }
}

std::vector<std::string> excludes_for_walk(const ProjectSettings& s, const std::string& scan_root) {
  std::vector<std::string> out;
  for (const auto& c : s.configs) {
    for (std::string glob : c.exclude) {
      std::string neg;
      if (!glob.empty() && glob.front() == '!') {
        neg = "!";
        glob.erase(0, 1);
      }
      std::string body = glob;
      while (!body.empty() && body.back() == '/') body.pop_back();
      const bool anchored = !glob.empty() && (glob.front() == '/' || body.find('/') != std::string::npos);
      if (!glob.empty() && glob.front() == '/') glob.erase(0, 1);
      if (auto below = inside(c.dir, scan_root)) {  // the config is in the scanned tree (or at its root)
        if (below->empty()) out.push_back(neg + (anchored ? "/" + glob : glob));
        else out.push_back(neg + "/" + *below + (anchored ? "/" : "/**/") + glob);
      } else if (auto above = inside(scan_root, c.dir)) {  // the scanned tree is below the config
        if (!anchored || glob.rfind("**/", 0) == 0) out.push_back(neg + glob);
        else if (glob.compare(0, above->size() + 1, *above + "/") == 0) out.push_back(neg + "/" + glob.substr(above->size() + 1));
      }
    }
  }
  return out;
}

void check_rule_names(const ProjectSettings& s, const ScanArgs& a, const Catalog& catalog) {
  for (const auto* list : {&a.select, &a.ignore}) {
    auto error = check_rule_patterns(*list, catalog);
    if (!error.empty()) throw UsageError((list == &a.select ? "--select: " : "--ignore: ") + error);
  }
  for (const auto& c : s.configs) {
    for (const auto* list : {&c.select, &c.ignore})
      for (const auto& p : *list) {
        auto error = check_rule_patterns({p}, catalog);
        if (!error.empty()) throw UsageError("config: " + std::string(at(c, c.pattern_lines.count(p) ? c.pattern_lines.at(p) : 0, error).what()));
      }
    for (const auto& [id, rs] : c.rules) {
      auto error = check_rule_patterns({id}, catalog);
      if (!error.empty()) throw UsageError("config: " + std::string(at(c, rs.line, error).what()));
    }
  }
}

void apply_rule_settings(std::vector<Finding>& findings, const std::string& scan_root, const ProjectSettings& s,
                         const ScanArgs& a) {
  if (s.configs.empty() && a.select.empty() && a.ignore.empty()) return;
  std::erase_if(findings, [&](Finding& f) {
    const std::string abs = normal(fs::path(scan_root) / f.location.file.str());
    const ProjectConfig* c = f.location.file.empty() ? s.named ? s.for_file("") : nullptr : s.for_file(abs);
    if (!selection_for(c, a).selects(f.rule_id)) return true;
    if (!c) return false;
    auto it = c->rules.find(f.rule_id);
    if (it == c->rules.end()) return false;
    const RuleSettings& rs = it->second;
    if (!rs.paths.empty()) {
      std::string text;
      for (const auto& p : rs.paths) text += p + "\n";
      const IgnoreFile globs("", text);
      const std::string rel = fs::path(abs).lexically_relative(c->dir).generic_string();
      if (rel.empty() || rel.rfind("..", 0) == 0) return true;
      // The file or one of its folders matches ("src/" covers src/a.py, as in .gitignore).
      bool matched = globs.match(rel, false) == IgnoreMatch::ignore;
      for (auto slash = rel.find('/'); !matched && slash != std::string::npos; slash = rel.find('/', slash + 1))
        matched = globs.match(rel.substr(0, slash), true) == IgnoreMatch::ignore;
      if (!matched) return true;
    }
    if (rs.severity) f.severity = *rs.severity;
    return false;
  });
}

}  // namespace atscan::cli
