// A file with thousands of trust facts and endpoints: each trust fact used to classify every endpoint
// of its file with regexes (quadratic: 5,000 unverified S3 requests took minutes). Endpoints are now
// classified once per scan and linked through an index. The time goal is a benchmark
// (bench/judge_scaling.sh); these tests pin the behaviour the speed-up must keep.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/judge/endpoint_context.h"
#include "tests/unit/hostile/hostile_support.h"

namespace atscan::testing {
namespace {

TEST(ManyEndpoints, FiveThousandUnverifiedS3RequestsAreEachAWarningOnTheirLine) {
  HostileTree t;
  constexpr int kLines = 5000;
  std::string src = "import requests\n";
  for (int i = 0; i < kLines; ++i)
    src += "requests.get('https://bucket" + std::to_string(i) + ".s3.amazonaws.com/k', verify=False)\n";
  t.write("many.py", src);
  auto o = scan_tree(t.dir());
  std::set<int> lines, endpoint_lines;
  for (const auto& f : o.findings) {
    // The endpoint named is the one in the finding's own call, not a neighbour's.
    const std::string own = "bucket" + std::to_string(f.location.line - 2) + ".s3.amazonaws.com";
    EXPECT_NE(f.message.find("'" + own + "'"), std::string::npos) << f.message;
    if (f.rule_id == "ats-s3-endpoint") {
      // Each request is an S3 connection of its own, governed by the setting on its line.
      EXPECT_EQ(f.severity, Severity::note);
      EXPECT_NE(f.message.find("governed by ats-verification-disabled at many.py:" + std::to_string(f.location.line)), std::string::npos)
          << f.message;
      endpoint_lines.insert(f.location.line);
      continue;
    }
    EXPECT_EQ(f.rule_id, "ats-verification-disabled");
    EXPECT_EQ(f.severity, Severity::warning);
    lines.insert(f.location.line);
  }
  EXPECT_EQ(o.findings.size(), static_cast<size_t>(2 * kLines)) << notes_of(o);
  ASSERT_EQ(lines.size(), static_cast<size_t>(kLines));
  EXPECT_EQ(endpoint_lines, lines);
  EXPECT_EQ(*lines.begin(), 2);
  EXPECT_EQ(*lines.rbegin(), kLines + 1);
}

// Endpoints that no setting is linked to, beside many S3-linked settings of the same file: each endpoint
// tries only the nearest settings for a flow (every pair was quadratic: 4,000 of each took a minute),
// and the bound is reported, not silent.
TEST(ManyEndpoints, UngovernedEndpointsTryOnlyTheNearestSettingsAndSaySo) {
  HostileTree t;
  constexpr int kEach = 300;
  std::string src = "import requests\n";
  for (int i = 0; i < kEach; ++i) src += "requests.get('https://b" + std::to_string(i) + ".s3.amazonaws.com/k')\n";
  for (int i = 0; i < kEach; ++i) {
    const std::string s = "s" + std::to_string(i);
    src += s + " = requests.Session()\n" + s + ".verify = 'ca.pem'\n" + s + ".get('https://x" + std::to_string(i) + ".s3.amazonaws.com/')\n";
  }
  t.write("many.py", src);
  auto o = scan_tree(t.dir());
  int system_trust_notes = 0;
  for (const auto& f : o.findings)
    if (f.rule_id == "ats-s3-endpoint" && f.location.line <= kEach + 1) {
      EXPECT_EQ(f.severity, Severity::note);
      EXPECT_NE(f.message.find("platform's default trust store"), std::string::npos) << f.message;
      ++system_trust_notes;
    }
  EXPECT_EQ(system_trust_notes, kEach) << notes_of(o);
  bool bounded = false;
  for (const auto& n : o.notifications)
    bounded = bounded || (n.file == "many.py" && n.message.find("nearest of the file's " + std::to_string(kEach) + " S3-linked trust settings") != std::string::npos);
  EXPECT_TRUE(bounded) << notes_of(o);
}

TEST(ManyEndpoints, TheSameEndpointValueIsClassifiedOnce) {
  EndpointClassCache cache(hostile_engine().hosts);
  const HostMatch& first = cache.classify("https://bucket.s3.amazonaws.com/k");
  EXPECT_EQ(first.cls, EndpointClass::s3);
  EXPECT_EQ(&cache.classify("https://bucket.s3.amazonaws.com/k"), &first);  // the cached entry, not a new one
  EXPECT_EQ(cache.classify("https://example.com").cls, EndpointClass::other);
}

}  // namespace
}  // namespace atscan::testing
