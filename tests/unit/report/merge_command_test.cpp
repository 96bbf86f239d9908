// `atscan merge` through CLI11, as main() drives it.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "cli/commands.h"
#include "cli/context.h"

#include <nlohmann/json.hpp>

namespace atscan::cli {
namespace {

namespace fs = std::filesystem;

class MergeCommandTest : public ::testing::Test {
 protected:
  fs::path dir = fs::temp_directory_path() / ("atscan-merge-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
  void SetUp() override { fs::create_directories(dir); }
  void TearDown() override { fs::remove_all(dir); }
  std::string write(const std::string& name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
    return (dir / name).string();
  }
  int run(std::vector<std::string> args) {
    CLI::App app;
    GlobalOptions g;
    Runner runner;
    add_merge_command(app, g, runner);
    args.insert(args.begin(), "merge");
    std::reverse(args.begin(), args.end());  // CLI11 takes a reversed vector
    app.parse(args);
    return runner();
  }
};

constexpr const char* kLog = R"({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "atscan", "rules": [{"id": "ats-a"}]}},
  "results": [{"ruleId": "ats-a", "message": {"text": "m"}}]}]})";

TEST_F(MergeCommandTest, WritesTheMergedLogToOutput) {
  const auto a = write("a.sarif", kLog), b = write("b.sarif", kLog);
  EXPECT_EQ(run({a, b, "-o", (dir / "out.sarif").string()}), kClean);
  std::ifstream in(dir / "out.sarif");
  auto merged = nlohmann::json::parse(in);
  EXPECT_EQ(merged["runs"][0]["results"].size(), 2u);
}

TEST_F(MergeCommandTest, BadFileIsAUsageErrorNamingIt) {
  const auto a = write("a.sarif", kLog), bad = write("bad.sarif", "not json");
  try {
    run({a, bad});
    FAIL() << "expected UsageError";
  } catch (const UsageError& e) {
    EXPECT_TRUE(std::string(e.what()).starts_with("merge: " + bad + ": not valid JSON")) << e.what();
  }
  try {
    run({a, (dir / "missing.sarif").string()});
    FAIL() << "expected UsageError";
  } catch (const UsageError& e) {
    EXPECT_EQ(std::string(e.what()), "merge: " + (dir / "missing.sarif").string() + ": cannot read the file");
  }
}

TEST_F(MergeCommandTest, NeedsAtLeastOneInput) {
  EXPECT_THROW(run({}), CLI::ParseError);
}

}  // namespace
}  // namespace atscan::cli
