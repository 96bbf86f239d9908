#pragma once
// The contract between `atscan scan` and the Clang engine module (atscan-clang-scan.so), which the CLI
// loads with dlopen only when a compilation database is given or found: `atscan` itself links no LLVM.
// Both sides are built together, so C++ types cross the boundary; the entry point's name carries a
// version so a stale module is refused rather than misread. No LLVM headers here.
#include <string>
#include <string_view>

#include "scanners/pipeline/external_source.h"

namespace atscan::clangfe {

struct ClangScanConfig {
  std::string compile_commands;  // absolute: a compile_commands.json or a folder holding one; "" = find it
  std::string resource_dir;      // "" = the Clang the module was built against
};

// Fills `out`. Throws std::runtime_error for an unusable database that was asked for explicitly.
using ClangScanEntry = void (*)(const ClangScanConfig&, const ExternalRequest&, ExternalResult& out);
inline constexpr const char* kClangScanEntry = "atscan_clang_scan_v1";

// Where a compilation database is looked for when none is given: the scan root, then build/ under it.
inline constexpr const char* kCompdbPlaces[] = {"compile_commands.json", "build/compile_commands.json"};

// Translation units the engine takes from a database (headers stay with the tree-sitter fallback).
inline bool is_c_family_source(std::string_view path) {
  auto dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return false;
  std::string_view ext = path.substr(dot + 1);
  return ext == "c" || ext == "cc" || ext == "cpp" || ext == "cxx" || ext == "c++" || ext == "C";
}

}  // namespace atscan::clangfe
