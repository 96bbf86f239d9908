// Verify callbacks judged from the constants their bodies compare: the real tree-sitter pipeline on
// the Java and Go fixtures, each callback's verdict kind and level asserted.
#include <gtest/gtest.h>

#include <map>

#include "core/catalog/catalog.h"
#include "core/hosts/host_classifier.h"
#include "core/profile/profile.h"
#include "core/trust/oracle.h"
#include "scanners/pipeline/scan.h"
#include "tests/unit/test_clock.h"

namespace atscan {
namespace {

struct Want {
  Severity severity;
  std::string verdict_prefix;
};

std::map<int, Finding> callback_findings(const std::string& fixture) {
  static const auto catalog = Catalog::load(ATSCAN_SOURCE_DIR "/rules");
  static const auto profile = Profile::load_named(ATSCAN_SOURCE_DIR "/rules", "aws-ats");
  static TrustOracle oracle(profile, "", testing::kTestNow);
  static const HostClassifier hosts(profile);
  ScanOptions opts;
  opts.walk.roots = {std::string(ATSCAN_SOURCE_DIR "/tests/fixtures/") + fixture};
  opts.jobs = 1;
  std::map<int, Finding> out;
  for (auto& f : run_scan(opts, catalog, oracle, hosts).findings)
    if (f.rule_id == "ats-custom-verify-callback") out.emplace(f.location.line, std::move(f));
  return out;
}

void expect(const std::map<int, Finding>& got, const std::map<int, Want>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (const auto& [line, w] : want) {
    auto it = got.find(line);
    ASSERT_NE(it, got.end()) << "no callback finding on line " << line;
    EXPECT_EQ(it->second.severity, w.severity) << "line " << line << ": " << it->second.verdict;
    EXPECT_EQ(it->second.verdict.rfind(w.verdict_prefix, 0), 0u) << "line " << line << ": " << it->second.verdict;
  }
}

TEST(CallbackVerdicts, JavaTrustManagersAreJudgedFromTheIssuerTheyAccept) {
  expect(callback_findings("java/IssuerCheckingTrustManagers.java"),
         {{15, {Severity::warning,
                "REJECTS: the callback accepts only certificates whose issuer 'DigiCert': no certificate on the served paths matches"}},
          {40, {Severity::note, "ACCEPTS (issuer 'O=Amazon')"}},
          {65, {Severity::warning, "WARN: the callback accepts only certificates whose issuer 'CN=Amazon RSA 2048 M02, O=Amazon, C=US': only "
                                   "RSA 2048 via Amazon Root CA 1 (Amazon RSA 2048 M02) matches"}}});
}

TEST(CallbackVerdicts, GoVerifyPeerCertificateIsJudgedFromTheIssuerItAccepts) {
  expect(callback_findings("go/issuer_callbacks.go"),
         {{14, {Severity::warning, "REJECTS: the callback accepts only certificates whose issuer 'DigiCert'"}},
          {30, {Severity::note, "ACCEPTS (issuer 'Amazon')"}},
          {43, {Severity::note, "UNKNOWN: a custom verification callback decides trust"}}});
}

TEST(CallbackVerdicts, ExistingFixturesPinAndIssuerCallbacksReject) {
  // The older fixtures: a leaf fingerprint (judged as a pin) and a DigiCert issuer, both rejected.
  auto go = callback_findings("go/custom_verify_callback.go");
  ASSERT_EQ(go.count(16), 1u);
  EXPECT_EQ(go.at(16).verdict.rfind("REJECTS: pins match no key of the served chains", 0), 0u) << go.at(16).verdict;
  ASSERT_EQ(go.count(28), 1u);
  EXPECT_EQ(go.at(28).verdict.rfind("REJECTS: the callback accepts only certificates whose issuer 'DigiCert Global CA G2'", 0), 0u)
      << go.at(28).verdict;
}

TEST(CallbackVerdicts, ChainlessProfileMatchesTheAnchorNames) {
  TrustOracle digicert(Profile::load_named(ATSCAN_SOURCE_DIR "/rules", "digicert-g1-distrust"), "", testing::kTestNow);
  auto g2 = digicert.judge_callback({{"issuer", "DigiCert Global Root G2"}});
  EXPECT_EQ(g2.kind, VerdictKind::accepts) << g2.summary();
  auto amazon = digicert.judge_callback({{"issuer", "Amazon"}});
  EXPECT_EQ(amazon.kind, VerdictKind::rejects) << amazon.summary();
  EXPECT_EQ(amazon.reason, "the callback accepts only certificates whose issuer 'Amazon': no anchor of digicert-g1-distrust matches");
}

TEST(CallbackVerdicts, HostNamesAndEmptyConstantsSayNothing) {
  TrustOracle oracle(Profile::load_named(ATSCAN_SOURCE_DIR "/rules", "aws-ats"), "", testing::kTestNow);
  EXPECT_EQ(oracle.judge_callback({{"subject", "*.example.com"}}).kind, VerdictKind::unknown);
  EXPECT_EQ(oracle.judge_callback({{"issuer", ""}}).kind, VerdictKind::unknown);
  // A name or a fingerprint: the better of the two decides (either one accepts the chain).
  auto both = oracle.judge_callback({{"issuer", "DigiCert"}, {"fingerprint", "++MBgDH5WGvL9Bcn5Be30cRcL0f5O+NyoXuWtQdX1aI="}});
  EXPECT_EQ(both.kind, VerdictKind::accepts) << both.summary();
}

}  // namespace
}  // namespace atscan
