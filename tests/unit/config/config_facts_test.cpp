// Fact-level behaviour of the configuration front-ends: kinds, values, objects and links that the
// annotated fixtures cannot express (verify depth, leaf-only pins, resolved @raw paths, binary plist).
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/unit/config/config_test_support.h"

using atscan::EndpointFact;
using atscan::TrustFact;
using atscan::TrustKind;
using atscan::testing::scan_text;

namespace {

const TrustFact* find_trust(const atscan::FileFacts& f, TrustKind kind) {
  for (const auto& t : f.trust)
    if (t.kind == kind) return &t;
  return nullptr;
}

std::vector<std::string> endpoint_values(const atscan::FileFacts& f, const std::string& object) {
  std::vector<std::string> out;
  for (const auto& e : f.endpoints)
    if (e.object == object) out.push_back(e.value);
  return out;
}

TEST(ConfigFacts, CurlBundleAndUrlShareTheCommandObject) {
  auto r = scan_text("scripts/get.sh", "curl --cacert old.pem https://b.s3.amazonaws.com/x\ncurl https://other.example.com/\n");
  const auto* t = find_trust(r.facts, TrustKind::bundle_path);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->value, "old.pem");
  EXPECT_EQ(t->rule_id, "ats-custom-ca-bundle");
  EXPECT_EQ(t->object, "curl@1:1");
  EXPECT_EQ(endpoint_values(r.facts, t->object), std::vector<std::string>{"https://b.s3.amazonaws.com/x"});
}

TEST(ConfigFacts, CurlPinnedPubkeyIsLeafOnlyAndSplitsPins) {
  auto r = scan_text("a.sh", "curl --pinnedpubkey 'sha256//AAA=;sha256//BBB=' https://x.example/\n");
  const auto* t = find_trust(r.facts, TrustKind::pin_set);
  ASSERT_NE(t, nullptr);
  EXPECT_TRUE(t->leaf_only_pins);
  EXPECT_EQ(t->values, (std::vector<std::string>{"sha256//AAA=", "sha256//BBB="}));
}

TEST(ConfigFacts, AwsS3CommandImpliesAnS3Endpoint) {
  auto r = scan_text("a.sh", "aws --ca-bundle b.pem s3 cp x s3://bucket/x\n");
  ASSERT_EQ(r.facts.endpoints.size(), 1u);
  EXPECT_EQ(r.facts.endpoints[0].value, "s3.amazonaws.com");
  EXPECT_TRUE(r.facts.endpoints[0].implied);
  EXPECT_EQ(r.facts.endpoints[0].object, r.facts.trust.at(0).object);
}

TEST(ConfigFacts, ExportIsFileScopePrefixAssignmentIsCommandScope) {
  auto r = scan_text("a.sh", "export AWS_CA_BUNDLE=/a.pem\nSSL_CERT_FILE=/b.pem curl https://x.example/\n");
  ASSERT_EQ(r.facts.trust.size(), 2u);
  EXPECT_EQ(r.facts.trust[0].object, "");
  EXPECT_EQ(r.facts.trust[1].object, "curl@2:22");
}

TEST(ConfigFacts, NodeExtraCaCertsIsAdditive) {
  auto r = scan_text(".env", "NODE_EXTRA_CA_CERTS=/extra.pem\n");
  ASSERT_EQ(r.facts.trust.size(), 1u);
  EXPECT_EQ(r.facts.trust[0].kind, TrustKind::bundle_added);
}

TEST(ConfigFacts, GitSslNoVerifyCountsAnyValue) {
  // git only checks that the variable is set.
  auto r = scan_text(".env", "GIT_SSL_NO_VERIFY=false\n");
  ASSERT_NE(find_trust(r.facts, TrustKind::verify_disabled), nullptr);
}

TEST(ConfigFacts, JvmOptionsVariableYieldsKeystore) {
  auto r = scan_text("Dockerfile", "FROM x\nENV JAVA_TOOL_OPTIONS=\"-Xmx1g -Djavax.net.ssl.trustStore=/t.jks\"\n");
  const auto* t = find_trust(r.facts, TrustKind::keystore);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->value, "/t.jks");
  EXPECT_EQ(t->location.line, 2);
}

TEST(ConfigFacts, NginxDefaultVerifyDepthIsOne) {
  auto r = scan_text("nginx.conf",
                     "http { server { proxy_ssl_verify on; location / {\n"
                     "  proxy_ssl_trusted_certificate /ca.pem;\n  proxy_pass https://b.s3.amazonaws.com; } } }\n");
  const auto* t = find_trust(r.facts, TrustKind::bundle_path);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->verify_depth, 1);
  EXPECT_EQ(t->location.line, 2);
  EXPECT_EQ(endpoint_values(r.facts, t->object), std::vector<std::string>{"https://b.s3.amazonaws.com"});
}

