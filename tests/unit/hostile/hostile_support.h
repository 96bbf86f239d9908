#pragma once
// Helpers for the hostile-input regression tests: a throwaway tree per test, and one scan of it
// through the real pipeline (catalog, profile, oracle loaded once per process).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/catalog/catalog.h"
#include "core/hosts/host_classifier.h"
#include "core/profile/profile.h"
#include "core/trust/oracle.h"
#include "scanners/pipeline/scan.h"
#include "tests/unit/test_clock.h"

namespace atscan::testing {

class HostileTree {
 public:
  HostileTree() {
    static int made = 0;  // two trees in one test (inside and outside a root) get distinct folders
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() / ("atscan-hostile-" + std::to_string(::getpid()) + "-" +
                                                     (info ? std::string(info->name()) : std::string("x")) + "-" + std::to_string(++made));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~HostileTree() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  const std::filesystem::path& dir() const { return dir_; }
  std::filesystem::path write(const std::string& rel, const std::string& content) const {
    const auto p = dir_ / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }

 private:
  std::filesystem::path dir_;
};

struct HostileEngine {
  Catalog catalog = Catalog::load(ATSCAN_SOURCE_DIR "/rules");
  std::shared_ptr<const Profile> profile = Profile::load_named(ATSCAN_SOURCE_DIR "/rules", "aws-ats");
  TrustOracle oracle{profile, kTestNow};
  HostClassifier hosts{profile};
};

inline HostileEngine& hostile_engine() {
  static HostileEngine e;
  return e;
}

inline ScanOutcome scan_tree(const std::filesystem::path& root, int jobs = 1) {
  ScanOptions opts;
  opts.walk.roots = {root.string()};
  opts.jobs = jobs;
  auto& e = hostile_engine();
  return run_scan(opts, e.catalog, e.oracle, e.hosts);
}

// Whether some notification about `file` contains `text`.
inline bool noted(const ScanOutcome& o, const std::string& file, const std::string& text) {
  for (const auto& n : o.notifications)
    if (n.file == file && n.message.find(text) != std::string::npos) return true;
  return false;
}

inline std::string notes_of(const ScanOutcome& o) {
  std::string s;
  for (const auto& n : o.notifications) s += n.file + ": " + n.level + ": " + n.message + "\n";
  return s;
}

}  // namespace atscan::testing
