// --stats names the work a run pays once per process, by language: a language's queries compile in
// tens of milliseconds (C) to a third of a second (C++), often more than the files of that language.
#include <gtest/gtest.h>

#include <filesystem>

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

}  // namespace
}  // namespace atscan::testing
