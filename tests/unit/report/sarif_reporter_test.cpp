#include "core/report/sarif_reporter.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "tests/unit/report/sample_findings.h"

namespace atscan {
namespace {

// tests/sarif/golden.sarif is this log; the `sarif.schema` test validates it against the official
// schema. ATSCAN_UPDATE=1 rewrites it.
constexpr const char* kGolden = ATSCAN_SOURCE_DIR "/tests/sarif/golden.sarif";

std::string render(const std::vector<Finding>& findings, const ReportContext& ctx) {
  std::ostringstream out;
  SarifReporter().write(out, findings, ctx);
  return out.str();
}

class SarifReporterTest : public ::testing::Test {
 protected:
  Catalog catalog = test::sample_catalog();
  ReportContext ctx = test::sample_context(catalog);
  nlohmann::json log = nlohmann::json::parse(render(test::sample_findings(), ctx));
  const nlohmann::json& run() const { return log["runs"][0]; }
  const nlohmann::json& result_at(const std::string& uri) const {
    for (const auto& r : run()["results"])
      if (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == uri) return r;
    throw std::runtime_error("no result for " + uri);
  }
};

TEST_F(SarifReporterTest, MatchesTheGoldenLog) {
  const std::string text = render(test::sample_findings(), ctx);
  const char* update = std::getenv("ATSCAN_UPDATE");
  if (update && std::string(update) == "1") std::ofstream(kGolden, std::ios::binary) << text;
  std::ifstream in(kGolden, std::ios::binary);
  ASSERT_TRUE(in) << kGolden;
  std::ostringstream golden;
  golden << in.rdbuf();
  EXPECT_EQ(text, golden.str()) << "run with ATSCAN_UPDATE=1 to accept a deliberate change";
}

TEST_F(SarifReporterTest, LogAndDriver) {
  EXPECT_EQ(log["$schema"], std::string(kSarifSchemaUri));
  EXPECT_EQ(log["version"], "2.1.0");
  ASSERT_EQ(log["runs"].size(), 1u);
  const auto& driver = run()["tool"]["driver"];
  EXPECT_EQ(driver["name"], "atscan");
  EXPECT_EQ(driver["version"], "9.9.9");
  EXPECT_FALSE(driver.contains("informationUri")) << "must be absolute: only with a docs base URL";
  EXPECT_EQ(run()["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file:///src/my%20project/");
}

TEST_F(SarifReporterTest, RulesComeFromTheCatalogWithHelpFromTheDocsPage) {
  const auto& rules = run()["tool"]["driver"]["rules"];
  std::vector<std::string> ids;
  for (const auto& r : rules) ids.push_back(r["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"ats-certificate-pinning", "ats-custom-ca-bundle", "ats-embedded-certificate",
                                           "ats-verification-disabled"}));
  const auto& pin = rules[0];
  EXPECT_EQ(pin["name"], "AtsCertificatePinning");
  EXPECT_EQ(pin["shortDescription"]["text"], "Certificate or public-key pinning");
  EXPECT_EQ(pin["fullDescription"]["text"], "Certificate pinning. Pins that are not ATS root keys break at rotation.");
  std::ifstream page(ATSCAN_SOURCE_DIR "/tests/unit/report/catalog/docs/rules/ats-certificate-pinning.md");
  std::stringstream markdown;
  markdown << page.rdbuf();
  EXPECT_EQ(pin["help"]["markdown"], markdown.str());
  EXPECT_EQ(pin["defaultConfiguration"]["level"], "error");
  EXPECT_EQ(pin["properties"]["tags"], (nlohmann::json{"ats", "tls", "pinning"}));
  EXPECT_FALSE(pin.contains("helpUri"));
  // GitHub ranks security alerts by this string score.
  EXPECT_EQ(pin["properties"]["security-severity"], "7.5");
  EXPECT_FALSE(rules[2]["properties"].contains("security-severity"));
  // A docs page that does not exist: plain help, no markdown.
  const auto& off = rules[3];
  EXPECT_EQ(off["help"], (nlohmann::json{{"text", "Certificate verification disabled"}}));
  EXPECT_EQ(off["defaultConfiguration"]["level"], "warning");
}

TEST_F(SarifReporterTest, HelpUriAndInformationUriWithADocsBase) {
  ctx.docs_base_url = "https://example.invalid/atscan/";
  auto j = nlohmann::json::parse(render(test::sample_findings(), ctx));
  EXPECT_EQ(j["runs"][0]["tool"]["driver"]["informationUri"], "https://example.invalid/atscan/README.md");
  EXPECT_EQ(j["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"], "https://example.invalid/atscan/docs/rules/ats-certificate-pinning.md");
}

TEST_F(SarifReporterTest, AFileOutsideTheBaseGetsAnAbsoluteFileUri) {
  std::vector<Finding> findings = test::sample_findings();
  findings[0].location.file = "/other/place/a b.py";
  auto j = nlohmann::json::parse(render(findings, ctx));
  const auto& loc = j["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
  EXPECT_EQ(loc["uri"], "file:///other/place/a%20b.py");
  EXPECT_FALSE(loc.contains("uriBaseId"));
}

TEST_F(SarifReporterTest, ResultsPointAtTheirRules) {
  const auto& results = run()["results"];
  ASSERT_EQ(results.size(), 4u) << "suppressed findings stay in SARIF";
  for (const auto& r : results) EXPECT_EQ(run()["tool"]["driver"]["rules"][r["ruleIndex"].get<int>()]["id"], r["ruleId"]);
}

TEST_F(SarifReporterTest, ResultFields) {
  const auto& pin = result_at("src/client.py");
  EXPECT_EQ(pin["level"], "error");
  EXPECT_EQ(pin["message"]["text"], "certificate pinning (CertificatePinner): leaf pin, breaks at renewal");
  EXPECT_EQ(pin["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"], "%SRCROOT%");
  EXPECT_EQ(pin["locations"][0]["physicalLocation"]["region"],
            (nlohmann::json{{"startLine", 12}, {"startColumn", 5}, {"endLine", 12}, {"endColumn", 40}}));
  EXPECT_EQ(pin["partialFingerprints"], (nlohmann::json{{"atscan/v1", "1111aaaa"}}));
  EXPECT_EQ(pin["relatedLocations"][0]["id"], 1);
  EXPECT_EQ(pin["relatedLocations"][0]["message"]["text"], "request to s3.amazonaws.com");
  EXPECT_EQ(pin["relatedLocations"][0]["physicalLocation"]["region"]["startLine"], 20);
  const auto& change = pin["fixes"][0]["artifactChanges"][0];
  EXPECT_EQ(change["artifactLocation"]["uri"], "src/client.py");
  EXPECT_EQ(change["replacements"][0]["deletedRegion"]["startColumn"], 5);
  EXPECT_EQ(change["replacements"][0]["insertedContent"]["text"], "");
  EXPECT_EQ(pin["properties"]["evidence"], "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
  EXPECT_FALSE(pin.contains("suppressions"));

  EXPECT_EQ(result_at("config/app%20settings.yaml")["level"], "warning");
  EXPECT_EQ(result_at("config/app%20settings.yaml")["locations"][0]["physicalLocation"]["region"],
            (nlohmann::json{{"startLine", 3}, {"startColumn", 1}}));

  const auto& whole = result_at("certs/legacy.pem");
  EXPECT_FALSE(whole["locations"][0]["physicalLocation"].contains("region")) << "line 0 = the whole file";
  EXPECT_FALSE(whole.contains("fixes")) << "a whole-file edit has no SARIF region";

  const auto& off = result_at("src/z.go");
  EXPECT_EQ(off["level"], "note");
  EXPECT_EQ(off["suppressions"], (nlohmann::json::array({{{"kind", "inSource"}, {"status", "accepted"}, {"justification", "test server only"}}})));
}

TEST_F(SarifReporterTest, NotificationsGoToTheInvocation) {
  const auto& inv = run()["invocations"][0];
  EXPECT_EQ(inv["executionSuccessful"], true);
  const auto& notes = inv["toolExecutionNotifications"];
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0]["level"], "note");
  EXPECT_EQ(notes[0]["message"]["text"], "skipped: larger than 4M");
  EXPECT_EQ(notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "big.bin");
  EXPECT_FALSE(notes[1].contains("locations"));
}

TEST(SarifReporter, RuleMissingFromTheCatalogStillGetsADescriptor) {
  Finding f;
  f.rule_id = "ats-from-the-future";
  f.location = {"a.py", 1, 1, 0, 0};
  ReportContext ctx;  // no catalog, no root
  std::ostringstream out;
  SarifReporter().write(out, {f}, ctx);
  auto j = nlohmann::json::parse(out.str());
  const auto& run = j["runs"][0];
  EXPECT_FALSE(run.contains("originalUriBaseIds"));
  ASSERT_EQ(run["tool"]["driver"]["rules"].size(), 1u);
  EXPECT_EQ(run["tool"]["driver"]["rules"][0]["id"], "ats-from-the-future");
  EXPECT_EQ(run["results"][0]["ruleIndex"], 0);
}

TEST(SarifReporter, LevelMap) {
  EXPECT_EQ(sarif_level(Severity::error), "error");
  EXPECT_EQ(sarif_level(Severity::warning), "warning");
  EXPECT_EQ(sarif_level(Severity::note), "note");
  EXPECT_EQ(sarif_level(Severity::none), "none");
}

}  // namespace
}  // namespace atscan

namespace atscan {
namespace {

TEST(SarifReporter, InsertionEditHasAnEmptyRegionInTheFindingsFile) {
  Finding f;
  f.rule_id = "ats-custom-ca-bundle";
  f.location = {"app.py", 3, 1, 3, 20};
  f.fix = Fix{"keep the system roots", {{{"", 3, 7, 0, 0}, "load_default_certs(); "}}};
  std::ostringstream out;
  SarifReporter().write(out, {f}, ReportContext{});
  const auto fix = nlohmann::json::parse(out.str())["runs"][0]["results"][0]["fixes"][0];
  EXPECT_EQ(fix["description"]["text"], "keep the system roots");
  EXPECT_EQ(fix["artifactChanges"][0]["artifactLocation"]["uri"], "app.py");
  EXPECT_EQ(fix["artifactChanges"][0]["replacements"][0]["deletedRegion"],
            (nlohmann::json{{"startLine", 3}, {"startColumn", 7}, {"endLine", 3}, {"endColumn", 7}}));
}

}  // namespace
}  // namespace atscan
