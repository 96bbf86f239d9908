#pragma once
// Which scanned files an #include, import or require names, by the conventions of each language family:
// C/C++ includes relative to the including file, then anywhere in the tree by path suffix; Python and
// Java/Kotlin dotted names (relative imports with leading dots); JS/TS paths that start with ./ or ../;
// Go import paths by the folder they end with. A Python module found by its dotted path must start at
// an import root, as the interpreter finds it: a folder that is not itself a package (no __init__.py),
// or the importing file's own folder (a script's folder is on sys.path). `import typing` is not
// numpy/typing/__init__.py, nor `import json` a json.py inside some package.
#include <string>
#include <unordered_map>
#include <vector>

namespace atscan::flow {

class ModuleIndex {
 public:
  ModuleIndex() = default;
  explicit ModuleIndex(const std::vector<std::string>& files);

  // Files `module` names when imported from `from` (nearest first); empty when it is not in the scan.
  std::vector<std::string> resolve(const std::string& from, const std::string& module, bool include) const;
  // Files in the same folder as `file` (a Go package), `file` included.
  std::vector<std::string> same_folder(const std::string& file) const;
  // "pkg.sub.mod" → "mod", "./lib/util" → "util", "github.com/a/b" → "b".
  static std::string last_component(const std::string& module);

 private:
  std::vector<std::string> by_suffix(const std::string& from, const std::vector<std::string>& suffixes) const;

  // Only looked up, never walked in order: hashed (a tree of 40,000 files took 70 ms to index ordered).
  std::unordered_map<std::string, std::vector<std::string>> by_name_;    // file name → paths, in the given order
  std::unordered_map<std::string, std::vector<std::string>> by_folder_;  // folder → paths, in the given order
  std::unordered_map<std::string, bool> packages_;                         // folders holding an __init__.py
};

}  // namespace atscan::flow