TEST(ConfigFacts, NginxExplicitDepthAndUpstreamResolution) {
  auto r = scan_text("nginx.conf",
                     "http { upstream up { server a.s3.amazonaws.com:443; }\n"
                     "server { proxy_ssl_trusted_certificate /ca.pem; proxy_ssl_verify on; proxy_ssl_verify_depth 4;\n"
                     "location / { proxy_pass https://up; } } }\n");
  const auto* t = find_trust(r.facts, TrustKind::bundle_path);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->verify_depth, 4);
  // Server-level trust reaches the location through a use fact.
  ASSERT_EQ(r.facts.uses.size(), 1u);
  EXPECT_EQ(r.facts.uses[0].from_object, t->object);
  EXPECT_EQ(endpoint_values(r.facts, r.facts.uses[0].to_object), std::vector<std::string>{"a.s3.amazonaws.com:443"});
}

TEST(ConfigFacts, NginxTrustedCertificateWithoutVerifyIsNotAFact) {
  auto r = scan_text("nginx.conf", "http { server { location / { proxy_ssl_trusted_certificate /ca.pem; proxy_pass https://x; } } }\n");
  EXPECT_TRUE(r.facts.trust.empty());
}

TEST(ConfigFacts, EnvoyPinsAreLeafOnlyAndLinkedToClusterAddress) {
  auto r = scan_text("envoy.yaml",
                     "static_resources:\n  clusters:\n  - name: c\n    load_assignment:\n      endpoints:\n"
                     "      - lb_endpoints:\n        - endpoint: {address: {socket_address: {address: b.s3.amazonaws.com}}}\n"
                     "    transport_socket:\n      typed_config:\n        common_tls_context:\n          validation_context:\n"
                     "            verify_certificate_spki: [\"AAAA\"]\n");
  const auto* t = find_trust(r.facts, TrustKind::pin_set);
  ASSERT_NE(t, nullptr);
  EXPECT_TRUE(t->leaf_only_pins);
  EXPECT_EQ(t->object, "cluster:c");
  EXPECT_EQ(t->location.line, 12);
  EXPECT_EQ(endpoint_values(r.facts, "cluster:c"), std::vector<std::string>{"b.s3.amazonaws.com"});
}

TEST(ConfigFacts, AndroidRawCertificateResolvesToTheTreeFile) {
  const std::string dir = atscan::testing::config_fixture_dir() + "/android/app/src/main/res/xml/";
  const std::string rel = "android/app/src/main/res/xml/network_security_config.xml";
  auto r = scan_text(rel, atscan::testing::read_bytes(dir + "network_security_config.xml"), dir + "network_security_config.xml");
  const auto* t = find_trust(r.facts, TrustKind::bundle_path);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->value, "android/app/src/main/res/raw/legacy_ca.pem");
  EXPECT_EQ(t->values, std::vector<std::string>{"@raw/legacy_ca"});
  // The nested domain-config inherits the parent's anchors.
  bool inherited = std::any_of(r.facts.uses.begin(), r.facts.uses.end(), [&](const atscan::UseFact& u) {
    return u.from_object == t->object && u.to_object == "domain-config:cdn.media.example.org";
  });
  EXPECT_TRUE(inherited);
  // The single-pin set says so in its api text.
  bool single = std::any_of(r.facts.trust.begin(), r.facts.trust.end(),
                            [](const TrustFact& f) { return f.api == "<pin-set> without a backup pin"; });
  EXPECT_TRUE(single);
}

// The scanner records the expiration; whether it has passed is the judge's decision on the run's clock.
TEST(ConfigFacts, AndroidExpirationIsInTheFact) {
  auto r = scan_text("res/xml/nsc.xml",
                     "<network-security-config><domain-config><domain>a.example</domain>"
                     "<pin-set expiration=\"2099-12-31\"><pin digest=\"SHA-256\">AAAA</pin><pin digest=\"SHA-256\">BBBB</pin>"
                     "</pin-set></domain-config></network-security-config>");
  const auto* t = find_trust(r.facts, TrustKind::pin_set);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->value, "expiration=2099-12-31");
  EXPECT_EQ(t->expiration, "2099-12-31");
  EXPECT_EQ(t->values.size(), 2u);
  EXPECT_FALSE(t->leaf_only_pins);
}

