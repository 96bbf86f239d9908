#include "core/flow/module_paths.h"

#include <algorithm>
#include <filesystem>

namespace atscan::flow {
namespace {

std::string folder_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}
std::string name_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}
// "a/b/../c/./d" → "a/c/d"; "" when it climbs above the root.
std::string normalise(const std::string& path) {
  auto n = std::filesystem::path(path).lexically_normal().generic_string();
  if (n.rfind("..", 0) == 0 || n == ".") return "";
  return n;
}
size_t common_prefix(const std::string& a, const std::string& b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

}  // namespace

ModuleIndex::ModuleIndex(const std::vector<std::string>& files) {
  by_name_.reserve(files.size());
  by_folder_.reserve(files.size() / 4);
  for (const auto& f : files) {
    by_name_[name_of(f)].push_back(f);
    by_folder_[folder_of(f)].push_back(f);
    if (name_of(f) == "__init__.py") packages_[folder_of(f)] = true;
  }
}

std::string ModuleIndex::last_component(const std::string& module) {
  std::string m = module;
  while (!m.empty() && (m.back() == '/' || m.back() == '.')) m.pop_back();
  auto cut = m.find_last_of("/.");
  std::string last = cut == std::string::npos ? m : m.substr(cut + 1);
  // "./util.js" → "util"
  for (const char* ext : {"js", "ts", "mjs", "cjs", "jsx", "tsx", "py", "h", "hpp", "java", "kt", "go", "c", "cpp"})
    if (cut != std::string::npos && last == ext && m[cut] == '.') return last_component(m.substr(0, cut));
  return last;
}

std::vector<std::string> ModuleIndex::same_folder(const std::string& file) const {
  auto it = by_folder_.find(folder_of(file));
  return it == by_folder_.end() ? std::vector<std::string>{} : it->second;
}

std::vector<std::string> ModuleIndex::by_suffix(const std::string& from, const std::vector<std::string>& suffixes) const {
  std::vector<std::string> out;
  for (const auto& s : suffixes) {
    auto it = by_name_.find(name_of(s));
    if (it == by_name_.end()) continue;
    for (const auto& f : it->second)
      if (f == s || (f.size() > s.size() && f.ends_with(s) && f[f.size() - s.size() - 1] == '/')) out.push_back(f);
  }
  // Nearest to the importing file first; then by path for a stable order.
  std::sort(out.begin(), out.end(), [&](const std::string& a, const std::string& b) {
    auto ca = common_prefix(a, from), cb = common_prefix(b, from);
    return ca != cb ? ca > cb : a < b;
  });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> ModuleIndex::resolve(const std::string& from, const std::string& module, bool include) const {
  if (module.empty()) return {};
  const std::string dir = folder_of(from);
  auto exists = [&](const std::string& p) {
    auto it = by_name_.find(name_of(p));
    return it != by_name_.end() && std::find(it->second.begin(), it->second.end(), p) != it->second.end();
  };
  if (include) {
    if (auto local = normalise(dir.empty() ? module : dir + "/" + module); !local.empty() && exists(local)) return {local};
    auto found = by_suffix(from, {normalise(module)});
    if (found.size() > 1) found.resize(1);  // one header per include, the nearest
    return found;
  }
  static const char* kExts[] = {"", ".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx", "/index.js", "/index.ts"};
  if (module.rfind("./", 0) == 0 || module.rfind("../", 0) == 0) {
    for (const char* ext : kExts)
      if (auto p = normalise((dir.empty() ? "" : dir + "/") + module + ext); !p.empty() && exists(p)) return {p};
    return {};
  }
  if (module[0] == '.') {  // Python relative import: one dot is this package, each further dot its parent
    size_t dots = module.find_first_not_of('.');
    std::string base = dir;
    for (size_t i = 1; i < dots && !base.empty(); ++i) base = folder_of(base);
    std::string rest = dots == std::string::npos ? "" : module.substr(dots);
    std::replace(rest.begin(), rest.end(), '.', '/');
    std::string stem = base.empty() ? rest : (rest.empty() ? base : base + "/" + rest);
    for (const char* ext : {".py", "/__init__.py"})
      if (auto p = normalise(stem + ext); !p.empty() && exists(p)) return {p};
    return {};
  }
  if (module.find('/') != std::string::npos) {  // Go import path: the package is a folder the path ends with
    // The folders it can end with are the module itself and each tail after a '/': looked up, not
    // compared with every folder of the tree. Taken in folder order, as a walk of the index would.
    std::vector<std::string> tails{module};
    for (auto slash = module.find('/'); slash != std::string::npos; slash = module.find('/', slash + 1))
      if (slash + 1 < module.size()) tails.push_back(module.substr(slash + 1));
    std::sort(tails.begin(), tails.end());
    tails.erase(std::unique(tails.begin(), tails.end()), tails.end());
    std::vector<std::string> out;
    for (const auto& tail : tails)
      if (auto it = by_folder_.find(tail); it != by_folder_.end())
        for (const auto& f : it->second)
          if (f.ends_with(".go")) out.push_back(f);
    return out;
  }
  std::string path = module;  // dotted: Python modules and packages, Java/Kotlin classes
  std::replace(path.begin(), path.end(), '.', '/');
  const std::string py = path + ".py", package = path + "/__init__.py";
  auto found = by_suffix(from, {py, package, path + ".java", path + ".kt", path + ".rb"});
  // A Python candidate whose folder above the dotted path is a package is a submodule of that package,
  // never what `import a.b` names, unless that folder is the importing file's own.
  std::erase_if(found, [&](const std::string& f) {
    const std::string* tail = f.ends_with(package) ? &package : f.ends_with(py) ? &py : nullptr;
    if (!tail || f.size() == tail->size()) return false;
    const std::string root = f.substr(0, f.size() - tail->size() - 1);
    return root != dir && packages_.count(root);
  });
  return found;
}

}  // namespace atscan::flow
