// Runs every tree-sitter fixture (tests/fixtures/<language>/ for each language with queries) through
// the real pipeline against the one fixture dialect (tests/common/fixture_annotations.h): findings with
// their levels and the file's scan notes. C and C++ fixtures are the tree-sitter fallback of those
// languages, so their `fallback:` annotations apply (tests/clang runs them through Clang too).
#include <gtest/gtest.h>

#include <filesystem>

#include "core/catalog/catalog.h"
#include "core/hosts/host_classifier.h"
#include "core/profile/profile.h"
#include "core/trust/oracle.h"
#include "scanners/pipeline/scan.h"
#include "tests/common/fixture_annotations.h"
#include "tests/unit/test_clock.h"

namespace fs = std::filesystem;

namespace {

std::vector<std::string> fixture_files() {
  std::vector<std::string> out;
  for (const auto& lang : fs::directory_iterator(ATSCAN_SOURCE_DIR "/rules/queries")) {
    fs::path dir = fs::path(ATSCAN_SOURCE_DIR "/tests/fixtures") / lang.path().filename();
    if (!fs::is_directory(dir)) continue;
    for (const auto& f : fs::recursive_directory_iterator(dir))
      if (f.is_regular_file()) out.push_back(f.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

class TreeSitterFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(TreeSitterFixture, MatchesAnnotations) {
  const std::string path = GetParam();
  // One catalog and oracle for every fixture: loading the system roots each time costs seconds.
  static const auto catalog = atscan::Catalog::load(ATSCAN_SOURCE_DIR "/rules");
  static const auto profile = atscan::Profile::load_named(ATSCAN_SOURCE_DIR "/rules", "aws-ats");
  static atscan::TrustOracle oracle(profile, atscan::testing::kTestNow);
  static const atscan::HostClassifier hosts(profile);
  atscan::ScanOptions opts;
  opts.walk.roots = {path};
  opts.jobs = 1;
  auto outcome = atscan::run_scan(opts, catalog, oracle, hosts);
  const auto expected = atscan::testing::read_annotations(path);
  ASSERT_FALSE(expected.findings.empty()) << path << " has no annotations";
  const std::string lang = fs::path(path).parent_path().filename().string();
  const auto engine = lang == "c" || lang == "cpp" ? atscan::testing::Engine::fallback : atscan::testing::Engine::any;
  for (const auto& p : atscan::testing::check_annotations(expected, atscan::testing::observed(outcome.findings), engine))
    ADD_FAILURE() << path << ": " << p;
  std::vector<std::string> notes;
  for (const auto& n : outcome.notifications) notes.push_back(n.message);
  for (const auto& p : atscan::testing::check_notes(expected, notes)) ADD_FAILURE() << path << ": " << p;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string rel = fs::relative(info.param, ATSCAN_SOURCE_DIR "/tests/fixtures").string();
  for (auto& c : rel)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return rel;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, TreeSitterFixture, ::testing::ValuesIn(fixture_files()), test_name);

}  // namespace
