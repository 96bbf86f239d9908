#include "scanners/treesitter/go_module_version.h"

#include <cctype>
#include <filesystem>
#include <map>
#include <mutex>
#include <sstream>
#include <vector>
#include <string>

#include "core/util/safe_read.h"

namespace atscan::ts {
namespace {

namespace fs = std::filesystem;

using Version = std::optional<std::pair<int, int>>;

// `go 1.12` / `go 1.25.0`, comments and leading blanks allowed; nothing for any other line.
Version parse_directive(const std::string& text) {
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (auto c = line.find("//"); c != std::string::npos) line.erase(c);
    size_t i = line.find_first_not_of(" \t\r");
    if (i == std::string::npos || line.compare(i, 2, "go") != 0 || i + 2 >= line.size() || !std::isspace(static_cast<unsigned char>(line[i + 2])))
      continue;
    i = line.find_first_not_of(" \t", i + 2);
    int major = 0, minor = 0;
    size_t digits = 0;
    for (; i < line.size() && std::isdigit(static_cast<unsigned char>(line[i])) && digits < 4; ++i, ++digits) major = major * 10 + (line[i] - '0');
    if (digits == 0 || i >= line.size() || line[i] != '.') return std::nullopt;
    digits = 0;
    for (++i; i < line.size() && std::isdigit(static_cast<unsigned char>(line[i])) && digits < 4; ++i, ++digits) minor = minor * 10 + (line[i] - '0');
    if (digits == 0) return std::nullopt;
    return std::make_pair(major, minor);
  }
  return std::nullopt;
}

}  // namespace

Version go_module_version(const SourceFile& file) {
  // Files of one module share the answer: a folder is looked up once per run, whatever the thread.
  static std::mutex mutex;
  static std::map<std::string, Version> by_folder;
  const fs::path root = fs::path(scan_root_of(file)).lexically_normal();
  fs::path dir = fs::path(file.abs_path).parent_path().lexically_normal();
  std::vector<std::string> visited;
  Version found;
  for (int depth = 0; depth < 64 && !dir.empty(); ++depth) {
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (auto it = by_folder.find(dir.string()); it != by_folder.end()) {
        found = it->second;
        break;
      }
    }
    visited.push_back(dir.string());
    SafeReadOptions options;
    options.max_bytes = 1u << 20;
    options.root = root;
    const auto read = read_file_safely(dir / "go.mod", options);
    if (read.ok()) {
      found = parse_directive(read.data);
      break;
    }
    if (read.status != SafeReadStatus::missing) break;  // a go.mod that cannot be read: no answer
    if (dir == root || !dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  std::lock_guard<std::mutex> lock(mutex);
  for (const auto& d : visited) by_folder.emplace(d, found);
  return found;
}

}  // namespace atscan::ts
