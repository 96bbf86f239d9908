#include "core/report/gitlab_reporter.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/unit/report/sample_findings.h"

namespace atscan {
namespace {

TEST(GitlabReporter, CodeQualityIssues) {
  auto catalog = test::sample_catalog();
  std::ostringstream out;
  GitlabReporter().write(out, test::sample_findings(), test::sample_context(catalog));
  auto issues = nlohmann::json::parse(out.str());
  ASSERT_TRUE(issues.is_array());
  ASSERT_EQ(issues.size(), 3u) << "the suppressed finding is left out";
  EXPECT_EQ(issues[0], (nlohmann::json{{"description", "embedded certificate Baltimore CyberTrust Root"},
                                       {"check_name", "ats-embedded-certificate"},
                                       {"fingerprint", "4444dddd"},
                                       {"severity", "major"},
                                       {"location", {{"path", "certs/legacy.pem"}, {"lines", {{"begin", 1}}}}}}));
  EXPECT_EQ(issues[1]["location"]["lines"]["begin"], 3);
  EXPECT_EQ(issues[2]["severity"], "critical");
  EXPECT_EQ(issues[2]["check_name"], "ats-certificate-pinning");
}

TEST(GitlabReporter, SeverityMapAndFingerprintAlwaysSet) {
  EXPECT_EQ(gitlab_severity(Severity::error), "critical");
  EXPECT_EQ(gitlab_severity(Severity::warning), "major");
  EXPECT_EQ(gitlab_severity(Severity::note), "info");
  Finding a, b;
  a.rule_id = b.rule_id = "ats-custom-ca-bundle";
  a.location = {"a.py", 1, 1, 0, 0};
  b.location = {"b.py", 1, 1, 0, 0};
  std::ostringstream out;
  GitlabReporter().write(out, {a, b}, ReportContext{});
  auto issues = nlohmann::json::parse(out.str());
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_FALSE(issues[0]["fingerprint"].get<std::string>().empty());
  EXPECT_NE(issues[0]["fingerprint"], issues[1]["fingerprint"]);
}

TEST(GitlabReporter, NoFindingsIsAnEmptyArray) {
  std::ostringstream out;
  GitlabReporter().write(out, {}, ReportContext{});
  EXPECT_EQ(out.str(), "[]\n");
}

}  // namespace
}  // namespace atscan
