#pragma once
// From facts to findings for the Clang doors: the one judge with the trust oracle, the catalog and
// the profile loaded once per process (the copies parsed at build time when the files are unchanged,
// judge_data/; the oracle's certificate work on its first verdict), and findings mapped back to Clang
// source locations.
#include <clang/Basic/SourceLocation.h>

#include <memory>
#include <string>
#include <vector>

#include "clang-plugin/engine/tu_result.h"
#include "core/catalog/catalog.h"
#include "core/hosts/host_classifier.h"
#include "core/trust/oracle.h"

namespace atscan::clangfe {

struct EngineOptions {
  std::string rules_dir;        // "" = atscan::default_rules_dir
  std::string profile = "aws-ats";  // a name under rules/profiles, or a YAML path
  std::string root;             // "" = current directory
  std::string now;              // YYYY-MM-DD; "" = SOURCE_DATE_EPOCH, else the machine clock
  bool lower_test_code = true;
  Severity min_severity = Severity::note;
};

// Catalog, profile, oracle and host classifier for one (rules dir, profile, now); cached and shared
// by every TU of the process. Throws std::runtime_error with a readable message.
struct JudgeContext {
  Catalog catalog;
  std::shared_ptr<const Profile> profile;
  std::unique_ptr<TrustOracle> oracle;
  std::unique_ptr<HostClassifier> hosts;
};
JudgeContext& judge_context(const EngineOptions& options);
std::string resolved_root(const EngineOptions& options);

// A finding as a Clang diagnostic.
struct TuDiagnostic {
  Finding finding;
  clang::SourceLocation loc;
  std::vector<std::pair<clang::SourceLocation, std::string>> notes;
  const PendingFix* fix = nullptr;  // points into the TuResult
};

// Judges one TU (the clang-tidy and -fplugin doors). Sorted like every reporter.
std::vector<TuDiagnostic> judge_tu(const TuResult& tu, const EngineOptions& options);

}  // namespace atscan::clangfe
