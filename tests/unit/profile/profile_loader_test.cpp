// The profile format: both shipped profiles load; every mistake names file:line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/hosts/host_classifier.h"
#include "core/profile/profile.h"
#include "core/trust/oracle.h"
#include "tests/unit/trust/trust_fixture.h"

namespace atscan {
namespace {
namespace fs = std::filesystem;
using namespace atscan::testing;

class ProfileErrors : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("atscan-profile-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    fs::copy_file(repo_path("rules/profiles/aws-ats/Amazon_Root_CA_1.pem"), dir_ / "root.pem");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // The error text of loading `yaml`, or "" when it loads.
  std::string error_of(const std::string& yaml) {
    std::ofstream(dir_ / "p.yaml") << yaml;
    try {
      Profile::load(dir_ / "p.yaml");
    } catch (const std::runtime_error& e) {
      std::string msg = e.what();
      auto at = msg.find("p.yaml:");
      return at == std::string::npos ? msg : msg.substr(at);
    }
    return "";
  }
  fs::path dir_;
};

const char* kValid = "id: t\ntitle: T\ncertificates:\n  - {name: Root, role: anchor, file: root.pem}\n";

TEST(ProfileLoad, AwsAtsHasItsCertificatesChainAndHosts) {
  auto p = aws_profile();
  EXPECT_EQ(p->id, "aws-ats");
  EXPECT_EQ(p->certs.size(), 24u);
  ASSERT_EQ(p->chains.size(), 1u);
  EXPECT_EQ(p->chains[0].check_time, 1735689600);  // 2025-01-01T00:00:00Z
  EXPECT_EQ(p->chains[0].pems.size(), 2u);
  EXPECT_EQ(p->hosts.size(), 22u);
  EXPECT_EQ(p->certs[5].role, "legacy-anchor");
  EXPECT_FALSE(p->certs[5].note.empty());
}

TEST(ProfileLoad, LoadNamedFindsProfilesUnderRules) {
  auto p = Profile::load_named(repo_path("rules"), "digicert-g1-distrust");
  EXPECT_EQ(p->id, "digicert-g1-distrust");
  EXPECT_THROW(Profile::load_named(repo_path("rules"), "no-such-profile"), std::runtime_error);
}

TEST(ProfileLoad, DigicertDistrustProfileJudgesByMembership) {
  auto p = Profile::load_named(repo_path("rules"), "digicert-g1-distrust");
  TrustOracle oracle(p, "", kTestNow);
  auto g1 = oracle.judge_bundle_bytes(ats_pem("DigiCert_Global_Root_CA.pem"));
  EXPECT_EQ(g1.summary(), "REJECTS: only legacy roots (DigiCert Global Root CA)");
  auto g2 = oracle.judge_bundle_bytes(ats_pem("DigiCert_Global_Root_CA.pem") + ats_pem("DigiCert_Global_Root_G2.pem"));
  EXPECT_EQ(g2.summary(), "ACCEPTS (DigiCert Global Root G2)");
  // The same Amazon bundle that the aws-ats profile accepts is unrelated here.
  auto ats = oracle.judge_bundle_path(cert_data("ats_anchors.pem"));
  EXPECT_EQ(ats.kind, VerdictKind::rejects);
  HostClassifier hosts(p);
  EXPECT_EQ(hosts.classify("bucket.s3.amazonaws.com").cls, EndpointClass::other);
}

TEST_F(ProfileErrors, ValidMinimalProfileLoads) { EXPECT_EQ(error_of(kValid), ""); }

TEST_F(ProfileErrors, UnknownTopLevelKeyNamesItsLine) {
  EXPECT_EQ(error_of(std::string(kValid) + "hostz: []\n"),
            "p.yaml:5: unknown key 'hostz' in the profile (allowed: id, title, description, certificates, paths, chains, hosts)");
}

TEST_F(ProfileErrors, UnknownCertificateKeyNamesItsLine) {
  EXPECT_EQ(error_of("id: t\ntitle: T\ncertificates:\n  - name: Root\n    role: anchor\n    file: root.pem\n    rol: x\n"),
            "p.yaml:7: unknown key 'rol' in a certificate (allowed: name, role, file, note, urls)");
}

TEST_F(ProfileErrors, MissingFieldIsNamed) {
  EXPECT_EQ(error_of("id: t\ntitle: T\ncertificates:\n  - {name: Root, file: root.pem}\n"),
            "p.yaml:4: missing field 'role' in certificate 'Root'");
  EXPECT_EQ(error_of("title: T\ncertificates:\n  - {name: Root, role: anchor, file: root.pem}\n"),
            "p.yaml:1: missing field 'id' in the profile");
}

TEST_F(ProfileErrors, UrlsMustBeAListOfUrls) {
  EXPECT_EQ(error_of("id: t\ntitle: T\ncertificates:\n  - {name: Root, role: anchor, file: root.pem, urls: [https://h.example/r.pem]}\n"), "");
  EXPECT_EQ(error_of("id: t\ntitle: T\ncertificates:\n  - {name: Root, role: anchor, file: root.pem, urls: https://h.example/r.pem}\n"),
            "p.yaml:4: 'urls' of 'Root' must be a list of URLs");
  EXPECT_EQ(error_of("id: t\ntitle: T\ncertificates:\n  - {name: Root, role: anchor, file: root.pem, urls: [root.pem]}\n"),
            "p.yaml:4: 'urls' of 'Root' holds something that is not a URL");
}

TEST_F(ProfileErrors, BadRoleRegexAndFileAreRejected) {
  EXPECT_NE(error_of("id: t\ntitle: T\ncertificates:\n  - {name: Root, role: root, file: root.pem}\n").find("unknown role 'root'"),
            std::string::npos);
  EXPECT_NE(error_of("id: t\ntitle: T\ncertificates:\n  - {name: Root, role: anchor, file: missing.pem}\n")
                .find("p.yaml:4: cannot read certificate file 'missing.pem'"),
            std::string::npos);
  EXPECT_NE(error_of(std::string(kValid) + "hosts:\n  - {regex: '(unclosed', tag: X, class: s3}\n").find("p.yaml:6: bad regex"),
            std::string::npos);
  EXPECT_NE(error_of(std::string(kValid) + "hosts:\n  - {regex: 'x', tag: X, class: s4}\n").find("class must be s3"),
            std::string::npos);
}

TEST_F(ProfileErrors, BadCheckTimeAndYamlSyntax) {
  EXPECT_NE(error_of(std::string(kValid) + "chains:\n  - {name: c, leaf: root.pem, check_time: soon}\n").find("check_time 'soon'"),
            std::string::npos);
  EXPECT_NE(error_of("id: [unclosed\n").find("p.yaml:"), std::string::npos);
}

}  // namespace
}  // namespace atscan
