// --stats names the work a run pays once per process, by language: a language's queries compile in
// tens of milliseconds (C) to a third of a second (C++), often more than the files of that language.
// It also splits the front-ends' time by part: how much of a scan the parser alone costs.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/unit/hostile/hostile_support.h"

namespace atscan::testing {
namespace {
namespace fs = std::filesystem;

TEST(SetupStats, TheQueriesCompiledForTheRunAreCountedByLanguage) {
  HostileTree t;
  t.write("tree/app/net.py", "import requests\n\n\ndef fetch(url):\n    return requests.get(url, verify=False)\n");
  t.write("tree/README.txt", "no code here\n");
  // A rules folder of its own: its query library is new to this process, so only what this scan
  // compiles is counted.
  const fs::path rules = t.dir() / "rules";
  fs::copy(ATSCAN_SOURCE_DIR "/rules", rules, fs::copy_options::recursive);
  Catalog catalog = Catalog::load(rules.string());
  auto& e = hostile_engine();
  ScanOptions opts;
  opts.walk.roots = {(t.dir() / "tree").string()};
  opts.jobs = 1;
  const ScanOutcome out = run_scan(opts, catalog, e.oracle, e.hosts);
  ASSERT_EQ(out.findings.size(), 1u) << notes_of(out);
  EXPECT_EQ(out.findings[0].severity, Severity::warning);  // verify=False: insecure, does not break
  ASSERT_EQ(out.stats.setup_seconds.size(), 1u);
  const auto& [what, seconds] = *out.stats.setup_seconds.begin();
  EXPECT_EQ(what, "python queries compiled");
  EXPECT_GT(seconds, 0.0);
}

TEST(SetupStats, TreeSitterTimeIsSplitIntoParseQueriesAndFlowRecords) {
  HostileTree t;
  // net.py passes the prefilter (a custom bundle); main.py does not, and is read for its flow records
  // because it calls the function of net.py that sets the bundle.
  t.write("tree/app/__init__.py", "");
  t.write("tree/app/net.py", "import requests\n\n\ndef make_session():\n    session = requests.Session()\n"
                             "    session.verify = \"certs/corp-ca.pem\"\n    return session\n");
  t.write("tree/app/main.py", "from app.net import make_session\n\nmake_session().get('https://example.com/report')\n");
  const ScanOutcome out = scan_tree(t.dir() / "tree");
  ASSERT_EQ(out.findings.size(), 1u) << notes_of(out);
  // A bundle the tree does not hold, for an endpoint that is not S3/CloudFront: a warning.
  EXPECT_EQ(out.findings[0].rule_id, "ats-custom-ca-bundle");
  EXPECT_EQ(out.findings[0].severity, Severity::warning);
  EXPECT_EQ(out.stats.files_for_flows, 1);
  std::vector<std::string> parts;
  for (const auto& [part, seconds] : out.stats.part_seconds) {
    parts.push_back(part);
    EXPECT_GE(seconds, 0.0) << part;
  }
  EXPECT_EQ(parts, (std::vector<std::string>{"python (read for flows) flow records", "python (read for flows) parse", "python (read for flows) queries",
                                             "python flow records", "python parse", "python queries"}));
  EXPECT_GT(out.stats.part_seconds.at("python parse"), 0.0);
  EXPECT_GT(out.stats.part_seconds.at("python (read for flows) parse"), 0.0);
}

}  // namespace
}  // namespace atscan::testing
