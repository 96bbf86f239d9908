// Runs every annotated configuration fixture (tests/fixtures/config) through the real pipeline:
// each `ruleid:` line must have that finding on the next code line, each `ok:` line none, no other
// finding may appear, and each `note: <text>` needs a scan note for the file containing <text>
// (and no other notes may appear). Comment syntax is the format's own: #, ;, //, <!-- -->.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "tests/unit/config/config_test_support.h"
#include "tests/unit/fixture_annotations.h"

namespace fs = std::filesystem;
using atscan::testing::Expectation;

namespace {

struct Annotations {
  std::vector<Expectation> findings;
  std::vector<std::string> notes;
};

Annotations read_config_annotations(const std::string& path) {
  // Ids stop at whitespace, so trailing prose and "-->" are not part of them.
  static const std::regex marker(R"((?:^|[^\w-])(ruleid|ok):\s*(ats-[a-z0-9-]+))");
  static const std::regex note(R"((?:^|[^\w-])note:\s*(.*?)\s*(?:-->|\*/)?\s*$)");
  Annotations a;
  std::vector<Expectation> pending;
  std::ifstream in(path);
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::smatch m;
    if (std::regex_search(line, m, marker)) {
      pending.push_back({0, m[2], m[1] == "ruleid"});
      continue;
    }
    if (std::regex_search(line, m, note)) {
      a.notes.push_back(m[1]);
      continue;
    }
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    for (auto& p : pending) {
      p.line = n;
      a.findings.push_back(p);
    }
    pending.clear();
  }
  return a;
}

// Annotated fixtures: everything but certificate files, malformed inputs and the binary plist
// (those have their own tests).
std::vector<std::string> fixture_files() {
  std::vector<std::string> out;
  const fs::path root = atscan::testing::config_fixture_dir();
  for (const auto& f : fs::recursive_directory_iterator(root)) {
    if (!f.is_regular_file()) continue;
    const std::string rel = fs::relative(f.path(), root).generic_string();
    if (rel.rfind("malformed/", 0) == 0 || rel.rfind("apple-binary/", 0) == 0 || f.path().extension() == ".pem") continue;
    out.push_back(rel);
  }
  std::sort(out.begin(), out.end());
  return out;
}

class ConfigFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(ConfigFixture, MatchesAnnotations) {
  const std::string rel = GetParam();
  const auto& outcome = atscan::testing::config_fixture_outcome();
  const auto ann = read_config_annotations(atscan::testing::config_fixture_dir() + "/" + rel);
  std::vector<atscan::Finding> mine;
  for (const auto& f : outcome.findings)
    if (f.location.file == rel) mine.push_back(f);
  for (const auto& p : atscan::testing::check_annotations(ann.findings, mine)) ADD_FAILURE() << rel << ": " << p;

  std::vector<std::string> notes;
  for (const auto& n : outcome.notifications)
    if (n.file == rel) notes.push_back(n.message);
  for (const auto& want : ann.notes) {
    auto it = std::find_if(notes.begin(), notes.end(), [&](const std::string& m) { return m.find(want) != std::string::npos; });
    if (it == notes.end()) ADD_FAILURE() << rel << ": expected a note containing '" << want << "'";
    else notes.erase(it);
  }
  for (const auto& n : notes) ADD_FAILURE() << rel << ": unexpected note: " << n;
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
    for (const auto& e : read_config_annotations(atscan::testing::config_fixture_dir() + "/" + rel).findings)
      if (e.expect) seen.insert(e.rule_id);
  // ats-embedded-certificate is covered in config_facts_test: a fixture holding a PEM is also a
  // certificate file to the certificate-file front-end, which reports it on line 1.
  for (const char* id : {"ats-custom-ca-bundle", "ats-certificate-pinning", "ats-verification-disabled",
                         "ats-system-trust-replaced"})
    EXPECT_TRUE(seen.count(id)) << id;
}

}  // namespace
