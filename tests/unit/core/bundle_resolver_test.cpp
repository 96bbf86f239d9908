#include "core/judge/bundle_resolver.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>

namespace fs = std::filesystem;

class BundleResolver : public ::testing::Test {
 protected:
  void SetUp() override {
    // One folder per test and process: ctest runs these tests in parallel.
    root = fs::temp_directory_path() / ("atscan-resolver-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
                                        "-" + std::to_string(::getpid()));
    fs::create_directories(root / "certs");
    fs::create_directories(root / "app" / "conf");
    std::ofstream(root / "certs" / "ca.pem") << "x";
    std::ofstream(root / "app" / "conf" / "local.pem") << "x";
  }
  void TearDown() override { fs::remove_all(root); }
  std::string rel(const std::optional<fs::path>& p) { return p ? p->lexically_relative(fs::weakly_canonical(root)).generic_string() : "<none>"; }
  fs::path root;
};

TEST_F(BundleResolver, RelativeToTheFileFirstThenTheRoot) {
  EXPECT_EQ(rel(atscan::resolve_in_root(root, "app/conf/x.py", "local.pem")), "app/conf/local.pem");
  EXPECT_EQ(rel(atscan::resolve_in_root(root, "app/conf/x.py", "certs/ca.pem")), "certs/ca.pem");
  EXPECT_EQ(rel(atscan::resolve_in_root(root, "app/x.py", "../certs/ca.pem")), "certs/ca.pem");
}

TEST_F(BundleResolver, ContainerPathsMapToTheirTail) {
  EXPECT_EQ(rel(atscan::resolve_in_root(root, "Dockerfile", "/app/certs/ca.pem")), "certs/ca.pem");
  EXPECT_EQ(rel(atscan::resolve_in_root(root, "Dockerfile", "/srv/app/conf/local.pem")), "app/conf/local.pem");
}

TEST_F(BundleResolver, NeverLeavesTheRootNorGuessesSystemPaths) {
  EXPECT_EQ(rel(atscan::resolve_in_root(root, "x.py", "../../etc/passwd")), "<none>");
  EXPECT_EQ(rel(atscan::resolve_in_root(root, "x.py", "/etc/ssl/certs/ca.pem")), "<none>");
  EXPECT_EQ(rel(atscan::resolve_in_root(root, "x.py", "missing.pem")), "<none>");
  EXPECT_EQ(rel(atscan::resolve_in_root(root, "x.py", "")), "<none>");
}
