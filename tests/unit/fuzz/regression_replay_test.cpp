// Replays every input that once crashed, hung or blew up a fuzz target (tests/fuzz/regressions/
// <target>/<file>) through the plain entry point: the suite fails if any of them crashes again (under
// the asan preset: any memory error or undefined behaviour).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz/entries.h"

namespace {
namespace fs = std::filesystem;

const fs::path kRegressions = ATSCAN_SOURCE_DIR "/tests/fuzz/regressions";

std::vector<std::string> regression_inputs() {
  std::vector<std::string> out;
  if (!fs::is_directory(kRegressions)) return out;
  for (const auto& target : fs::directory_iterator(kRegressions)) {
    if (!target.is_directory()) continue;
    for (const auto& f : fs::directory_iterator(target.path()))
      if (f.is_regular_file()) out.push_back(fs::relative(f.path(), kRegressions).generic_string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

class FuzzRegression : public ::testing::TestWithParam<std::string> {};

TEST_P(FuzzRegression, ReplaysWithoutCrashing) {
  const fs::path rel = GetParam();
  const std::string target = rel.begin()->string();
  auto it = atscan::fuzz::entries().find(target);
  ASSERT_NE(it, atscan::fuzz::entries().end()) << "no fuzz target named '" << target << "'";
  std::ifstream in(kRegressions / rel, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  it->second(ss.str());
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string s = info.param;
  for (char& c : s)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return s;
}

INSTANTIATE_TEST_SUITE_P(Saved, FuzzRegression, ::testing::ValuesIn(regression_inputs()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(FuzzRegression);

TEST(FuzzRegressions, EveryFolderNamesATarget) {
  for (const auto& target : fs::directory_iterator(kRegressions))
    if (target.is_directory()) EXPECT_TRUE(atscan::fuzz::entries().count(target.path().filename().string())) << target.path();
}

}  // namespace
