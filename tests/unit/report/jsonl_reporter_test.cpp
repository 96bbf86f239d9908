#include "core/report/jsonl_reporter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "tests/unit/report/sample_findings.h"

namespace atscan {
namespace {

std::vector<nlohmann::ordered_json> lines_of(const std::string& text) {
  std::vector<nlohmann::ordered_json> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(nlohmann::ordered_json::parse(line));
  return out;
}

TEST(JsonlReporter, OneObjectPerFindingIncludingSuppressed) {
  auto catalog = test::sample_catalog();
  std::ostringstream out;
  JsonlReporter().write(out, test::sample_findings(), test::sample_context(catalog));
  auto lines = lines_of(out.str());
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0]["location"]["file"], "certs/legacy.pem");
  EXPECT_EQ(lines[3]["ruleId"], "ats-verification-disabled");
  EXPECT_EQ(lines[3]["suppressed"], (nlohmann::ordered_json{{"kind", "inSource"}, {"justification", "test server only"}}));
  EXPECT_FALSE(lines[2].contains("suppressed"));
}

TEST(JsonlReporter, DocumentedFieldsInDocumentedOrder) {
  auto f = test::sample_findings()[2];  // src/client.py: related, fix
  auto j = finding_to_json(f);
  std::vector<std::string> keys;
  for (auto& [k, v] : j.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"ruleId", "severity", "message", "location", "evidence", "verdict", "related", "fingerprint",
                                            "confidence", "fix"}));
  EXPECT_EQ(j["severity"], "error");
  EXPECT_EQ(j["location"], (nlohmann::ordered_json{{"file", "src/client.py"}, {"line", 12}, {"column", 5}, {"endLine", 12}, {"endColumn", 40}}));
  EXPECT_EQ(j["related"][0]["message"], "request to s3.amazonaws.com");
  EXPECT_EQ(j["related"][0]["location"]["line"], 20);
  EXPECT_EQ(j["fingerprint"], "1111aaaa");
  EXPECT_EQ(j["confidence"], "high");
  EXPECT_EQ(j["fix"]["description"], "remove the pin");
  EXPECT_EQ(j["fix"]["edits"][0]["location"]["column"], 5);
  EXPECT_EQ(j["fix"]["edits"][0]["replacement"], "");
}

TEST(JsonlReporter, InvalidUtf8EvidenceIsReplacedNotThrown) {
  Finding f;
  f.rule_id = "ats-embedded-certificate";
  f.evidence = std::string("\x30\x82\xFF\x01", 4);  // DER bytes
  f.message = "line1\nline2";
  std::ostringstream out;
  ASSERT_NO_THROW(JsonlReporter().write(out, {f}, ReportContext{}));
  const std::string text = out.str();
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 1) << "one line per finding";
  auto j = nlohmann::json::parse(text);
  EXPECT_EQ(j["evidence"], "0\xEF\xBF\xBD\xEF\xBF\xBD\x01");
  EXPECT_EQ(j["message"], "line1\nline2");
}

TEST(JsonlReporter, DirectLineIsByteForByteTheJsonObject) {
  // The reporter writes lines directly; they must equal the documented object's dump, including
  // escaping, UTF-8 repair, paths, fixes and suppressions.
  std::vector<Finding> all = test::sample_findings();
  Finding odd;
  odd.rule_id = "ats-custom-ca-bundle";
  odd.severity = Severity::note;
  odd.message = "tab\there \"quoted\" back\\slash \x01 ctl \x7f del caf\xC3\xA9 \xE2\x82\xAC";
  odd.evidence = std::string("\x30\x82\xFF\x01", 4);
  odd.verdict = "line1\nline2\r\n";
  odd.location = {"dir/a b.py", 3, 1, 4, 2};
  odd.path = {{{"x.py", 1, 2, 3, 4}, "via \"x\""}, {{"y.py", 5, 6, 7, 8}, ""}};
  odd.fix = Fix{"swap\u00e9", {Edit{{"z.py", 0, 0, 0, 0}, "whole\nfile\n"}}};
  odd.suppression = Suppression{"external", ""};
  all.push_back(odd);
  for (const auto& f : all) EXPECT_EQ(finding_to_jsonl(f), dump_json(finding_to_json(f))) << f.message;
}

}  // namespace
}  // namespace atscan
