#pragma once
// Helpers for the review-filter tests: a temporary tree, files, git, and a scan through the CLI's
// scan_with_filters. Files ending in `.reviewfixture` are read by a test-only front-end (registered in
// fixture_scanner_test.cpp): each line holding VERIFY_OFF yields an ats-verification-disabled fact, which
// the judge reports as a warning whatever the trust oracle says.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "cli/context.h"
#include "cli/scan_args.h"

namespace atscan::testing {

class TempTree {
 public:
  TempTree() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("atscan-review-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
    path_ = std::filesystem::canonical(path_);
  }
  ~TempTree() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempTree(const TempTree&) = delete;
  TempTree& operator=(const TempTree&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string str() const { return path_.string(); }

  void write(const std::string& rel, const std::string& content) const {
    auto p = path_ / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
  }
  std::string read(const std::string& rel) const {
    std::ifstream in(path_ / rel, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  // Runs a shell command in the tree; returns its exit status.
  int sh(const std::string& cmd) const {
    std::string full = "cd '" + str() + "' && (" + cmd + ") >/dev/null 2>&1";
    return std::system(full.c_str());
  }
  void git_init_commit_all() const {
    ASSERT_EQ(sh("git init -q . && git -c user.email=t@t -c user.name=t add -A && "
                 "git -c user.email=t@t -c user.name=t commit -q -m base"),
              0);
  }

 private:
  std::filesystem::path path_;
};

inline cli::GlobalOptions global_options() {
  cli::GlobalOptions g;
  g.rules_dir = ATSCAN_SOURCE_DIR "/rules";
  return g;
}

inline cli::ScanArgs scan_args(const TempTree& t) {
  cli::ScanArgs a;
  a.paths = {t.str()};
  a.jobs = 1;
  return a;
}

}  // namespace atscan::testing
