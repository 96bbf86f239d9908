#pragma once
// A front-end that sees the whole run instead of one file at a time: the Clang engine over a
// compilation database. It runs after the walk, takes the files it can handle, and its facts join
// the same single judge call as every other file's; the per-file scanners skip the files it took
// (so a C/C++ file never gets both Clang and tree-sitter facts).
// Plain data and std::function only: atscan_scanners stays free of LLVM; the CLI fills the hook.
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/facts.h"
#include "core/model/finding.h"
#include "core/model/notification.h"
#include "scanners/walk/walker.h"

namespace atscan {

struct ExternalRequest {
  std::string root;                                  // absolute scan root
  const std::vector<WalkEntry>* files = nullptr;     // walked files after sharding, sorted by path
  std::function<bool(std::string_view)> prefilter;   // the catalog's trigger literals: false = cannot matter
  unsigned jobs = 1;
};

struct ExternalResult {
  std::set<std::string> handled;       // relative paths taken, with or without facts
  std::vector<FileFacts> facts;        // files with trust facts, sorted by path
  std::vector<Notification> notes;     // compiler errors, a database that could not be used
  std::map<Location, Fix> fixes;       // safe fixes, by the primary location of the finding they belong to
  int skipped = 0;                     // handled files that were not analysed (errors before parsing)
};

// Throws std::runtime_error with a readable message for unusable input (a broken database).
using ExternalFactSource = std::function<ExternalResult(const ExternalRequest&)>;

}  // namespace atscan
