#include "cli/clang_source.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "clang-plugin/scan/entry.h"
#include "cli/context.h"

namespace atscan::cli {
namespace {

namespace fs = std::filesystem;
using clangfe::ClangScanEntry;

// The environment first, then the build tree's module, then an installed one next to the binary.
std::string module_path() {
  if (const char* env = std::getenv("ATSCAN_CLANG_SCAN_MODULE"); env && *env) return env;
  std::error_code ec;
#ifdef ATSCAN_CLANG_SCAN_MODULE
  if (fs::exists(ATSCAN_CLANG_SCAN_MODULE, ec)) return ATSCAN_CLANG_SCAN_MODULE;
#endif
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  for (const fs::path& p : {exe.parent_path() / "atscan-clang-scan.so", exe.parent_path().parent_path() / "lib/atscan/atscan-clang-scan.so"})
    if (!exe.empty() && fs::exists(p, ec)) return p.string();
  return "";
}

// Loaded once per process and never unloaded (LLVM's globals outlive any dlclose).
ClangScanEntry load_entry(const std::string& path, std::string& error) {
  static std::mutex mu;
  static ClangScanEntry entry = nullptr;
  static std::string failure;
  std::lock_guard lock(mu);
  if (!entry && failure.empty()) {
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) failure = dlerror();
    else if (!(entry = reinterpret_cast<ClangScanEntry>(dlsym(handle, clangfe::kClangScanEntry))))
      failure = path + ": no " + clangfe::kClangScanEntry + " (a module from another atscan version?)";
  }
  error = failure;
  return entry;
}

bool any_c_family_source(const ExternalRequest& r) {
  for (const auto& e : *r.files)
    if (clangfe::is_c_family_source(e.path)) return true;
  return false;
}

}  // namespace

ExternalFactSource clang_fact_source(const std::string& compile_commands) {
  std::string given;
  if (!compile_commands.empty()) {
    std::error_code ec;
    if (!fs::exists(compile_commands, ec)) throw UsageError("--compile-commands: no such file or directory: " + compile_commands);
    given = fs::absolute(compile_commands, ec).lexically_normal().string();
  }
  const std::string module = module_path();
  if (module.empty()) {
    if (!given.empty())
      throw UsageError("--compile-commands: this atscan was built without the Clang engine (ATSCAN_WITH_CLANG=OFF); "
                       "C/C++ files get the tree-sitter fallback without it");
    return {};
  }
  return [given, module](const ExternalRequest& request) -> ExternalResult {
    if (!request.files || !any_c_family_source(request)) return {};
    if (given.empty()) {  // nothing to find: do not load LLVM at all
      bool found = false;
      std::error_code ec;
      for (const char* place : clangfe::kCompdbPlaces) found = found || fs::is_regular_file(fs::path(request.root) / place, ec);
      if (!found) return {};
    }
    std::string error;
    ClangScanEntry entry = load_entry(module, error);
    if (!entry) {
      if (!given.empty()) throw UsageError("--compile-commands: cannot load the Clang engine: " + error);
      ExternalResult r;
      r.notes.push_back({"", "compile_commands.json found, but the Clang engine could not be loaded (" + error +
                                 "); C/C++ files are scanned without Clang (lower confidence)"});
      return r;
    }
    ExternalResult out;
    entry(clangfe::ClangScanConfig{given, ""}, request, out);
    return out;
  };
}

bool clang_engine_in_play(const std::string& compile_commands, const std::string& root) {
  if (module_path().empty()) return false;
  if (!compile_commands.empty()) return true;
  std::error_code ec;
  for (const char* place : clangfe::kCompdbPlaces)
    if (fs::is_regular_file(fs::path(root) / place, ec)) return true;
  return false;
}

}  // namespace atscan::cli
