// The certificate-file front-end: which files it claims, and that only CA-holding files become
// bundle facts (a lone leaf or client certificate is not a trust bundle).
#include <gtest/gtest.h>

#include "scanners/scanner.h"
#include "tests/unit/trust/trust_fixture.h"

namespace atscan {
namespace {
using namespace atscan::testing;

std::unique_ptr<Scanner> make_cert_scanner() {
  for (const auto& [name, make] : registered_scanners())
    if (name == "CertFileScanner") return make();
  return nullptr;
}

struct Scanned {
  bool wanted = false;
  FileFacts facts;
  std::vector<ScanNote> notes;
};

Scanned scan(const std::string& path, const std::string& content) {
  auto s = make_cert_scanner();
  Scanned out;
  SourceFile f{path, "/abs/" + path, content};
  out.wanted = s->wants(f);
  if (out.wanted) s->scan(f, out.facts, out.notes);
  return out;
}

TEST(CertFileScanner, IsRegistered) { ASSERT_NE(make_cert_scanner(), nullptr); }

TEST(CertFileScanner, BundleBecomesABundlePathFact) {
  auto r = scan("certs/legacy.pem", slurp(cert_data("legacy_only.pem")));
  ASSERT_TRUE(r.wanted);
  ASSERT_EQ(r.facts.trust.size(), 1u);
  const TrustFact& t = r.facts.trust[0];
  EXPECT_EQ(t.rule_id, "ats-bundle-missing-ats-roots");
  EXPECT_EQ(t.kind, TrustKind::bundle_path);
  EXPECT_EQ(t.api, "certificate file");
  EXPECT_EQ(t.value, "certs/legacy.pem");
  EXPECT_EQ(t.location.line, 1);
}

TEST(CertFileScanner, BinaryStoresAreClaimedAndLocatedAsWholeFile) {
  auto s = make_cert_scanner();
  const std::string jks = slurp(cert_data("ats.jks"));
  SourceFile f{"app/truststore.jks", "/abs", jks};
  EXPECT_TRUE(s->accepts_binary(f));
  EXPECT_TRUE(s->bypasses_prefilter(f));
  auto r = scan("app/truststore.jks", jks);
  ASSERT_EQ(r.facts.trust.size(), 1u);
  EXPECT_EQ(r.facts.trust[0].location.line, 0);
  EXPECT_EQ(scan("java/cacerts", jks).facts.trust.size(), 1u);
}

TEST(CertFileScanner, LeafOrClientCertificateIsNotABundle) {
  EXPECT_TRUE(scan("client.crt", slurp(cert_data("leaf_only.pem"))).facts.trust.empty());
  EXPECT_TRUE(scan("identity.p12", slurp(cert_data("client_identity.p12"))).facts.trust.empty());
}

TEST(CertFileScanner, PemUnderAnotherNameIsClaimedButNotInSourceCode) {
  const std::string pem = slurp(cert_data("ats_anchors.pem"));
  EXPECT_EQ(scan("config/ca-bundle.txt", pem).facts.trust.size(), 1u);
  EXPECT_EQ(scan("etc/ssl/ca-certificates", pem).facts.trust.size(), 1u);
  EXPECT_FALSE(scan("src/client.py", "CA = '''" + pem + "'''").wanted);
  EXPECT_FALSE(scan("src/tls.cpp", pem).wanted);
  EXPECT_FALSE(scan("docs/readme.txt", "no certificates here").wanted);
}

TEST(CertFileScanner, EncryptedOrBrokenFilesGiveANoteNotAFact) {
  auto enc = scan("secure.p12", slurp(cert_data("ats_secret_password.p12")));
  EXPECT_TRUE(enc.facts.trust.empty());
  ASSERT_EQ(enc.notes.size(), 1u);
  EXPECT_NE(enc.notes[0].message.find("password unknown"), std::string::npos);
  auto bad = scan("broken.pem", slurp(cert_data("truncated.pem")));
  EXPECT_TRUE(bad.facts.trust.empty());
  EXPECT_EQ(bad.notes.size(), 1u);
  EXPECT_TRUE(scan("empty.pem", "").facts.trust.empty());
}

}  // namespace
}  // namespace atscan
