#include "core/config/project_config.h"

#include <gtest/gtest.h>

namespace atscan {
namespace {

std::string error_of(const std::string& text) {
  try {
    parse_project_config(text, "p/.atscan.yaml", "/p");
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "";
}

TEST(ProjectConfig, ReadsEveryKey) {
  auto c = parse_project_config(R"(profile: aws-ats
fail-on: warning
test-code: same-level
max-file-size: 1M
exclude: [vendor/, "*.min.js"]
rules:
  select: [ats-*]
  ignore: ats-embedded-certificate
  ats-verification-disabled:
    severity: error
    paths: [src/]
)",
                                "x", "/p");
  EXPECT_EQ(c.fail_on, "warning");
  EXPECT_EQ(c.test_code, "same-level");
  EXPECT_EQ(c.max_file_size, "1M");
  EXPECT_EQ(c.exclude, (std::vector<std::string>{"vendor/", "*.min.js"}));
  EXPECT_EQ(c.select, std::vector<std::string>{"ats-*"});
  EXPECT_EQ(c.ignore, std::vector<std::string>{"ats-embedded-certificate"});
  ASSERT_TRUE(c.rules.count("ats-verification-disabled"));
  EXPECT_EQ(c.rules["ats-verification-disabled"].severity, Severity::error);
  EXPECT_EQ(c.rules["ats-verification-disabled"].paths, std::vector<std::string>{"src/"});
  EXPECT_EQ(c.rules["ats-verification-disabled"].line, 9);
}

TEST(ProjectConfig, UnknownKeysNameFileLineAndSuggestion) {
  EXPECT_EQ(error_of("profile: aws-ats\nfail_on: warning\n"), "p/.atscan.yaml:2: unknown key 'fail_on' (did you mean 'fail-on'?)");
  EXPECT_EQ(error_of("rules:\n  ats-x:\n    severty: error\n"),
            "p/.atscan.yaml:3: unknown key 'severty' in 'rules.ats-x' (did you mean 'severity'?)");
  EXPECT_EQ(error_of("rules:\n  selct: [ats-*]\n").rfind("p/.atscan.yaml:2: unknown key 'selct'", 0), 0u);
  EXPECT_EQ(error_of("fail-on: sometimes\n").rfind("p/.atscan.yaml:1: 'fail-on': 'sometimes' is not one of", 0), 0u);
  EXPECT_EQ(error_of("exclude: {a: b}\n").rfind("p/.atscan.yaml:1: 'exclude' must be a list", 0), 0u);
  EXPECT_EQ(error_of("fail-on: [\n").rfind("p/.atscan.yaml:", 0), 0u);
}

TEST(ProjectConfig, EmptyFileMeansDefaults) {
  auto c = parse_project_config("", "x", "/p");
  EXPECT_FALSE(c.fail_on);
  EXPECT_TRUE(c.rules.empty());
}

TEST(ProjectConfig, DumpRoundTrips) {
  auto c = parse_project_config("fail-on: note\nexclude: ['a b/', \"q\\\"uote\"]\nrules:\n  ignore: [ats-embedded-certificate]\n  ats-certificate-pinning:\n    paths: ['!test/', src/]\n  ats-custom-ca-bundle: {}\n",
                                "x", "/p");
  const std::string dumped = dump_project_config(c);
  auto back = parse_project_config(dumped, "y", "/p");
  EXPECT_EQ(dump_project_config(back), dumped);
  EXPECT_EQ(back.exclude, c.exclude);
  EXPECT_EQ(back.rules.at("ats-certificate-pinning").paths, (std::vector<std::string>{"!test/", "src/"}));
  EXPECT_TRUE(back.rules.count("ats-custom-ca-bundle"));
  EXPECT_EQ(back.fail_on, "note");
  EXPECT_EQ(back.profile, "aws-ats");  // the dump spells the defaults out
}

}  // namespace
}  // namespace atscan
