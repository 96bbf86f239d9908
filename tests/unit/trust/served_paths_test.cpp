// The served-path model of the aws-ats profile, with the real Amazon intermediates: every path
// S3/CloudFront certificates can take, each intermediate verified as the target, bundle and pin
// verdicts decided against those paths, and the stored leaf chain kept as a check of the profile.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/trust/set_judge.h"
#include "tests/unit/trust/trust_fixture.h"

namespace atscan {
namespace {
namespace fs = std::filesystem;
using namespace atscan::testing;

const std::string kRoot1 = "++MBgDH5WGvL9Bcn5Be30cRcL0f5O+NyoXuWtQdX1aI=";
const std::string kSfsG2 = "KwccWaCgrnaw6tsrrSO61FgLacNgG2MMLq8GE6+oP5I=";
const std::string kM01 = "DxH4tt40L+eduF6szpY6TONlxhZhBd+pJ9wbHlQ2fuw=";
const std::string kM02 = "18tkPyr2nckv4fgo0dhAkaUtJ2hu2831xlO2SKhq8dg=";
const std::string kM03 = "vxRon/El5KuI4vx5ey1DgmsYmRY0nDd5Cg4GfJ8S+bg=";
const std::string kM04 = "G9LNNAql897egYsabashkzUCTEJkWBzgoEtk8X/678c=";
const std::string kEcdsa256M02 = "lyXQLG/81tHkNq6AspMb9zMj2vhe29x5k/iuxJHpsms=";

const ServedPath* path_named(const std::string& name) {
  for (const auto& p : aws_oracle().context().paths)
    if (p.name == name) return &p;
  return nullptr;
}

TEST(ServedPaths, EveryRealIntermediateIsAPathAndOnlyRsa2048IsCurrent) {
  const auto& paths = aws_oracle().context().paths;
  std::vector<std::string> names, current;
  for (const auto& p : paths) {
    names.push_back(p.name);
    if (p.current) current.push_back(p.name);
    EXPECT_TRUE(p.target_is_ca) << p.name;
  }
  EXPECT_EQ(names, (std::vector<std::string>{"Amazon RSA 2048 M01", "Amazon RSA 2048 M02", "Amazon RSA 2048 M03", "Amazon RSA 2048 M04",
                                             "Amazon RSA 4096 M02", "Amazon ECDSA 256 M01", "Amazon ECDSA 256 M02",
                                             "Amazon ECDSA 384 M02"}));
  EXPECT_EQ(current, (std::vector<std::string>{"Amazon RSA 2048 M01", "Amazon RSA 2048 M02", "Amazon RSA 2048 M03", "Amazon RSA 2048 M04"}));
}

TEST(ServedPaths, EachIntermediateVerifiesToItsOwnRootAsTheTarget) {
  const TrustContext& ctx = aws_oracle().context();
  const std::vector<std::pair<std::string, std::string>> want = {
      {"Amazon RSA 2048 M01", "Amazon_Root_CA_1.pem"}, {"Amazon RSA 2048 M04", "Amazon_Root_CA_1.pem"},
      {"Amazon RSA 4096 M02", "Amazon_Root_CA_2.pem"}, {"Amazon ECDSA 256 M01", "Amazon_Root_CA_3.pem"},
      {"Amazon ECDSA 256 M02", "Amazon_Root_CA_3.pem"}, {"Amazon ECDSA 384 M02", "Amazon_Root_CA_4.pem"}};
  std::vector<Certificate> roots;
  for (const char* f : {"Amazon_Root_CA_1.pem", "Amazon_Root_CA_2.pem", "Amazon_Root_CA_3.pem", "Amazon_Root_CA_4.pem"})
    roots.push_back(load_pem(ats_pem(f)).certs.at(0));
  for (const auto& [name, root_file] : want) {
    const ServedPath* p = path_named(name);
    ASSERT_NE(p, nullptr) << name;
    const Certificate root = load_pem(ats_pem(root_file)).certs.at(0);
    ChainResult alone = ctx.verify(*p, std::vector<Certificate>{root}, 0, false);
    EXPECT_TRUE(alone.ok) << name << ": " << alone.error_text;
    ASSERT_EQ(alone.path.size(), 2u) << name;
    EXPECT_EQ(alone.path.front().sha256, p->chain.leaf.sha256) << "the intermediate is the target";
    EXPECT_TRUE(p->keys.count(root.spki_sha256)) << name << " path keys hold " << root_file;
    // The other Amazon roots do not verify it: the anchor follows from the intermediate, not from a leaf.
    for (const auto& other : roots)
      if (other.sha256 != root.sha256) EXPECT_FALSE(ctx.verify(*p, std::vector<Certificate>{other}, 0, false).ok) << name;
  }
}

TEST(ServedPaths, StoredLeafChainIsAnExtraCheckThatHolds) {
  const TrustContext& ctx = aws_oracle().context();
  EXPECT_TRUE(ctx.chain_problems.empty()) << ctx.chain_problems.front();
  ASSERT_EQ(ctx.chains.size(), 1u);
  EXPECT_EQ(ctx.chains[0].leaf.display_name, "www.duosecurity.com");
}

TEST(ServedPaths, StoredLeafChainOutsideItsValidityIsAProfileProblem) {
  fs::path dir = fs::temp_directory_path() / ("atscan-paths-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string yaml = slurp(repo_path("rules/profiles/aws-ats.yaml"));
  const std::string at = "check_time: 2025-01-01T00:00:00Z";
  ASSERT_NE(yaml.find(at), std::string::npos);
  yaml.replace(yaml.find(at), at.size(), "check_time: 2030-01-01");
  fs::copy(repo_path("rules/profiles/aws-ats"), dir / "aws-ats", fs::copy_options::recursive | fs::copy_options::skip_existing);
  std::ofstream(dir / "p.yaml") << yaml;
  TrustOracle oracle(Profile::load(dir / "p.yaml"), "", testing::kTestNow);
  ASSERT_EQ(oracle.context().chain_problems.size(), 1u);
  EXPECT_NE(oracle.context().chain_problems[0].find("certificate has expired"), std::string::npos) << oracle.context().chain_problems[0];
  // The verdicts do not depend on it: they come from the paths.
  EXPECT_EQ(oracle.judge_bundle_bytes(ats_pem("Amazon_Root_CA_1.pem")).kind, VerdictKind::accepts);
  fs::remove_all(dir);
}

TEST(ServedPaths, AmazonRootCa2And4AloneArePartialAgainstTheirRealPaths) {
  auto two = aws_oracle().judge_bundle_bytes(ats_pem("Amazon_Root_CA_2.pem"));
  EXPECT_EQ(two.kind, VerdictKind::partial) << two.summary();
  EXPECT_NE(two.reason.find("verifies the RSA 4096 via Amazon Root CA 2 (Amazon RSA 4096 M02) paths"), std::string::npos) << two.reason;
  auto four = aws_oracle().judge_bundle_bytes(ats_pem("Amazon_Root_CA_4.pem"));
  EXPECT_EQ(four.kind, VerdictKind::partial) << four.summary();
  EXPECT_NE(four.reason.find("ECDSA P-384 via Amazon Root CA 4 (Amazon ECDSA 384 M02)"), std::string::npos) << four.reason;
}

TEST(ServedPaths, EveryCurrentIntermediateAsAPartialAnchorStillRejects) {
  std::string all;
  for (const char* m : {"M01", "M02", "M03", "M04"}) all += ats_pem(std::string("inter/Amazon_RSA_2048_") + m + ".pem");
  auto v = aws_oracle().judge_bundle_bytes(all);
  EXPECT_EQ(v.kind, VerdictKind::rejects) << v.summary();
  EXPECT_EQ(v.reason,
            "only intermediates (RSA 2048 via Amazon Root CA 1 (Amazon RSA 2048 M01\u2013M04)): accepted only by partial-chain "
            "clients; a new intermediate breaks it");
}

TEST(ServedPaths, DepthCountsTheLeafBelowTheIntermediate) {
  // leaf → M0x → Amazon Root CA 1 needs depth 1; through the cross-signs to Starfield Services G2, 2.
  const std::string root1 = ats_pem("Amazon_Root_CA_1.pem");
  EXPECT_EQ(aws_oracle().judge_bundle_bytes(root1, 1).kind, VerdictKind::accepts);
  const std::string sfs = ats_pem("Starfield_Services_Root_Certificate_Authority_-_G2.pem");
  auto shallow = aws_oracle().judge_bundle_bytes(sfs, 1);
  EXPECT_EQ(shallow.kind, VerdictKind::partial) << shallow.summary();
  EXPECT_NE(shallow.reason.find("needs depth 2"), std::string::npos) << shallow.reason;
}

TEST(ServedPathPins, RootPinMatchesEveryCurrentPath) {
  auto v = aws_oracle().judge_pins({"sha256//" + kRoot1, "sha256//" + kSfsG2});
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
  for (const auto& p : aws_oracle().context().paths)
    if (p.current) {
      EXPECT_TRUE(p.keys.count(load_pem(ats_pem("Amazon_Root_CA_1.pem")).certs.at(0).spki_sha256)) << p.name;
    }
}

TEST(ServedPathPins, EachCurrentIntermediatePinWarnsNamingTheRotation) {
  for (const std::string& pin : {kM01, kM02, kM03, kM04}) {
    auto v = aws_oracle().judge_pins({"sha256//" + pin, "sha256//" + kEcdsa256M02});
    EXPECT_EQ(v.kind, VerdictKind::warn) << pin << ": " << v.summary();
    EXPECT_NE(v.reason.find("breaks at the next rotation among Amazon RSA 2048 M01\u2013M04"), std::string::npos) << v.reason;
  }
}

TEST(ServedPathPins, EveryCurrentIntermediatePinnedAcceptsWithAWarningProblem) {
  auto v = aws_oracle().judge_pins({kM01, kM02, kM03, kM04});
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
  EXPECT_EQ(v.accepted_by, (std::vector<std::string>{"Amazon RSA 2048 M01", "Amazon RSA 2048 M02", "Amazon RSA 2048 M03", "Amazon RSA 2048 M04"}));
  EXPECT_NE(std::find(v.problems.begin(), v.problems.end(), "pins only intermediates: a new intermediate breaks it"), v.problems.end());
}

TEST(ServedPathPins, EcIntermediatePinAloneIsPartial) {
  auto v = aws_oracle().judge_pins({kEcdsa256M02});
  EXPECT_EQ(v.kind, VerdictKind::partial) << v.summary();
  EXPECT_NE(v.reason.find("pins only Amazon ECDSA 256 M02 (EC P-256), on the ECDSA P-256 via Amazon Root CA 3 (Amazon ECDSA 256 M02) paths"),
            std::string::npos)
      << v.reason;
}

// A profile without paths judges pins by role, as docs/profiles.md says.
TrustOracle& digicert_oracle() {
  static TrustOracle o(Profile::load(repo_path("rules/profiles/digicert-g1-distrust.yaml")), "", testing::kTestNow);
  return o;
}
std::string digicert_pin(const std::string& file) {
  return "sha256//" + load_pem(slurp(repo_path("rules/profiles/digicert-g1-distrust/" + file))).certs.at(0).spki_pin();
}

TEST(ChainlessProfilePins, AnchorPinAccepts) {
  auto v = digicert_oracle().judge_pins({digicert_pin("DigiCert_Global_Root_G2.pem"), digicert_pin("DigiCert_Global_Root_G3.pem")});
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
  EXPECT_EQ(v.summary(), "ACCEPTS (DigiCert Global Root G2, DigiCert Global Root G3)");
}

TEST(ChainlessProfilePins, AnchorPinNextToTheLegacyRootAcceptsWithoutServedChainText) {
  auto v = digicert_oracle().judge_pins({digicert_pin("DigiCert_Global_Root_G2.pem"), digicert_pin("DigiCert_Global_Root_CA.pem")});
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
  EXPECT_EQ(v.summary().find("served chains"), std::string::npos) << v.summary();
}

TEST(ChainlessProfilePins, LegacyRootPinRejectsByRole) {
  auto v = digicert_oracle().judge_pins({digicert_pin("DigiCert_Global_Root_CA.pem")});
  EXPECT_EQ(v.kind, VerdictKind::rejects) << v.summary();
  EXPECT_EQ(v.reason, "pins match no anchor of digicert-g1-distrust: legacy DigiCert Global Root CA");
}

TEST(ChainlessProfilePins, CertificateHashOfTheAnchorAccepts) {
  const auto g3 = load_pem(slurp(repo_path("rules/profiles/digicert-g1-distrust/DigiCert_Global_Root_G3.pem"))).certs.at(0);
  auto v = digicert_oracle().judge_pins({g3.sha256_hex()});
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
}

TEST(ChainlessProfileBundles, MembershipDecides) {
  const std::string g1 = slurp(repo_path("rules/profiles/digicert-g1-distrust/DigiCert_Global_Root_CA.pem"));
  const std::string g2 = slurp(repo_path("rules/profiles/digicert-g1-distrust/DigiCert_Global_Root_G2.pem"));
  EXPECT_EQ(digicert_oracle().judge_bundle_bytes(g1).kind, VerdictKind::rejects);
  auto v = digicert_oracle().judge_bundle_bytes(g1 + g2);
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
  EXPECT_EQ(v.accepted_by, std::vector<std::string>{"DigiCert Global Root G2"});
}

}  // namespace
}  // namespace atscan
