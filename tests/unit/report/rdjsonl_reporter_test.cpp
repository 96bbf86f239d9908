#include "core/report/rdjsonl_reporter.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/unit/report/sample_findings.h"

namespace atscan {
namespace {

std::vector<nlohmann::json> render(const std::vector<Finding>& findings, const ReportContext& ctx) {
  std::ostringstream out;
  RdjsonlReporter().write(out, findings, ctx);
  std::vector<nlohmann::json> lines;
  std::istringstream in(out.str());
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

TEST(RdjsonlReporter, DiagnosticsWithRangesCodesAndSuggestions) {
  auto catalog = test::sample_catalog();
  auto lines = render(test::sample_findings(), test::sample_context(catalog));
  ASSERT_EQ(lines.size(), 3u) << "the suppressed finding is left out";

  const auto& whole = lines[0];  // certs/legacy.pem: whole-file, its fix cannot be a suggestion
  // A whole-file finding sits on line 1: reviewdog's diff filter drops diagnostics without a line.
  EXPECT_EQ(whole["location"], (nlohmann::json{{"path", "certs/legacy.pem"}, {"range", {{"start", {{"line", 1}}}}}}));
  EXPECT_EQ(whole["severity"], "WARNING");
  EXPECT_EQ(whole["code"], (nlohmann::json{{"value", "ats-embedded-certificate"}}));
  EXPECT_FALSE(whole.contains("suggestions"));

  const auto& bundle = lines[1];
  EXPECT_EQ(bundle["location"]["range"], (nlohmann::json{{"start", {{"line", 3}, {"column", 1}}}}));
  EXPECT_EQ(bundle["message"], "custom CA bundle \"certs/ca.pem\", 100% custom: <replaces> & more\nsecond line");

  const auto& pin = lines[2];
  EXPECT_EQ(pin["severity"], "ERROR");
  EXPECT_EQ(pin["source"], (nlohmann::json{{"name", "atscan"}}));
  EXPECT_EQ(pin["code"], (nlohmann::json{{"value", "ats-certificate-pinning"}}));  // no base URL: no (broken) relative link
  EXPECT_EQ(pin["location"]["range"], (nlohmann::json{{"start", {{"line", 12}, {"column", 5}}}, {"end", {{"line", 12}, {"column", 40}}}}));
  ASSERT_EQ(pin["suggestions"].size(), 1u);
  EXPECT_EQ(pin["suggestions"][0]["text"], "");
  EXPECT_EQ(pin["suggestions"][0]["range"], pin["location"]["range"]);
  EXPECT_EQ(pin["related_locations"][0]["message"], "request to s3.amazonaws.com");
  EXPECT_EQ(pin["related_locations"][0]["location"]["range"]["start"]["line"], 20);
}

TEST(RdjsonlReporter, NoteIsInfoAndDocsUrlUsesTheBase) {
  auto catalog = test::sample_catalog();
  auto ctx = test::sample_context(catalog);
  ctx.docs_base_url = "https://example.invalid/atscan/";
  auto f = test::sample_findings()[3];
  f.suppression.reset();
  auto lines = render({f}, ctx);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["severity"], "INFO");
  EXPECT_EQ(lines[0]["code"]["url"], "https://example.invalid/atscan/docs/rules/ats-verification-disabled.md");
}

}  // namespace
}  // namespace atscan

namespace atscan {
namespace {

TEST(RdjsonlReporter, InsertionSuggestionHasAnExplicitEnd) {
  Finding f;
  f.rule_id = "ats-custom-ca-bundle";
  f.location = {"app.py", 3, 1, 3, 20};
  f.fix = Fix{"keep the system roots", {{{"", 3, 7, 0, 0}, "x"}}};
  auto lines = render({f}, ReportContext{});
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["suggestions"][0]["range"], (nlohmann::json{{"start", {{"line", 3}, {"column", 7}}}, {"end", {{"line", 3}, {"column", 7}}}}));
}

}  // namespace
}  // namespace atscan
