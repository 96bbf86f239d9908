// Verdicts on trust sets, decided by verifying the real served chain (leaf www.duosecurity.com →
// Amazon RSA 2048 M02 → Amazon Root CA 1 cross-signed → Starfield Services G2 cross-signed) at the
// profile's fixed check time.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "tests/unit/trust/trust_fixture.h"

namespace atscan {
namespace {
using namespace atscan::testing;

TrustVerdict judge_file(const std::string& name, int depth = 0) { return aws_oracle().judge_bundle_path(cert_data(name), depth); }

TEST(BundleVerdict, AllFiveAnchorsAccept) {
  auto v = judge_file("ats_anchors.pem");
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
  EXPECT_EQ(v.accepted_by, (std::vector<std::string>{"Amazon Root CA 1", "Starfield Services Root Certificate Authority - G2"}));
  EXPECT_EQ(v.reason, "holds 5 of 5 anchors");
  EXPECT_EQ(v.certificates.size(), 5u);
}

TEST(BundleVerdict, AmazonRootCa1AloneAcceptsAtDepthOne) {
  auto v = aws_oracle().judge_bundle_bytes(ats_pem("Amazon_Root_CA_1.pem"), 1);
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
  EXPECT_EQ(v.summary(), "ACCEPTS (Amazon Root CA 1): holds 1 of 5 anchors");
}

TEST(BundleVerdict, StarfieldServicesG2AtDepthOneFailsWithChainTooLong) {
  auto v = judge_file("sfs_g2_only.pem", 1);
  EXPECT_EQ(v.kind, VerdictKind::partial) << v.summary();
  EXPECT_NE(v.reason.find("verify depth 1 is too small"), std::string::npos) << v.reason;
  EXPECT_NE(v.reason.find("needs depth 2"), std::string::npos) << v.reason;
  EXPECT_NE(v.reason.find("error 22"), std::string::npos) << v.reason;
}

TEST(BundleVerdict, StarfieldServicesG2AtDepthTwoAccepts) {
  auto v = judge_file("sfs_g2_only.pem", 2);
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
  EXPECT_EQ(v.accepted_by, std::vector<std::string>{"Starfield Services Root Certificate Authority - G2"});
}

TEST(BundleVerdict, LegacyRootsOnlyRejectNamingThemAndTheExpiry) {
  auto v = judge_file("legacy_only.pem");
  EXPECT_EQ(v.kind, VerdictKind::rejects);
  EXPECT_EQ(v.summary(), "REJECTS: only legacy roots (Baltimore CyberTrust Root, expired 2025-05-12; DigiCert Global Root CA)");
  EXPECT_TRUE(v.breaks());
}

TEST(BundleVerdict, StarfieldClass2OnlyIsPartial) {
  auto v = judge_file("class2_only.pem");
  EXPECT_EQ(v.kind, VerdictKind::partial) << v.summary();
  EXPECT_NE(v.reason.find("Starfield Class 2"), std::string::npos);
  EXPECT_NE(v.reason.find("cross-certificate"), std::string::npos);
}

TEST(BundleVerdict, EcdsaRootOnlyIsPartialAgainstTheRealEcPath) {
  // Amazon Root CA 3 verifies the real ECDSA P-256 intermediates, not the RSA paths S3/CloudFront use.
  auto v = judge_file("ecdsa_root_only.pem");
  EXPECT_EQ(v.kind, VerdictKind::partial) << v.summary();
  EXPECT_EQ(v.reason,
            "only Amazon Root CA 3 (EC P-256): verifies the ECDSA P-256 via Amazon Root CA 3 (Amazon ECDSA 256 M01–M02) "
            "paths, not the current RSA 2048 via Amazon Root CA 1 (Amazon RSA 2048 M01–M04); accepts only servers that "
            "use those paths");
}

TEST(BundleVerdict, ServedIntermediateOnlyRejectsAsRotationRisk) {
  auto v = judge_file("m02_only.pem");
  EXPECT_EQ(v.kind, VerdictKind::rejects) << v.summary();
  EXPECT_NE(v.reason.find("only an intermediate (Amazon RSA 2048 M02)"), std::string::npos) << v.reason;
  EXPECT_NE(v.reason.find("among Amazon RSA 2048 M01\u2013M04"), std::string::npos) << v.reason;
}

TEST(BundleVerdict, AnyOneCurrentIntermediateRejectsAsRotationRisk) {
  // M01 is a path S3/CloudFront can serve as much as M02: each is judged the same way.
  auto v = judge_file("m01_only.pem");
  EXPECT_EQ(v.kind, VerdictKind::rejects) << v.summary();
  EXPECT_EQ(v.reason,
            "only an intermediate (Amazon RSA 2048 M01): accepted only by partial-chain clients and only while the server "
            "uses it; breaks at the next rotation among Amazon RSA 2048 M01–M04");
}

TEST(BundleVerdict, IntermediateOfNoServedPathRejects) {
  auto v = aws_oracle().judge_bundle_bytes(ats_pem("inter/Amazon_Server_CA_1B_exp2040.pem"));
  EXPECT_EQ(v.kind, VerdictKind::rejects) << v.summary();
  EXPECT_EQ(v.reason, "only an intermediate (Amazon Server CA 1B (to 2040)) that the served chains do not use");
}

TEST(BundleVerdict, LookalikeStarfieldRootRejects) {
  auto v = judge_file("lookalike_only.pem");
  EXPECT_EQ(v.kind, VerdictKind::rejects);
  EXPECT_NE(v.reason.find("only the look-alike Starfield Root Certificate Authority - G2"), std::string::npos) << v.reason;
}

TEST(BundleVerdict, CrossSignedRootAloneIsPartial) {
  auto v = judge_file("cross_root1_only.pem");
  EXPECT_EQ(v.kind, VerdictKind::partial) << v.summary();
  EXPECT_NE(v.reason.find("cross-signed copy"), std::string::npos) << v.reason;
}

TEST(BundleVerdict, LeafOnlyRejects) {
  auto v = judge_file("leaf_only.pem");
  EXPECT_EQ(v.kind, VerdictKind::rejects);
  EXPECT_EQ(v.reason, "only a leaf certificate (service.example.com)");
}

TEST(BundleVerdict, UnrelatedPrivateRootsRejectByName) {
  auto v = judge_file("unrelated_roots.pem");
  EXPECT_EQ(v.kind, VerdictKind::rejects);
  EXPECT_NE(v.reason.find("unrelated roots"), std::string::npos) << v.reason;
  EXPECT_NE(v.reason.find("Example Private Root CA"), std::string::npos) << v.reason;
}

TEST(BundleVerdict, ExpiredRootRejectsAsExpired) {
  auto v = judge_file("expired_root.pem");
  EXPECT_EQ(v.kind, VerdictKind::rejects);
  EXPECT_NE(v.reason.find("only expired certificates"), std::string::npos) << v.reason;
  EXPECT_NE(v.reason.find("expired 2001-01-01"), std::string::npos) << v.reason;
}

TEST(BundleVerdict, MixedBundleWithJunkAndCrlfAccepts) {
  auto v = judge_file("mixed_crlf_bundle.pem");
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
  ASSERT_EQ(v.certificates.size(), 2u);
  EXPECT_EQ(v.certificates[1].known_name, "Baltimore CyberTrust Root");
  EXPECT_TRUE(v.certificates[1].expired);
}

TEST(BundleVerdict, MixedRejectionNamesEachGroup) {
  auto v = aws_oracle().judge_bundle_bytes(ats_pem("Baltimore_CyberTrust_Root.pem") + slurp(cert_data("own_root.pem")));
  EXPECT_EQ(v.kind, VerdictKind::rejects);
  EXPECT_EQ(v.reason,
            "no anchor of aws-ats: legacy roots (Baltimore CyberTrust Root, expired 2025-05-12); an unrelated certificate "
            "(Example Private Root CA)");
}

TEST(BundleVerdict, EmptyFileRejectsWithNoCertificates) {
  auto v = judge_file("empty.pem");
  EXPECT_EQ(v.kind, VerdictKind::rejects);
  EXPECT_EQ(v.summary(), "REJECTS: no certificates (empty (0 bytes))");
}

TEST(BundleVerdict, PrivateKeyOnlyRejectsWithNoCertificates) {
  auto v = judge_file("key_only.pem");
  EXPECT_EQ(v.kind, VerdictKind::rejects);
  EXPECT_NE(v.reason.find("PRIVATE KEY"), std::string::npos) << v.reason;
}

TEST(BundleVerdict, MalformedInputsAreUnknown) {
  for (const char* f : {"truncated.pem", "bad_base64.pem", "garbage.der", "fake_der.der"}) {
    auto v = judge_file(f);
    EXPECT_EQ(v.kind, VerdictKind::unknown) << f << ": " << v.summary();
    EXPECT_FALSE(v.reason.empty()) << f;
  }
  EXPECT_NE(judge_file("truncated.pem").reason.find("truncated PEM"), std::string::npos);
  EXPECT_NE(judge_file("bad_base64.pem").reason.find("bad base64"), std::string::npos);
  EXPECT_NE(judge_file("garbage.der").reason.find("not certificate data"), std::string::npos);
}

TEST(BundleVerdict, MissingPathIsUnknown) {
  auto v = judge_file("no/such/file.pem");
  EXPECT_EQ(v.kind, VerdictKind::unknown);
  EXPECT_NE(v.reason.find("no such file"), std::string::npos) << v.reason;
}

TEST(BundleVerdict, WrongPasswordPkcs12IsUnknownEncrypted) {
  auto v = judge_file("ats_secret_password.p12");
  EXPECT_EQ(v.kind, VerdictKind::unknown);
  EXPECT_EQ(v.reason, "encrypted PKCS#12, password unknown");
}

TEST(BundleVerdict, ContainerFormatsAccept) {
  for (const char* f : {"amazon_root_ca_1.der", "amazon_root_ca_1.b64", "ats_two.p7b", "ats_two_der.p7b", "ats_empty_password.p12",
                        "ats_changeit.p12", "java_truststore.p12", "ats.jks", "ats.jceks", "amazon_root_ca_1.bks", "capath"}) {
    auto v = judge_file(f);
    EXPECT_EQ(v.kind, VerdictKind::accepts) << f << ": " << v.summary();
  }
}

TEST(BundleVerdict, LegacyJksRejects) {
  auto v = judge_file("legacy.jks");
  EXPECT_EQ(v.kind, VerdictKind::rejects) << v.summary();
  EXPECT_NE(v.reason.find("Baltimore CyberTrust Root"), std::string::npos);
}

TEST(BundleVerdict, UnhashedDirectoryRejectsAndSaysWhy) {
  auto v = judge_file("capath_unhashed");
  EXPECT_EQ(v.kind, VerdictKind::rejects);
  EXPECT_NE(v.reason.find("openssl rehash"), std::string::npos) << v.reason;
}

TEST(BundleVerdict, EmbeddedBase64DerAndRawDerAreDetected) {
  auto b64 = slurp(cert_data("amazon_root_ca_1.b64"));
  auto der = slurp(cert_data("amazon_root_ca_1.der"));
  EXPECT_EQ(aws_oracle().judge_bundle_bytes(b64).kind, VerdictKind::accepts);
  EXPECT_EQ(aws_oracle().judge_bundle_bytes(der).kind, VerdictKind::accepts);
  auto v = aws_oracle().judge_bundle_bytes(der);
  ASSERT_EQ(v.certificates.size(), 1u);
  EXPECT_EQ(v.certificates[0].known_name, "Amazon Root CA 1");
  EXPECT_EQ(v.certificates[0].spki_pin, "++MBgDH5WGvL9Bcn5Be30cRcL0f5O+NyoXuWtQdX1aI=");
}

TEST(BundleVerdict, TenThousandCertificateBundleIsJudged) {
  // One certificate repeated: duplicates collapse, so this measures parsing robustness, not size.
  const std::string one = ats_pem("Baltimore_CyberTrust_Root.pem");
  std::string big;
  big.reserve(one.size() * 10000 + 2000);
  for (int i = 0; i < 10000; ++i) big += one;
  big += ats_pem("Amazon_Root_CA_1.pem");
  auto v = aws_oracle().judge_bundle_bytes(big);
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
  EXPECT_EQ(v.certificates.size(), 2u);
}

TEST(BundleVerdict, CacheReturnsTheSameVerdictPerDepth) {
  const std::string pem = slurp(cert_data("sfs_g2_only.pem"));
  auto a = aws_oracle().judge_bundle_bytes(pem, 1);
  auto b = aws_oracle().judge_bundle_bytes(pem, 1);
  auto c = aws_oracle().judge_bundle_bytes(pem, 0);
  EXPECT_EQ(a.summary(), b.summary());
  EXPECT_EQ(a.kind, VerdictKind::partial);
  EXPECT_EQ(c.kind, VerdictKind::accepts);  // depth is part of the cache key
}

}  // namespace
}  // namespace atscan

namespace atscan {
namespace {
using namespace atscan::testing;

TEST(BundleVerdictThreads, ConcurrentCallsAgreeWithTheSerialAnswer) {
  // The pipeline judges from several threads: same inputs, same verdicts, no data race.
  TrustOracle oracle(aws_profile(), "", kTestNow);
  const std::vector<std::string> inputs = {slurp(cert_data("legacy_only.pem")), slurp(cert_data("ats_anchors.pem")),
                                           slurp(cert_data("class2_only.pem")), slurp(cert_data("ats.jks"))};
  std::vector<std::string> serial;
  for (const auto& in : inputs) serial.push_back(TrustOracle(aws_profile(), "", kTestNow).judge_bundle_bytes(in).summary());
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        size_t k = static_cast<size_t>(i + t) % inputs.size();
        if (oracle.judge_bundle_bytes(inputs[k]).summary() != serial[k]) ++mismatches;
        if (oracle.judge_pins({"sha256//++MBgDH5WGvL9Bcn5Be30cRcL0f5O+NyoXuWtQdX1aI="}).kind != VerdictKind::accepts) ++mismatches;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
}  // namespace atscan