TEST(ConfigFacts, BinaryPlistPinsAreRead) {
  const std::string path = atscan::testing::config_fixture_dir() + "/apple-binary/BinApp/Info.plist";
  auto r = scan_text("BinApp/Info.plist", atscan::testing::read_bytes(path));
  EXPECT_TRUE(r.notes.empty()) << r.notes[0].message;
  const auto* t = find_trust(r.facts, TrustKind::pin_set);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->values, (std::vector<std::string>{"++MBgDH5WGvL9Bcn5Be30cRcL0f5O+NyoXuWtQdX1aI=",
                                                 "NqvDJlas/GRcYbcWE8S/IceH9cq77kg0jVhZeAPXq8k="}));
  EXPECT_EQ(t->object, "pinned-domain:files.s3.amazonaws.com");
  EXPECT_EQ(endpoint_values(r.facts, t->object), std::vector<std::string>{"files.s3.amazonaws.com"});
}

TEST(ConfigFacts, ApplePinnedLeafIdentitiesAreLeafOnly) {
  const std::string path = atscan::testing::config_fixture_dir() + "/apple/App/Info.plist";
  auto r = scan_text("App/Info.plist", atscan::testing::read_bytes(path));
  ASSERT_EQ(r.facts.trust.size(), 2u);
  EXPECT_FALSE(r.facts.trust[0].leaf_only_pins);
  EXPECT_TRUE(r.facts.trust[1].leaf_only_pins);
}

TEST(ConfigFacts, SpringBundleObjectsAreNamed) {
  auto r = scan_text("src/main/resources/application.properties",
                     "spring.ssl.bundle.jks.s3.truststore.location=classpath:t.jks\n");
  ASSERT_EQ(r.facts.trust.size(), 1u);
  EXPECT_EQ(r.facts.trust[0].kind, TrustKind::keystore);
  EXPECT_EQ(r.facts.trust[0].value, "t.jks");
  EXPECT_EQ(r.facts.trust[0].object, "ssl-bundle:s3");
}

TEST(ConfigFacts, NpmrcInlineCaIsAnEmbeddedPem) {
  auto r = scan_text(".npmrc", "ca=\"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\"\nca=null\n");
  std::vector<const TrustFact*> mine;
  for (const auto& t : r.facts.trust)
    if (t.api == "npmrc ca") mine.push_back(&t);
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0]->kind, TrustKind::embedded_pem);
  EXPECT_EQ(mine[0]->rule_id, "ats-embedded-certificate");
  EXPECT_EQ(mine[0]->value, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----");
}

TEST(ConfigFacts, EnvoyInlineStringIsAnEmbeddedPem) {
  auto r = scan_text("envoy.yaml",
                     "clusters:\n- name: c\n  transport_socket:\n    validation_context:\n"
                     "      trusted_ca: {inline_string: \"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\"}\n");
  std::vector<const TrustFact*> mine;
  for (const auto& t : r.facts.trust)
    if (t.api == "trusted_ca inline_string") mine.push_back(&t);
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0]->kind, TrustKind::embedded_pem);
  EXPECT_EQ(mine[0]->object, "cluster:c");
  EXPECT_EQ(mine[0]->value, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----");
}

}  // namespace

// pip and git let a CI file or script past the prefilter by their settings, not by the word: every
// Python project installs with pip and checks out with git. Each form that is let in yields a fact.
TEST(ConfigFacts, PipAndGitAreLetPastThePrefilterOnlyByTheirSettings) {
  std::unique_ptr<atscan::Scanner> ci;
  for (const auto& [name, make] : atscan::registered_scanners())
    if (name == "CiYamlScanner") ci = make();
  ASSERT_NE(ci, nullptr);
  auto bypasses = [&](const std::string& run) {
    const std::string text = "jobs:\n  test:\n    steps:\n      - run: " + run + "\n";
    return ci->bypasses_prefilter(atscan::SourceFile{".github/workflows/ci.yml", "/nonexistent", text});
  };
  EXPECT_FALSE(bypasses("pip install -r requirements.txt"));
  EXPECT_FALSE(bypasses("python -m pip install --upgrade pip setuptools"));
  EXPECT_FALSE(bypasses("git fetch --tags && git describe"));
  for (const std::string run : {"git -c http.sslVerify=false clone https://git.corp.example/x.git",
                                "git config --global http.sslCAInfo certs/corp.pem",
                                "git config http.https://git.corp.example/.sslCAInfo certs/corp.pem",
                                "pip install --cert certs/corp.pem -r requirements.txt", "pip install --trusted-host pypi.corp.example -r r.txt",
                                "pip install --index-url https://pypi.corp.example/simple pkg",
                                "pip install --extra-index-url https://pypi.corp.example/simple pkg",
                                "pip install -i https://pypi.corp.example/simple pkg", "pip config set global.cert certs/corp.pem",
                                "pip3 config set global.trusted-host pypi.corp.example"}) {
    EXPECT_TRUE(bypasses(run)) << run;
    auto r = scan_text(".github/workflows/ci.yml", "jobs:\n  test:\n    steps:\n      - run: " + run + "\n");
    EXPECT_FALSE(r.facts.trust.empty() && r.facts.endpoints.empty()) << run;
  }
}
