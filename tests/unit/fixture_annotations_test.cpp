// The one fixture dialect: levels are asserted, a wrong level fails, engine-qualified lines replace
// the plain ones only for their engine, and a malformed annotation is an error, not a silent pass.
#include "tests/common/fixture_annotations.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace atscan::testing {
namespace {

std::string write_fixture(const std::string& name, const std::string& text) {
  const auto dir = std::filesystem::temp_directory_path() / ("atscan-dialect-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path) << text;
  return path.string();
}

const char* kFixture =
    "# ruleid[error]: ats-custom-ca-bundle\n"
    "a = 1\n"
    "# ok: ats-verification-disabled, ats-certificate-pinning\n"
    "b = 2\n"
    "# ruleid[note]: ats-embedded-certificate\n"
    "# fallback: ruleid[warning]: ats-embedded-certificate — the fallback reaches an S3 endpoint\n"
    "# clang: ok: ats-embedded-certificate — Clang misses it\n"
    "c = 3\n"
    "# todoruleid[warning]: ats-custom-ca-bundle  should be a warning one day\n"
    "d = 4\n"
    "# note: parse error\n";

TEST(FixtureDialect, ReadsLevelsTargetsAndNotes) {
  const auto a = read_annotations(write_fixture("read.conf", kFixture));
  ASSERT_EQ(a.findings.size(), 7u);
  EXPECT_EQ(a.findings[0].line, 2);
  EXPECT_EQ(a.findings[0].level, "error");
  EXPECT_EQ(a.findings[1].expect, Expect::absent);
  EXPECT_EQ(a.findings[2].rule_id, "ats-certificate-pinning");
  EXPECT_EQ(a.findings[4].only, Engine::fallback);
  EXPECT_EQ(a.findings[5].only, Engine::clang);
  EXPECT_EQ(a.findings[6].expect, Expect::todo_present);
  ASSERT_EQ(a.notes.size(), 1u);
  EXPECT_EQ(a.notes[0], "parse error");
}

TEST(FixtureDialect, AWrongLevelFails) {
  const auto a = read_annotations(write_fixture("level.conf", kFixture));
  const std::vector<Observed> got = {{2, "ats-custom-ca-bundle", "warning", "m"}, {8, "ats-embedded-certificate", "note", "m"}};
  const auto problems = check_annotations(a, got, Engine::any);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "line 2: ats-custom-ca-bundle: expected level error, got warning: m");
  EXPECT_TRUE(check_annotations(a, got, Engine::any, /*check_level=*/false).empty());
}

TEST(FixtureDialect, EngineLinesReplaceThePlainOnesForThatEngineOnly) {
  const auto a = read_annotations(write_fixture("engine.conf", kFixture));
  const std::vector<Observed> base = {{2, "ats-custom-ca-bundle", "error", "m"}};
  auto with = [&](std::vector<Observed> extra) {
    auto all = base;
    all.insert(all.end(), extra.begin(), extra.end());
    return all;
  };
  EXPECT_TRUE(check_annotations(a, with({{8, "ats-embedded-certificate", "note", "m"}}), Engine::any).empty());
  EXPECT_TRUE(check_annotations(a, with({{8, "ats-embedded-certificate", "warning", "m"}}), Engine::fallback).empty());
  EXPECT_FALSE(check_annotations(a, with({{8, "ats-embedded-certificate", "note", "m"}}), Engine::fallback).empty());
  EXPECT_TRUE(check_annotations(a, base, Engine::clang).empty());
  EXPECT_FALSE(check_annotations(a, with({{8, "ats-embedded-certificate", "note", "m"}}), Engine::clang).empty());
}

TEST(FixtureDialect, TodoFailsOnceTheJudgeSaysIt) {
  const auto a = read_annotations(write_fixture("todo.conf", kFixture));
  const std::vector<Observed> base = {{2, "ats-custom-ca-bundle", "error", "m"}, {8, "ats-embedded-certificate", "note", "m"}};
  auto at_level = [&](const char* level) {
    auto all = base;
    all.push_back({10, "ats-custom-ca-bundle", level, "m"});
    return check_annotations(a, all, Engine::any);
  };
  EXPECT_TRUE(check_annotations(a, base, Engine::any).empty());  // absent: still to do
  EXPECT_TRUE(at_level("note").empty());                           // another level: still to do
  const auto done = at_level("warning");
  ASSERT_EQ(done.size(), 1u);
  EXPECT_NE(done[0].find("turn todoruleid into ruleid"), std::string::npos);
}

TEST(FixtureDialect, UnannotatedAndMissingFindingsFail) {
  const auto a = read_annotations(write_fixture("missing.conf", kFixture));
  const auto problems = check_annotations(a, {{4, "ats-verification-disabled", "warning", "m"}, {9, "ats-custom-ca-bundle", "note", "m"}}, Engine::any);
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0], "line 2: expected ats-custom-ca-bundle [error], got none");
  EXPECT_EQ(problems[1], "line 4: unexpected ats-verification-disabled [warning] (annotated ok): m");
  EXPECT_EQ(problems[2], "line 8: expected ats-embedded-certificate [note], got none");
  EXPECT_EQ(problems[3], "line 9: unannotated finding ats-custom-ca-bundle [note]: m");
}

TEST(FixtureDialect, MalformedAnnotationsAreErrors) {
  EXPECT_THROW(read_annotations(write_fixture("nolevel.py", "# ruleid: ats-custom-ca-bundle\nx = 1\n")), std::runtime_error);
  EXPECT_THROW(read_annotations(write_fixture("badlevel.py", "# ruleid[fatal]: ats-custom-ca-bundle\nx = 1\n")), std::runtime_error);
  EXPECT_THROW(read_annotations(write_fixture("oklevel.py", "# ok[note]: ats-custom-ca-bundle\nx = 1\n")), std::runtime_error);
  EXPECT_THROW(read_annotations(write_fixture("dangling.py", "x = 1\n# ruleid[note]: ats-custom-ca-bundle\n")), std::runtime_error);
}

}  // namespace
}  // namespace atscan::testing
