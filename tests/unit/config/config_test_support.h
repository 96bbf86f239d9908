#pragma once
// Helpers for the configuration front-end tests: run every registered scanner on one in-memory
// file, and scan the annotated fixture tree once through the real pipeline.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/hosts/host_classifier.h"
#include "core/profile/profile.h"
#include "core/trust/oracle.h"
#include "scanners/scanner.h"

#include "core/model/facts.h"
#include "core/model/notification.h"
#include "scanners/pipeline/scan.h"
#include "tests/unit/test_clock.h"

namespace atscan::testing {

struct ScannedFile {
  FileFacts facts;
  std::vector<Notification> notes;
};

// Header-only: the unit-test target compiles *_test.cpp files only.
// scan_text: `path` decides which front-ends want the file; `abs_path` lets them look at neighbours.
// config_fixture_outcome: tests/fixtures/config scanned once (all scanners, the judge, real catalog).


inline std::string config_fixture_dir() { return ATSCAN_SOURCE_DIR "/tests/fixtures/config"; }

inline std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline ScannedFile scan_text(const std::string& path, const std::string& content, const std::string& abs_path = "") {
  ScannedFile out;
  out.facts.file = path;
  SourceFile src{path, abs_path.empty() ? "/nonexistent/" + path : abs_path, content};
  for (const auto& [name, make] : registered_scanners()) {
    auto s = make();
    if (s->wants(src)) s->scan(src, out.facts, out.notes);
  }
  return out;
}

inline const ScanOutcome& config_fixture_outcome() {
  static const ScanOutcome outcome = [] {
    auto catalog = Catalog::load(ATSCAN_SOURCE_DIR "/rules");
    auto profile = Profile::load_named(ATSCAN_SOURCE_DIR "/rules", "aws-ats");
    TrustOracle oracle(profile, kTestNow);
    HostClassifier hosts(profile);
    ScanOptions opts;
    opts.walk.roots = {config_fixture_dir()};
    opts.jobs = 2;
    return run_scan(opts, catalog, oracle, hosts);
  }();
  return outcome;
}


}  // namespace atscan::testing
