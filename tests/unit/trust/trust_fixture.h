#pragma once
// Shared by the trust tests: the real aws-ats profile and an oracle that names only profile
// certificates (no system roots), so verdict texts do not depend on the machine.
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "core/profile/profile.h"
#include "core/trust/oracle.h"
#include "tests/unit/test_clock.h"

namespace atscan::testing {

inline std::filesystem::path repo_path(const std::string& rel) { return std::filesystem::path(ATSCAN_SOURCE_DIR) / rel; }
inline std::filesystem::path cert_data(const std::string& rel) { return std::filesystem::path(ATSCAN_TEST_DATA) / "certs" / rel; }

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::shared_ptr<const Profile> aws_profile() {
  static auto p = Profile::load(repo_path("rules/profiles/aws-ats.yaml"));
  return p;
}

// One oracle for the whole test binary: it is thread-safe and its cache is part of what we test.
inline TrustOracle& aws_oracle() {
  static TrustOracle oracle(aws_profile(), "", kTestNow);
  return oracle;
}

inline std::string ats_pem(const std::string& rel) { return slurp(repo_path("rules/profiles/aws-ats/" + rel)); }

}  // namespace atscan::testing
