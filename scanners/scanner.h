#pragma once
// A front-end: knows one language or format, emits facts, knows nothing about policy.
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/facts.h"
#include "core/model/notification.h"

namespace atscan {

struct SourceFile {
  std::string path;          // relative to the scan root, '/' separators
  std::string abs_path;
  std::string_view content;  // the whole file (valid UTF-8 not guaranteed)
};

// The scan root a file was found under: files a scanner reads besides the one handed over (manifests,
// referenced bundles) must stay inside it.
inline std::string scan_root_of(const SourceFile& f) {
  const std::string_view abs = f.abs_path, rel = f.path;
  if (!rel.empty() && abs.size() > rel.size() && abs.substr(abs.size() - rel.size()) == rel && abs[abs.size() - rel.size() - 1] == '/')
    return std::string(abs.substr(0, abs.size() - rel.size() - 1));
  const auto slash = abs.rfind('/');
  return slash == std::string_view::npos ? std::string(".") : std::string(abs.substr(0, slash == 0 ? 1 : slash));
}

// Problems a scanner had with a file (parse errors, unreadable config): reported, never fatal.
using ScanNote = Notification;

// What every front-end may need to know about the run; handed to prepare() once, before workers start.
struct ScanConfig {
  std::string rules_dir;  // the catalog folder: queries live in rules_dir/queries/<language>/
};

class Scanner {
 public:
  virtual ~Scanner() = default;
  // Called once per run on the main thread, on a throwaway instance: load shared, immutable data
  // (compiled queries). Throws std::runtime_error with a message naming the file for broken input.
  virtual void prepare(const ScanConfig& config) {}
  virtual std::string_view name() const = 0;
  // Cheap decision on path (and content if needed) whether this front-end handles the file.
  virtual bool wants(const SourceFile& file) const = 0;
  virtual void scan(const SourceFile& file, FileFacts& out, std::vector<ScanNote>& notes) = 0;
  // Flow records only, no facts: for a file the prefilter skipped whose names a scanned file uses
  // (demand parsing for the flow solver). False when this front-end has no flow records for it.
  virtual bool scan_flows(const SourceFile& file, FileFacts& out, std::vector<ScanNote>& notes) { return false; }
  // Whether scan_flows can give records for this path (decided by path alone).
  virtual bool has_flows(const SourceFile& file) const { return false; }
  // Binary formats (DER, PKCS#12, JKS, binary plist) are claimed by path; other binary files are skipped.
  virtual bool accepts_binary(const SourceFile& file) const { return false; }
  // Whether what scan() yields for this file depends on other files too (a manifest beside it, the
  // build context): such results are never taken from the result cache.
  virtual bool reads_other_files(const SourceFile& file) const { return false; }
  // Files judged by content regardless of the catalog's trigger literals (certificate files).
  virtual bool bypasses_prefilter(const SourceFile& file) const { return false; }
  // Whether scanning the file again costs less than a round trip through the result cache (a hash, then
  // an entry written on a cold run and read on a warm one): line scanners over READMEs and small config
  // files. When every front-end of a file says so, the cache is not asked and nothing is stored for it.
  virtual bool cheaper_than_cache(const SourceFile& file) const { return false; }
  // Whether scan() can start at once. False when it would first wait for shared data that another
  // thread is preparing for it (a language's queries compiling, started by this call): the pipeline
  // scans other files meanwhile and comes back to this one.
  virtual bool ready(const SourceFile& file) { return true; }
  // Whether this run expects to hand scan() few files: a rescan whose other files come from the cache
  // (its last outcome is stored), or a walk of a handful of files. Called on a throwaway instance before
  // those files; a front-end may then prepare only what they need (tree-sitter: QueryParts).
  virtual void expect_few_files(bool few) {}
  // Work done once per process rather than per file (a language's queries compiled), by what, in
  // seconds of thread time: added to `out` for --stats. Called on a throwaway instance after the scan.
  virtual void add_setup_seconds(std::map<std::string, double>& out) const {}
  // Where this instance's scan() time went, by part ("c parse", "c queries", "c flow records"), in
  // seconds summed over its files: added to `out` for --stats. Called on each worker's instance after
  // its files, so a front-end says how much of its time the parser alone took (the floor of a scan).
  virtual void add_part_seconds(std::map<std::string, double>& out) const {}
};

using ScannerFactory = std::function<std::unique_ptr<Scanner>()>;

// Self-registration: one line per front-end, next to its implementation.
struct ScannerRegistration {
  ScannerRegistration(std::string name, ScannerFactory factory);
};
const std::vector<std::pair<std::string, ScannerFactory>>& registered_scanners();

#define ATSCAN_REGISTER_SCANNER(Class) \
  static const ::atscan::ScannerRegistration atscan_reg_##Class(#Class, [] { return std::make_unique<Class>(); })

}  // namespace atscan
