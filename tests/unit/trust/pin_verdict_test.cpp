// Pin sets in every form, identified against the profile's certificates and judged against the
// keys the served chain presents.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/trust/pins.h"
#include "tests/unit/trust/trust_fixture.h"

namespace atscan {
namespace {
using namespace atscan::testing;

const std::string kRoot1 = "++MBgDH5WGvL9Bcn5Be30cRcL0f5O+NyoXuWtQdX1aI=";
const std::string kSfsG2 = "KwccWaCgrnaw6tsrrSO61FgLacNgG2MMLq8GE6+oP5I=";
const std::string kRoot3 = "NqvDJlas/GRcYbcWE8S/IceH9cq77kg0jVhZeAPXq8k=";
const std::string kM02 = "18tkPyr2nckv4fgo0dhAkaUtJ2hu2831xlO2SKhq8dg=";
const std::string kBaltimore = "Y9mvm0exBk1JoQ57f9Vm28jKo5lFm/woKcVxrYxu80o=";
const std::string kClass2 = "FfFKxFycfaIz00eRZOgTf+Ne4POK6FgYPwhBDqgqxLQ=";
// A value seen in a real app config labelled "Amazon RSA 2048 M02": it matches no certificate.
const std::string kMislabelled = "kIdp6NNEd8wsugYyyIYFsi1ylMCED3hZbSR8ZFsa/dc=";
const std::string kRoot1Sha256Hex = "8E:CD:E6:88:4F:3D:87:B1:12:5B:A3:1A:C3:FC:B1:3D:70:16:DE:7F:57:CC:90:4F:E1:CB:97:C6:AE:98:19:6E";
const std::string kRoot1CrossSha256Hex = "87dcd4dc74640a322cd205552506d1be64f125962580965449 86b4850bc72706";

TEST(PinParse, EveryFormReducesToTheSameDigest) {
  auto parsed = parse_pins({"sha256//" + kRoot1 + ";sha256//" + kSfsG2, "sha256/" + kRoot1, "pin-sha256=\"" + kRoot1 + "\"; max-age=5184000; includeSubDomains",
                            "<pin digest=\"SHA-256\">" + kRoot1 + "</pin>", kRoot1});
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  ASSERT_EQ(parsed.pins.size(), 6u);
  for (size_t i : {0u, 2u, 3u, 4u, 5u}) EXPECT_EQ(parsed.pins[i].digest, parsed.pins[0].digest) << i;
  EXPECT_EQ(parsed.pins[0].form, "curl");
  EXPECT_EQ(parsed.pins[2].form, "OkHttp");
  EXPECT_EQ(parsed.pins[3].form, "HPKP");
  EXPECT_EQ(parsed.pins[4].form, "Android");
  EXPECT_EQ(parsed.pins[5].form, "base64");
}

TEST(PinParse, HexFingerprintsWithAndWithoutColons) {
  auto a = parse_pin(kRoot1Sha256Hex);
  auto b = parse_pin("8ecde6884f3d87b1125ba31ac3fcb13d7016de7f57cc904fe1cb97c6ae98196e");
  auto sha1 = parse_pin("8D:A7:F9:65:EC:5E:FC:37:91:0F:1C:6E:59:FD:C1:CC:6A:6E:DE:16");
  ASSERT_TRUE(a && b && sha1);
  EXPECT_EQ(a->digest, b->digest);
  EXPECT_EQ(a->digest.size(), 32u);
  EXPECT_EQ(sha1->digest.size(), 20u);
  EXPECT_TRUE(a->prefer_certificate);
}

TEST(PinParse, NonPinsAreErrorsAndBadPinsAreMalformed) {
  auto parsed = parse_pins({"sha256//not-base64!", "hello world", "sha256//AAAA"});
  EXPECT_TRUE(parsed.pins.empty());
  EXPECT_EQ(parsed.errors.size(), 2u);  // "hello" and "world" are separate tokens
  // Written as pins (a pin prefix) but not digests of that kind.
  EXPECT_EQ(parsed.malformed, (std::vector<std::string>{"sha256//not-base64!", "sha256//AAAA"}));
}

TEST(PinParse, AndroidExpirationIsRead) {
  auto parsed = parse_pins({"<pin-set expiration=\"2018-01-01\"><pin digest=\"SHA-256\">" + kRoot1 + "</pin></pin-set>"});
  EXPECT_EQ(parsed.expiration, "2018-01-01");
  EXPECT_EQ(parsed.pins.size(), 1u);
}

TEST(PinVerdict, AtsRootKeyAccepts) {
  auto v = aws_oracle().judge_pins({"sha256//" + kRoot1 + ";sha256//" + kSfsG2});
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
  EXPECT_EQ(v.summary(), "ACCEPTS (Amazon Root CA 1, Starfield Services Root Certificate Authority - G2)");
}

TEST(PinVerdict, SinglePinHasNoBackupProblem) {
  auto v = aws_oracle().judge_pins({"sha256/" + kRoot1});
  EXPECT_EQ(v.kind, VerdictKind::accepts);
  EXPECT_EQ(v.problems, std::vector<std::string>{"no backup pin (only one pin)"});
}

TEST(PinVerdict, EcdsaRootPinOnlyIsPartial) {
  auto v = aws_oracle().judge_pins({kRoot3, kBaltimore});
  EXPECT_EQ(v.kind, VerdictKind::partial) << v.summary();
  EXPECT_EQ(v.reason,
            "pins only Amazon Root CA 3 (EC P-256), on the ECDSA P-256 via Amazon Root CA 3 (Amazon ECDSA 256 M01–M02) "
            "paths: the current paths end at Amazon Root CA 1, Starfield Services Root Certificate Authority - G2, "
            "Starfield Class 2 Certification Authority; matches only servers that use those paths");
}

TEST(PinVerdict, IntermediatePinWarnsAboutRotation) {
  auto v = aws_oracle().judge_pins({"sha256//" + kM02, "sha256//" + kBaltimore});
  EXPECT_EQ(v.kind, VerdictKind::warn) << v.summary();
  EXPECT_EQ(v.reason, "pins only intermediates (Amazon RSA 2048 M02): breaks at the next rotation among Amazon RSA 2048 M01\u2013M04");
}

TEST(PinVerdict, LegacyAndUnknownPinsReject) {
  auto v = aws_oracle().judge_pins({"sha256//" + kBaltimore, "sha256//" + kMislabelled});
  EXPECT_EQ(v.kind, VerdictKind::rejects);
  EXPECT_NE(v.reason.find("legacy Baltimore CyberTrust Root, expired 2025-05-12"), std::string::npos) << v.reason;
  EXPECT_NE(v.reason.find("unknown pin sha256//kIdp6NNEd8ws"), std::string::npos) << v.reason;
}

TEST(PinVerdict, ServedLeafPinRejects) {
  // The SPKI pin of the profile's served leaf (www.duosecurity.com).
  const auto& leaf = aws_oracle().context().chains.front().leaf;
  auto v = aws_oracle().judge_pins({"sha256//" + leaf.spki_pin(), "sha256//" + kBaltimore});
  ASSERT_EQ(aws_oracle().context().chains.size(), 1u);
  EXPECT_EQ(v.kind, VerdictKind::rejects);
  EXPECT_NE(v.reason.find("the served leaf www.duosecurity.com"), std::string::npos) << v.reason;
}

TEST(PinVerdict, LeafOnlyClientRejectsEvenRootPins) {
  auto v = aws_oracle().judge_pins({"sha256//" + kRoot1 + ";sha256//" + kSfsG2}, true);
  EXPECT_EQ(v.kind, VerdictKind::rejects);
  EXPECT_NE(v.reason.find("leaf pins break at every certificate renewal"), std::string::npos);
}

TEST(PinVerdict, CertificateFingerprintNeedsSelfSignedAndCrossSigned) {
  auto partial = aws_oracle().judge_pins({kRoot1Sha256Hex, "DF:3C:24:F9:BF:D6:66:76:1B:26:80:73:FE:06:D1:CC:8D:4F:82:A4"});
  EXPECT_EQ(partial.kind, VerdictKind::partial) << partial.summary();
  EXPECT_NE(partial.reason.find("missing the fingerprint of Amazon Root CA 1 (cross-signed"), std::string::npos) << partial.reason;
  std::string cross = kRoot1CrossSha256Hex;
  cross.erase(std::remove(cross.begin(), cross.end(), ' '), cross.end());
  auto ok = aws_oracle().judge_pins({kRoot1Sha256Hex, cross});
  EXPECT_EQ(ok.kind, VerdictKind::accepts) << ok.summary();
}

TEST(PinVerdict, Class2PinIsPartial) {
  auto v = aws_oracle().judge_pins({"sha256//" + kClass2, "sha256//" + kBaltimore});
  EXPECT_EQ(v.kind, VerdictKind::partial) << v.summary();
}

// The oracle's clock is kTestNow (2026-06-01).
TEST(PinVerdict, ExpiredAndroidPinSetIsNotEnforcedSoItAccepts) {
  PinSetOptions o;
  o.expiration = "2026-05-31";
  auto v = aws_oracle().judge_pins({"sha256/" + kBaltimore, "sha256/" + kMislabelled}, o);
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
  EXPECT_EQ(v.reason.rfind("pin-set expired 2026-05-31: the client no longer enforces these pins", 0), 0u) << v.reason;
  EXPECT_NE(v.reason.find("while it was enforced: REJECTS"), std::string::npos) << v.reason;
}

TEST(PinVerdict, PinSetIsEnforcedThroughItsExpirationDay) {
  PinSetOptions o;
  o.expiration = "2026-06-01";
  auto v = aws_oracle().judge_pins({"sha256/" + kBaltimore, "sha256/" + kMislabelled}, o);
  EXPECT_EQ(v.kind, VerdictKind::rejects) << v.summary();
  EXPECT_NE(v.summary().find("pin-set expires 2026-06-01 (today)"), std::string::npos) << v.summary();
}

TEST(PinVerdict, PinSetExpiringWithin90DaysSaysSo) {
  PinSetOptions o;
  o.expiration = "2026-08-30";  // 90 days after 2026-06-01
  auto v = aws_oracle().judge_pins({"sha256/" + kRoot1, "sha256/" + kBaltimore}, o);
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
  EXPECT_NE(v.summary().find("; pin-set expires 2026-08-30 (in 90 days): pinning stops after that day"),
            std::string::npos) << v.summary();
  o.expiration = "2026-08-31";
  EXPECT_EQ(aws_oracle().judge_pins({"sha256/" + kRoot1, "sha256/" + kBaltimore}, o).summary().find("expires"), std::string::npos);
}

TEST(PinVerdict, MalformedExpirationIsAProblemNotADate) {
  PinSetOptions o;
  o.expiration = "2026-13-01";
  auto v = aws_oracle().judge_pins({"sha256/" + kRoot1, "sha256/" + kBaltimore}, o);
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
  EXPECT_NE(v.summary().find("pin-set expiration '2026-13-01' is not a date"), std::string::npos) << v.summary();
}

TEST(PinVerdict, NothingReadableIsUnknown) {
  auto v = aws_oracle().judge_pins({"$PIN_FROM_ENV"});
  EXPECT_EQ(v.kind, VerdictKind::unknown);
  EXPECT_EQ(v.reason, "no readable pin");
  EXPECT_EQ(v.problems.size(), 1u);
}

TEST(PinVerdict, MalformedPinsMatchNothing) {
  // Written as pins but not digests of their kind (a SHA-256-sized value behind sha1/, an Android
  // <pin> holding "..."): no key can match them, so a set of only such pins rejects every chain.
  auto okhttp = aws_oracle().judge_pins({"sha1/" + kRoot1});
  EXPECT_EQ(okhttp.kind, VerdictKind::rejects) << okhttp.summary();
  EXPECT_NE(okhttp.reason.find("malformed pin 'sha1/++MBgDH5WGvL9Bc…'"), std::string::npos) << okhttp.reason;
  auto android = aws_oracle().judge_pins({"<pin-set><pin digest=\"SHA-256\">...</pin></pin-set>"});
  EXPECT_EQ(android.kind, VerdictKind::rejects) << android.summary();
  EXPECT_NE(android.reason.find("malformed pin '...'"), std::string::npos) << android.reason;
  // Next to a pin that holds, a malformed one is a problem of an accepting set, not its verdict.
  auto mixed = aws_oracle().judge_pins({"sha256/" + kRoot1, "sha256/" + kSfsG2, "sha256/not-base64!"});
  EXPECT_EQ(mixed.kind, VerdictKind::accepts) << mixed.summary();
  EXPECT_NE(mixed.summary().find("malformed pin 'sha256/not-base64!'"), std::string::npos) << mixed.summary();
  // A value that does not say it is a pin stays unreadable: it may be a name resolved at run time,
  // unless the format says every value is a pin (the values of an Android <pin-set>).
  EXPECT_EQ(aws_oracle().judge_pins({"$PIN_FROM_ENV"}).kind, VerdictKind::unknown);
  PinSetOptions declared;
  declared.declared = true;
  EXPECT_EQ(aws_oracle().judge_pins({"..."}, declared).kind, VerdictKind::rejects);
  // Android refuses the whole config over one unreadable <pin>, good pins next to it or not.
  auto refused = aws_oracle().judge_pins({"sha256/" + kRoot1, "sha256/" + kSfsG2, "TODO"}, declared);
  EXPECT_EQ(refused.kind, VerdictKind::rejects) << refused.summary();
  EXPECT_NE(refused.reason.find("refuses a pin-set with a malformed pin 'TODO'"), std::string::npos) << refused.reason;
}

TEST(PinVerdict, ARefusedConfigRejectsWhateverItsPins) {
  // ATS root pins that would accept, in a configuration the client does not load (expired or not).
  PinSetOptions o;
  o.refused = "Android refuses the whole config: more than one <pin-set> in one <domain-config>";
  auto v = aws_oracle().judge_pins({"sha256/" + kRoot1, "sha256/" + kSfsG2}, o);
  EXPECT_EQ(v.kind, VerdictKind::rejects) << v.summary();
  EXPECT_EQ(v.reason, o.refused);
  o.expiration = "2018-01-01";
  EXPECT_EQ(aws_oracle().judge_pins({"sha256/" + kRoot1, "sha256/" + kSfsG2}, o).kind, VerdictKind::rejects);
}

TEST(PinVerdict, SystemRootsNamePublicKeys) {
  // With the system store, a public root's pin gets its real name instead of "unknown pin".
  TrustOracle with_system(aws_profile(), ATSCAN_TEST_DATA "/certs/unrelated_roots.pem", kTestNow);
  auto own = slurp(cert_data("own_root.pem"));
  auto loaded = load_pem(own);
  ASSERT_EQ(loaded.certs.size(), 1u);
  auto v = with_system.judge_pins({"sha256//" + loaded.certs[0].spki_pin(), "sha256//" + kBaltimore});
  EXPECT_EQ(v.kind, VerdictKind::rejects);
  EXPECT_NE(v.reason.find("Example Private Root CA"), std::string::npos) << v.reason;
}

}  // namespace
}  // namespace atscan
