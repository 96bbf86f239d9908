#include "core/model/fingerprint.h"

#include <gtest/gtest.h>

using namespace atscan;

namespace {
Finding make(int line, std::string snippet) {
  Finding f;
  f.rule_id = "ats-custom-ca-bundle";
  f.location = {"app/main.py", line, 5, line, 20};
  f.snippet = std::move(snippet);
  f.evidence = "ca.pem";
  return f;
}
}  // namespace

TEST(Fingerprint, SurvivesLineShiftsAndWhitespace) {
  std::vector<Finding> before{make(10, "s3 = boto3.client('s3', verify='ca.pem')")};
  std::vector<Finding> after{make(42, "  s3 =  boto3.client('s3', verify='ca.pem')   ")};
  assign_fingerprints(before);
  assign_fingerprints(after);
  EXPECT_EQ(before[0].fingerprint, after[0].fingerprint);
  EXPECT_EQ(before[0].fingerprint.size(), 32u);
}

TEST(Fingerprint, IdenticalLinesInOneFileGetDistinctFingerprints) {
  std::vector<Finding> v{make(3, "x(verify='ca.pem')"), make(9, "x(verify='ca.pem')")};
  assign_fingerprints(v);
  EXPECT_NE(v[0].fingerprint, v[1].fingerprint);
}

TEST(Fingerprint, ChangesWithRuleFileOrEvidence) {
  Finding a = make(1, "line"), b = a, c = a, d = a;
  b.rule_id = "ats-certificate-pinning";
  c.location.file = "other.py";
  d.evidence = "other.pem";
  auto fa = compute_fingerprint(a, 0);
  EXPECT_NE(fa, compute_fingerprint(b, 0));
  EXPECT_NE(fa, compute_fingerprint(c, 0));
  EXPECT_NE(fa, compute_fingerprint(d, 0));
}

TEST(Fingerprint, NormaliseLineFoldsWhitespace) { EXPECT_EQ(normalise_line("  a \t b\r\n"), "a b"); }
