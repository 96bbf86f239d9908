// Files read for their flow records only are bounded; the ones kept are the first by walk order that
// yield records, so the findings do not depend on the thread count or on which thread ran first.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "tests/unit/hostile/hostile_support.h"

namespace atscan::testing {
namespace {

// pkg/net.py installs a legacy bundle in the session make_session() returns; jobs/s3.py names an S3
// URL; six job modules without a trigger literal (so read for flows only) put to S3 with that session.
// pkg/net.py, with `imports` after its import of requests.
std::string net_module(const std::string& imports = "") {
  return "import requests\n" + imports + "\nLEGACY_BUNDLE = \"certs/legacy-roots.pem\"\n\n\ndef make_session():\n"
         "    session = requests.Session()\n    session.verify = LEGACY_BUNDLE\n    return session\n";
}

void write_tree(const HostileTree& t) {
  std::ifstream legacy(ATSCAN_SOURCE_DIR "/tests/data/certs/legacy_only.pem", std::ios::binary);  // Baltimore CyberTrust Root
  t.write("certs/legacy-roots.pem", std::string(std::istreambuf_iterator<char>(legacy), {}));
  t.write("pkg/__init__.py", "");
  t.write("pkg/net.py", net_module());
  t.write("jobs/__init__.py", "");
  t.write("jobs/s3.py", "BUCKET_URL = \"https://reports-archive.s3.amazonaws.com/\"\n");
  for (int i = 0; i < 6; ++i)
    t.write("jobs/j" + std::to_string(i) + ".py",
            "from pkg.net import make_session\nfrom jobs.s3 import BUCKET_URL\n\n\ndef run" + std::to_string(i) +
                "(name):\n    sess = make_session()\n    sess.put(BUCKET_URL + name)\n");
}

ScanOutcome scan(const HostileTree& t, int jobs, size_t max_demand, size_t max_files_per_name = 100) {
  ScanOptions opts;
  opts.walk.roots = {t.dir().string()};
  opts.jobs = jobs;
  opts.max_demand_files = max_demand;
  opts.max_files_per_demand_name = max_files_per_name;
  auto& e = hostile_engine();
  return run_scan(opts, e.catalog, e.oracle, e.hosts);
}

const Finding* bundle_setting(const ScanOutcome& o) {
  for (const auto& f : o.findings)
    if (f.rule_id == "ats-custom-ca-bundle" && f.location.file == "pkg/net.py") return &f;
  return nullptr;
}

std::string steps_of(const Finding& f) {
  std::string s;
  for (const auto& r : f.path) s += r.location.file + ":" + std::to_string(r.location.line) + " " + r.message + "\n";
  return s;
}

TEST(DemandParsing, TheFilesReadForFlowsAreTheFirstByWalkOrderWhateverTheThreadCount) {
  HostileTree t;
  write_tree(t);
  const ScanOutcome one = scan(t, 1, 2);
  const Finding* f = bundle_setting(one);
  ASSERT_NE(f, nullptr) << notes_of(one);
  // The flow to S3 runs through a job module read for flows only: the first one of the walk.
  EXPECT_EQ(f->severity, Severity::error);
  EXPECT_NE(steps_of(*f).find("jobs/j0.py:6"), std::string::npos) << steps_of(*f);
  EXPECT_TRUE(noted(one, "", "more than 2 files use names that scanned files define")) << notes_of(one);
  for (int jobs : {2, 4, 8}) {
    const ScanOutcome many = scan(t, jobs, 2);
    const Finding* g = bundle_setting(many);
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->severity, Severity::error) << jobs << " threads";
    EXPECT_EQ(steps_of(*g), steps_of(*f)) << jobs << " threads";
    EXPECT_EQ(notes_of(many), notes_of(one)) << jobs << " threads";
  }
}

TEST(DemandParsing, WithoutTheFilesReadForFlowsTheSettingReachesNoS3Endpoint) {
  HostileTree t;
  write_tree(t);
  const ScanOutcome none = scan(t, 2, 0);
  const Finding* f = bundle_setting(none);
  ASSERT_NE(f, nullptr) << notes_of(none);
  EXPECT_EQ(f->severity, Severity::warning);
  const ScanOutcome all = scan(t, 2, 2000);
  ASSERT_NE(bundle_setting(all), nullptr);
  EXPECT_EQ(bundle_setting(all)->severity, Severity::error);
  EXPECT_FALSE(noted(all, "", "files use names that scanned files define")) << notes_of(all);
}

TEST(DemandParsing, ANameThatTooManyFilesUseDoesNotMakeThemReadForFlows) {
  HostileTree t;
  write_tree(t);
  // make_session and BUCKET_URL are each used by the six job modules.
  const ScanOutcome common = scan(t, 2, 2000, 5);
  ASSERT_NE(bundle_setting(common), nullptr) << notes_of(common);
  EXPECT_EQ(bundle_setting(common)->severity, Severity::warning);
  EXPECT_TRUE(noted(common, "", "2 names that scanned files define are used by more than 5 files each (e.g. bucket_url)")) << notes_of(common);
  const ScanOutcome rare = scan(t, 2, 2000, 6);
  ASSERT_NE(bundle_setting(rare), nullptr);
  EXPECT_EQ(bundle_setting(rare)->severity, Severity::error);
  EXPECT_FALSE(noted(rare, "", "names that scanned files define are used by more than")) << notes_of(rare);
}

// The files read for flows only, by path (a shard's record lists every result the scan computed).
std::set<std::string> read_for_flows(const ScanOutcome& o) {
  std::set<std::string> paths;
  for (const auto& r : o.recorded)
    if (r.kind == "flows") paths.insert(r.path);
  return paths;
}

// A scan of `t` that records every result it computes.
ScanOutcome recorded_scan(const HostileTree& t) {
  ScanOptions opts;
  opts.walk.roots = {t.dir().string()};
  opts.jobs = 2;
  opts.record = true;
  auto& e = hostile_engine();
  return run_scan(opts, e.catalog, e.oracle, e.hosts);
}

TEST(DemandParsing, OnlyFilesThatCarryAFlowHaveTheirCallersAndImportsRead) {
  HostileTree t;
  write_tree(t);
  // A module that passed the prefilter by a word in a comment: its only "endpoint" is a docstring that
  // mentions a URL among words, so neither its callers nor its imports are read for it.
  t.write("docs/__init__.py", "");
  t.write("docs/mirrors.py",
          "# Mirrors never set verify= themselves.\nfrom docs.layout import page_title\n\n\ndef describe_mirrors():\n"
          "    \"\"\"Packages come from https://mirror.example.org/pub/ and its peers.\"\"\"\n    return page_title()\n");
  t.write("docs/layout.py", "def page_title():\n    return \"Mirrors\"\n");
  t.write("docs/usage.py", "from docs.mirrors import describe_mirrors\n\n\ndef show():\n    print(describe_mirrors())\n");
  // The module that holds the trust setting imports a helper: that import is read.
  t.write("pkg/names.py", "def bucket_name(job):\n    return \"reports-\" + job\n");
  t.write("pkg/net.py", net_module("from pkg.names import bucket_name\n"));
  const ScanOutcome o = recorded_scan(t);
  const auto read = read_for_flows(o);
  EXPECT_TRUE(read.count("pkg/names.py")) << notes_of(o);  // imported by the file with the trust setting
  EXPECT_TRUE(read.count("jobs/j0.py")) << notes_of(o);    // calls make_session()
  EXPECT_FALSE(read.count("docs/layout.py")) << notes_of(o);
  EXPECT_FALSE(read.count("docs/usage.py")) << notes_of(o);
  const Finding* f = bundle_setting(o);
  ASSERT_NE(f, nullptr) << notes_of(o);
  EXPECT_EQ(f->severity, Severity::error);
  for (const auto& finding : o.findings) EXPECT_NE(finding.location.file.rfind("docs/", 0), 0u) << finding.location.file;
}

TEST(DemandParsing, AFileIsReadForANameOnlyWhereItUsesTheNameAsWritten) {
  HostileTree t;
  write_tree(t);
  // Mentions of make_session that the solver could never link: inside a longer name, in another case.
  t.write("jobs/pool.py", "def make_session_pool(n):\n    return [object() for _ in range(n)]\n");
  t.write("jobs/notes.py", "# MAKE_SESSION is documented in pkg/net.py\nNOTES = 1\n");
  const ScanOutcome o = recorded_scan(t);
  const auto read = read_for_flows(o);
  EXPECT_TRUE(read.count("jobs/j0.py")) << notes_of(o);  // calls make_session()
  EXPECT_FALSE(read.count("jobs/pool.py")) << notes_of(o);
  EXPECT_FALSE(read.count("jobs/notes.py")) << notes_of(o);
  ASSERT_NE(bundle_setting(o), nullptr) << notes_of(o);
  EXPECT_EQ(bundle_setting(o)->severity, Severity::error);
}

}  // namespace
}  // namespace atscan::testing
