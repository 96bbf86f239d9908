// Runs every annotated configuration fixture (tests/fixtures/config) through the real pipeline, the
// whole folder as one scan (configs name each other's files), against the one fixture dialect
// (tests/common/fixture_annotations.h): findings with their levels, and the file's scan notes.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "tests/unit/config/config_test_support.h"
#include "tests/common/fixture_annotations.h"

namespace fs = std::filesystem;

namespace {

// Annotated fixtures: everything but malformed inputs and the binary plist (those have their own
// tests). PEM files carry their annotations in comment lines before the first certificate.
std::vector<std::string> fixture_files() {
  std::vector<std::string> out;
  const fs::path root = atscan::testing::config_fixture_dir();
  for (const auto& f : fs::recursive_directory_iterator(root)) {
    if (!f.is_regular_file()) continue;
    const std::string rel = fs::relative(f.path(), root).generic_string();
    if (rel.rfind("malformed/", 0) == 0 || rel.rfind("apple-binary/", 0) == 0) continue;
    out.push_back(rel);
  }
  std::sort(out.begin(), out.end());
  return out;
}

class ConfigFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(ConfigFixture, MatchesAnnotations) {
  const std::string rel = GetParam();
  const auto& outcome = atscan::testing::config_fixture_outcome();
  const auto ann = atscan::testing::read_annotations(atscan::testing::config_fixture_dir() + "/" + rel);
  std::vector<atscan::Finding> mine;
  for (const auto& f : outcome.findings)
    if (f.location.file == rel) mine.push_back(f);
  for (const auto& p : atscan::testing::check_annotations(ann, atscan::testing::observed(mine), atscan::testing::Engine::any))
    ADD_FAILURE() << rel << ": " << p;
  std::vector<std::string> notes;
  for (const auto& n : outcome.notifications)
    if (n.file == rel) notes.push_back(n.message);
  for (const auto& p : atscan::testing::check_notes(ann, notes)) ADD_FAILURE() << rel << ": " << p;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (auto& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, ConfigFixture, ::testing::ValuesIn(fixture_files()), test_name);

// The fixture set must exercise every rule the config front-ends emit: a silent front-end would
// otherwise pass with "no unexpected findings".
TEST(ConfigFixtures, EveryConfigRuleIsExercised) {
  std::set<std::string> seen;
  for (const auto& rel : fixture_files())
    for (const auto& e : atscan::testing::read_annotations(atscan::testing::config_fixture_dir() + "/" + rel).findings)
      if (e.expect == atscan::testing::Expect::present) seen.insert(e.rule_id);
  // ats-embedded-certificate is covered in config_facts_test: a fixture holding a PEM is also a
  // certificate file to the certificate-file front-end, which reports it on line 1.
  for (const char* id : {"ats-custom-ca-bundle", "ats-certificate-pinning", "ats-verification-disabled",
                         "ats-system-trust-replaced"})
    EXPECT_TRUE(seen.count(id)) << id;
}

}  // namespace
