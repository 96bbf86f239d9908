// Inputs that used to crash by recursion (one stack frame per nesting level or per character) or
// blow up by sharing (aliases, shared plist children). Every input is generated here.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "core/hosts/host_classifier.h"
#include "core/trust/pins.h"
#include "scanners/config/plist_value.h"
#include "tests/unit/hostile/hostile_support.h"

namespace atscan::testing {
namespace {

TEST(DeepInput, NetworkSecurityConfigNested20000LevelsIsReadToABoundAndWarned) {
  HostileTree t;
  std::string xml = "<?xml version=\"1.0\"?>\n<network-security-config>\n";
  for (int i = 0; i < 20000; ++i) xml += "<domain-config><domain>d" + std::to_string(i) + ".s3.amazonaws.com</domain>";
  for (int i = 0; i < 20000; ++i) xml += "</domain-config>";
  xml += "\n</network-security-config>\n";
  t.write("app/src/main/res/xml/network_security_config.xml", xml);
  auto o = scan_tree(t.dir());
  EXPECT_TRUE(noted(o, "app/src/main/res/xml/network_security_config.xml", "nested deeper than")) << notes_of(o);
}

TEST(DeepInput, HostOf50000CharactersIsClassifiedWithoutRecursion) {
  const std::string host = std::string(50000, 'a') + ".s3.amazonaws.com";
  const auto m = hostile_engine().hosts.classify("https://" + host + "/key");
  EXPECT_EQ(m.cls, EndpointClass::s3);
  EXPECT_EQ(m.tag, "S3-CORE");
  EXPECT_EQ(hostile_engine().hosts.classify(std::string(50000, 'x')).cls, EndpointClass::unknown);  // a bare word
  EXPECT_EQ(hostile_engine().hosts.classify("https://" + std::string(50000, '-') + ".example.com").cls, EndpointClass::other);
}

TEST(DeepInput, KotlinTrustManagerBodyOf30000SpacesIsJudged) {
  HostileTree t;
  std::string src = "import javax.net.ssl.X509TrustManager\nimport java.security.cert.X509Certificate\n"
                    "val trustAll = object : X509TrustManager {\n"
                    "    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) = Unit\n"
                    "    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {" +
                    std::string(30000, ' ') + "}\n"
                    "    override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()\n}\n";
  t.write("TrustAll.kt", src);
  auto o = scan_tree(t.dir());
  ASSERT_EQ(o.findings.size(), 1u) << notes_of(o);
  EXPECT_EQ(o.findings[0].rule_id, "ats-verification-disabled");
  EXPECT_EQ(o.findings[0].severity, Severity::warning);
}

TEST(DeepInput, LongStringsInEveryTreeSitterLanguageDoNotCrashPredicates) {
  HostileTree t;
  const std::string pad(60000, ' ');
  const std::string pem = "-----BEGIN CERTIFICATE-----" + std::string(60000, 'A') + "-----END CERTIFICATE-----";
  t.write("a.cs", "class A { void M() { var h = new HttpClientHandler(); h.ServerCertificateCustomValidationCallback = (a, b, c, d) =>" + pad + "true; var s = \"" + pem + "\"; } }\n");
  t.write("a.go", "package main\nvar pem = `" + pem + "`\nvar u = \"https://" + std::string(60000, 'b') + ".s3.amazonaws.com\"\n");
  t.write("a.js", "const pem = `" + pem + "`;\nconst u = 'https://" + std::string(60000, 'b') + ".s3.amazonaws.com';\n");
  t.write("a.py", "import requests\nrequests.get('https://" + std::string(60000, 'b') + ".s3.amazonaws.com', verify=False)\n");
  auto o = scan_tree(t.dir());
  bool py = false;
  for (const auto& f : o.findings) py = py || (f.location.file == "a.py" && f.rule_id == "ats-verification-disabled");
  EXPECT_TRUE(py) << notes_of(o);
}

TEST(DeepInput, AndroidPinsOfAnyLengthParseLinearly) {
  const std::string long_value(200000, 'A');
  auto r = parse_pins({"<pin-set expiration=\"2099-01-01\"><pin digest=\"SHA-256\">" + long_value + "</pin></pin-set>"});
  EXPECT_EQ(r.expiration, "2099-01-01");
  EXPECT_TRUE(r.pins.empty());
  ASSERT_EQ(r.malformed.size(), 1u);  // a <pin> whose value is no digest
  auto ok = parse_pins({"<pin digest='sha-256'> ++MBgDH5WGvL9Bcn5Be30cRcL0f5O+NyoXuWtQdX1aI= </pin>" + std::string(100000, ' ') + "<pin"});
  EXPECT_EQ(ok.pins.size(), 1u);
  EXPECT_TRUE(ok.errors.empty());
}

// 8 levels of 9 aliases each: 9^8 = 43 million nodes once expanded, from a few hundred bytes.
TEST(DeepInput, YamlAliasBombIsSkippedWithAReason) {
  HostileTree t;
  std::string y = "a0: &a0 [\"curl -k https://b.s3.amazonaws.com\"]\n";
  for (int level = 1; level <= 8; ++level) {
    y += "a" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
    for (int k = 0; k < 9; ++k) y += std::string(k ? ", " : "") + "*a" + std::to_string(level - 1);
    y += "]\n";
  }
  t.write(".gitlab-ci.yml", y);
  t.write("k8s/deploy.yaml", y);
  auto o = scan_tree(t.dir());
  EXPECT_TRUE(noted(o, ".gitlab-ci.yml", "aliases are expanded")) << notes_of(o);
  EXPECT_TRUE(noted(o, "k8s/deploy.yaml", "aliases are expanded")) << notes_of(o);
}

// yaml-cpp's LoadAll returned one empty document after another, forever, at a ',' where a block node
// starts (found by fuzzing; memory grew until the process died). The file is skipped with a reason.
TEST(DeepInput, YamlStrayCommaIsSkippedNotLoadedForever) {
  HostileTree t;
  // The comments carry the prefilter's trigger words, so that the files are parsed at all.
  t.write(".gitlab-ci.yml", "# curl -k https://b.s3.amazonaws.com/x\n,\n");
  t.write("k8s/deploy.yaml", "kind: Pod\n# curl -k https://b.s3.amazonaws.com/x\n---\n, spec: {}\n");
  t.write("ok.yml", "job:\n  script:\n    - curl -k https://b.s3.amazonaws.com/x\n");
  auto o = scan_tree(t.dir());
  EXPECT_TRUE(noted(o, ".gitlab-ci.yml", "malformed YAML at line 2")) << notes_of(o);
  EXPECT_TRUE(noted(o, "k8s/deploy.yaml", "malformed YAML at line 4")) << notes_of(o);
  ASSERT_EQ(o.findings.size(), 2u) << notes_of(o);  // the scan goes on: the well-formed file is judged
  for (const auto& f : o.findings) EXPECT_EQ(f.location.file, "ok.yml");
  EXPECT_EQ(o.findings[0].rule_id, "ats-verification-disabled");
  EXPECT_EQ(o.findings[0].severity, Severity::warning);
  EXPECT_EQ(o.findings[1].rule_id, "ats-s3-endpoint");  // the S3 connection of that curl, a note
  EXPECT_EQ(o.findings[1].severity, Severity::note);
}

TEST(DeepInput, YamlAliasesWithinTheBudgetAreStillFollowed) {
  HostileTree t;
  t.write("ci.yml", "x: &cmd \"curl -k https://b.s3.amazonaws.com/x\"\njob:\n  script:\n    - *cmd\n");
  auto o = scan_tree(t.dir());
  EXPECT_FALSE(noted(o, "ci.yml", "aliases")) << notes_of(o);
}

// bplist00 whose arrays each hold the previous array N times: 2^k values from O(k) bytes.
std::string shared_children_bplist(int levels, int fanout) {
  std::string b = "bplist00";
  std::vector<std::uint64_t> offsets;
  offsets.push_back(b.size());
  b += static_cast<char>(0x08);  // object 0: false
  for (int i = 1; i <= levels; ++i) {
    offsets.push_back(b.size());
    b += static_cast<char>(0xA0 | fanout);  // array of `fanout` one-byte refs
    for (int k = 0; k < fanout; ++k) b += static_cast<char>(i - 1);
  }
  const std::uint64_t table = b.size();
  for (auto o : offsets) b += static_cast<char>(o);  // 1-byte offsets
  std::string trailer(32, '\0');
  trailer[6] = 1;  // offset size
  trailer[7] = 1;  // ref size
  const std::uint64_t n = offsets.size(), top = levels;
  for (int k = 0; k < 8; ++k) {
    trailer[8 + k] = static_cast<char>(n >> (56 - 8 * k));
    trailer[16 + k] = static_cast<char>(top >> (56 - 8 * k));
    trailer[24 + k] = static_cast<char>(table >> (56 - 8 * k));
  }
  return b + trailer;
}

TEST(DeepInput, BinaryPlistWithSharedChildrenIsRefusedNotExpanded) {
  const std::string bomb = shared_children_bplist(30, 2);  // 2^30 values
  ASSERT_LT(bomb.size(), 200u);
  EXPECT_THROW(config::read_binary_plist(bomb), config::PlistError);
  EXPECT_NO_THROW(config::read_binary_plist(shared_children_bplist(4, 2)));

  HostileTree t;
  t.write("App/Info.plist", bomb);
  auto o = scan_tree(t.dir());
  EXPECT_TRUE(noted(o, "App/Info.plist", "shared children")) << notes_of(o);
}

}  // namespace
}  // namespace atscan::testing
