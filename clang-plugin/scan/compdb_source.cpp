// The Clang engine behind `atscan scan`: the C/C++ translation units of a compilation database that
// the walk found, run in parallel, their facts handed back for the run's single judge call.
#include <clang/Tooling/CompilationDatabase.h>
#include <clang/Tooling/JSONCompilationDatabase.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "clang-plugin/scan/entry.h"
#include "clang-plugin/tool/tu_runner.h"

namespace atscan::clangfe {
namespace {

namespace fs = std::filesystem;
using clang::tooling::CompilationDatabase;
using clang::tooling::JSONCommandLineSyntax;
using clang::tooling::JSONCompilationDatabase;

struct Database {
  std::unique_ptr<CompilationDatabase> db;
  std::string where;  // for messages, relative to the root when inside it
};

std::string shown(const fs::path& p, const std::string& root) {
  std::string rel = p.lexically_relative(root).generic_string();
  return rel.empty() || rel.rfind("..", 0) == 0 ? p.generic_string() : rel;
}

std::unique_ptr<CompilationDatabase> load(const fs::path& p, std::string& error) {
  std::error_code ec;
  if (fs::is_directory(p, ec)) return CompilationDatabase::loadFromDirectory(p.string(), error);
  return JSONCompilationDatabase::loadFromFile(p.string(), error, JSONCommandLineSyntax::AutoDetect);
}

// The database asked for (errors are fatal), else the first one found (errors become a note and
// C/C++ files stay with the fallback).
Database find_database(const ClangScanConfig& config, const std::string& root, std::vector<Notification>& notes) {
  Database out;
  std::string error;
  if (!config.compile_commands.empty()) {
    out.db = load(config.compile_commands, error);
    if (!out.db) throw std::runtime_error("--compile-commands: " + error);
    out.where = shown(config.compile_commands, root);
    return out;
  }
  for (const char* place : kCompdbPlaces) {
    fs::path p = fs::path(root) / place;
    std::error_code ec;
    if (!fs::is_regular_file(p, ec)) continue;
    out.db = load(p, error);
    out.where = place;
    if (!out.db)
      notes.push_back({place, "compilation database not usable (" + error + "); C/C++ files are scanned without Clang (lower confidence)",
                       "warning"});
    return out;
  }
  return out;
}

bool read(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = std::move(ss).str();
  return true;
}

// The engine names the main file by its canonical path; the walk's name is the one every other
// part of the run (suppressions, baselines, snippets) knows.
void rename_main_file(FileFacts& facts, std::map<Location, Fix>& fixes, const std::string& walked) {
  const std::string seen = facts.file;
  if (seen == walked) return;
  auto fix = [&](Location& l) {
    if (l.file == seen) l.file = walked;
  };
  facts.file = walked;
  for (auto& t : facts.trust) {
    fix(t.location);
    for (auto& o : t.value_origins) fix(o);
  }
  for (auto& e : facts.endpoints) fix(e.location);
  for (auto& u : facts.uses) fix(u.location);
  std::map<Location, Fix> renamed;
  for (auto& [l, f] : fixes) {
    Location k = l;
    fix(k);
    for (auto& e : f.edits) fix(e.range);
    renamed.emplace(k, std::move(f));
  }
  fixes = std::move(renamed);
}

ExternalResult scan(const ClangScanConfig& config, const ExternalRequest& request) {
  ExternalResult out;
  Database db = find_database(config, request.root, out.notes);
  if (!db.db || !request.files) return out;

  std::vector<const WalkEntry*> units;
  for (const WalkEntry& e : *request.files) {
    if (!is_c_family_source(e.path) || db.db->getCompileCommands(e.abs_path).empty()) continue;
    out.handled.insert(e.path);
    std::string content;
    if (!read(e.abs_path, content)) {
      out.notes.push_back({e.path, "unreadable: cannot open file"});
      ++out.skipped;
      continue;
    }
    // No trigger word in the file: no trust fact can come from it (the same rule as every front-end).
    if (request.prefilter && !request.prefilter(content)) continue;
    units.push_back(&e);
  }

  const std::string resource_dir = config.resource_dir.empty() ? ATSCAN_CLANG_RESOURCE_DIR : config.resource_dir;
  std::vector<TuOutcome> outcomes(units.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < units.size(); i = next++) outcomes[i] = run_tu(*db.db, units[i]->abs_path, request.root, resource_dir);
  };
  const unsigned n = std::min<unsigned>(std::max(1u, request.jobs), static_cast<unsigned>(units.size()));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < n; ++t) threads.emplace_back(work);
  if (!units.empty()) work();
  for (auto& t : threads) t.join();

  for (size_t i = 0; i < units.size(); ++i) {
    TuOutcome& o = outcomes[i];
    const std::string& path = units[i]->path;
    // A TU that did not compile (a missing header, a wrong flag) loses whatever follows the error:
    // its file goes to the tree-sitter fallback instead, and a note says why.
    if (!o.ran || o.errors) {
      std::string msg = !o.ran ? std::string("the Clang engine could not run this translation unit (") + db.where + ")"
                               : std::to_string(o.errors) + " compiler error(s) with the command from " + db.where;
      for (const auto& m : o.messages) msg += "; " + m;
      out.notes.push_back({path, msg + "; scanned with the tree-sitter fallback instead (lower confidence)", "warning"});
      out.handled.erase(path);
      continue;
    }
    if (o.facts.trust.empty()) continue;
    rename_main_file(o.facts, o.fixes, path);
    for (auto& [l, f] : o.fixes) out.fixes.emplace(l, std::move(f));
    out.facts.push_back(std::move(o.facts));
  }
  return out;
}

}  // namespace
}  // namespace atscan::clangfe

// The module's one entry point (see entry.h); the type check keeps it in step with ClangScanEntry.
extern "C" __attribute__((visibility("default"))) void atscan_clang_scan_v1(const atscan::clangfe::ClangScanConfig& config,
                                                                            const atscan::ExternalRequest& request, atscan::ExternalResult& out) {
  out = atscan::clangfe::scan(config, request);
}
static_assert(std::is_same_v<decltype(&atscan_clang_scan_v1), atscan::clangfe::ClangScanEntry>);
