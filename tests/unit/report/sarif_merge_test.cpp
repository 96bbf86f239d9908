#include "core/report/sarif_merge.h"

#include <gtest/gtest.h>

#include "core/report/sarif_reporter.h"
#include "tests/unit/report/sample_findings.h"

namespace atscan {
namespace {

// A shard: the given findings (by index into sample_findings) and the catalog rules they need.
SarifInput shard(const std::string& name, std::vector<int> which, std::vector<std::string> rule_ids, Notification note,
                 const std::string& root = "/src/my project") {
  const auto full = test::sample_catalog();
  Catalog cat;
  for (const auto& id : rule_ids) cat.add(*full.find(id));
  ReportContext ctx;
  ctx.catalog = &cat;
  ctx.root = root;
  ctx.notifications = {note};
  std::vector<Finding> findings;
  for (int i : which) findings.push_back(test::sample_findings()[i]);
  return {name, dump_json(make_sarif_log(findings, ctx), 2)};
}

class SarifMerge : public ::testing::Test {
 protected:
  const SarifInput kA = shard("a.sarif", {2}, {"ats-certificate-pinning"}, {"a.bin", "skipped a", "note"});
  const SarifInput kB = shard("b.sarif", {3, 1}, {"ats-verification-disabled", "ats-custom-ca-bundle"}, {"", "shard b", "warning"});
};

TEST_F(SarifMerge, UnitesRulesAndSortsResults) {
  auto merged = merge_sarif_logs({kB, kA});
  EXPECT_EQ(merged["version"], "2.1.0");
  ASSERT_EQ(merged["runs"].size(), 1u);
  const auto& run = merged["runs"][0];
  std::vector<std::string> ids;
  for (const auto& r : run["tool"]["driver"]["rules"]) ids.push_back(r["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"ats-certificate-pinning", "ats-custom-ca-bundle", "ats-verification-disabled"}));
  std::vector<std::string> order;
  for (const auto& r : run["results"]) {
    order.push_back(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]);
    EXPECT_EQ(run["tool"]["driver"]["rules"][r["ruleIndex"].get<int>()]["id"], r["ruleId"]) << "ruleIndex renumbered";
  }
  EXPECT_EQ(order, (std::vector<std::string>{"config/app%20settings.yaml", "src/client.py", "src/z.go"}));
  EXPECT_EQ(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file:///src/my%20project/");
  const auto& notes = run["invocations"][0]["toolExecutionNotifications"];
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0]["message"]["text"], "shard b") << "notifications keep the input order";
  EXPECT_EQ(notes[1]["message"]["text"], "skipped a");
  EXPECT_EQ(run["invocations"][0]["executionSuccessful"], true);
  EXPECT_EQ(run["results"][2]["suppressions"][0]["kind"], "inSource") << "results are carried whole";
}

TEST_F(SarifMerge, ShardOrderDoesNotChangeRulesOrResults) {
  auto ab = merge_sarif_logs({kA, kB})["runs"][0];
  auto ba = merge_sarif_logs({kB, kA})["runs"][0];
  EXPECT_EQ(ab["tool"], ba["tool"]);
  EXPECT_EQ(ab["results"], ba["results"]);
}

TEST(SarifMergeLog, SameLocationSortsByRuleId) {
  Finding x, y;
  x.rule_id = "ats-verification-disabled";
  y.rule_id = "ats-custom-ca-bundle";
  x.location = y.location = {"a.py", 5, 1, 0, 0};
  ReportContext ctx;
  auto merged = merge_sarif_logs({{"x", dump_json(make_sarif_log({x}, ctx))}, {"y", dump_json(make_sarif_log({y}, ctx))}});
  EXPECT_EQ(merged["runs"][0]["results"][0]["ruleId"], "ats-custom-ca-bundle");
  EXPECT_EQ(merged["runs"][0]["results"][0]["ruleIndex"], 0);
  EXPECT_EQ(merged["runs"][0]["results"][1]["ruleIndex"], 1);
}

TEST_F(SarifMerge, FailedShardMakesTheMergeUnsuccessful) {
  auto log = Json::parse(kA.text);
  log["runs"][0]["invocations"][0]["executionSuccessful"] = false;
  auto merged = merge_sarif_logs({kB, {"a.sarif", dump_json(log)}});
  EXPECT_EQ(merged["runs"][0]["invocations"][0]["executionSuccessful"], false);
}

std::string merge_error(const std::vector<SarifInput>& inputs) {
  try {
    merge_sarif_logs(inputs);
  } catch (const SarifMergeError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST_F(SarifMerge, DifferentRootsAreRefusedUnlessRebased) {
  const SarifInput other = shard("c.sarif", {3}, {"ats-verification-disabled"}, {"", "shard c", "note"}, "/src/my project/sub");
  try {
    merge_sarif_logs({kA, other});
    FAIL() << "runs with different roots were merged";
  } catch (const SarifMergeError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("c.sarif: its %SRCROOT% (file:///src/my%20project/sub/) differs from a.sarif's", 0), 0u) << e.what();
    EXPECT_NE(std::string(e.what()).find("--rebase-root"), std::string::npos);
  }
  auto merged = merge_sarif_logs({kA, other}, SarifMergeOptions{"/src/my project"});
  const auto& run = merged["runs"][0];
  EXPECT_EQ(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file:///src/my%20project/");
  std::vector<std::string> uris;
  for (const auto& r : run["results"]) uris.push_back(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]);
  EXPECT_EQ(uris, (std::vector<std::string>{"src/client.py", "sub/src/z.go"}));
  // Outside the rebase root: an absolute file: URI without a base.
  auto outside = merge_sarif_logs({other}, SarifMergeOptions{"/elsewhere"});
  const auto& loc = outside["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
  EXPECT_EQ(loc["uri"], "file:///src/my%20project/sub/src/z.go");
  EXPECT_FALSE(loc.contains("uriBaseId"));
}

TEST_F(SarifMerge, ErrorsNameTheFile) {
  EXPECT_TRUE(merge_error({kA, {"bad.sarif", "{\"version\": "}}).starts_with("bad.sarif: not valid JSON (parse error at line 1"))
      << merge_error({kA, {"bad.sarif", "{\"version\": "}});
  EXPECT_EQ(merge_error({{"old.sarif", R"({"version": "2.0.0", "runs": []})"}}), "old.sarif: not SARIF 2.1.0 (version \"2.0.0\")");
  EXPECT_EQ(merge_error({{"list.sarif", "[1, 2]"}}), "list.sarif: not SARIF 2.1.0 (the top level is not an object)");
  EXPECT_EQ(merge_error({{"norun.sarif", R"({"version": "2.1.0"})"}}), "norun.sarif: not SARIF 2.1.0 (no \"runs\" array)");
  EXPECT_EQ(merge_error({{"tool.sarif", R"({"version": "2.1.0", "runs": [{"tool": {}}]})"}}),
            "tool.sarif: not SARIF 2.1.0 (a run has no tool.driver.name)");
  EXPECT_EQ(merge_error({kA, {"other.sarif", R"({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "semgrep"}}}]})"}}),
            "other.sarif: runs of tool 'semgrep' cannot be merged with runs of 'atscan' (a.sarif)");
}

TEST(SarifMergeLog, ResultWithOnlyARuleIndexKeepsItsRule) {
  const char* log = R"({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "atscan",
      "rules": [{"id": "ats-a"}, {"id": "ats-b"}]}}, "results": [{"ruleIndex": 1, "message": {"text": "m"}}]}]})";
  auto merged = merge_sarif_logs({{"x", log}});
  EXPECT_EQ(merged["runs"][0]["results"][0]["ruleId"], "ats-b");
  EXPECT_EQ(merged["runs"][0]["results"][0]["ruleIndex"], 1);
}

}  // namespace
}  // namespace atscan
