#include "scanners/prefilter/prefilter.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "core/catalog/catalog.h"

namespace atscan {
namespace {

TEST(Prefilter, HitAndMiss) {
  Prefilter p({"verify", "cafile"});
  EXPECT_TRUE(p.matches("requests.get(url, verify=False)"));
  EXPECT_TRUE(p.matches("x\ny\ncafile=/etc/ssl"));
  EXPECT_FALSE(p.matches("print('hello world')\n"));
  EXPECT_FALSE(p.matches(""));
}

TEST(Prefilter, CaseInsensitive) {
  Prefilter p({"verify", "CertificatePinner"});
  EXPECT_TRUE(p.matches("VERIFY_PEER"));
  EXPECT_TRUE(p.matches("SslVerify"));
  EXPECT_TRUE(p.matches("certificatepinner.builder()"));
  EXPECT_FALSE(p.matches("verif y"));
}

TEST(Prefilter, LiteralsWithRegexMetacharactersAreLiteral) {
  Prefilter p({"ca:", "sha256/", "-----BEGIN", "a.b", "(x)", "[y]", "z*", "q+?", "^s$", "back\\slash", "{2}", "|"});
  EXPECT_TRUE(p.matches("  ca: /etc/ca.pem"));
  EXPECT_TRUE(p.matches("pin: sha256/AAAA"));
  EXPECT_TRUE(p.matches("-----begin certificate-----"));
  EXPECT_TRUE(p.matches("a.b"));
  EXPECT_FALSE(p.matches("axb"));       // '.' is not "any character"
  EXPECT_TRUE(p.matches("f(x)"));
  EXPECT_FALSE(p.matches("x"));         // parentheses are not a group
  EXPECT_TRUE(p.matches("[y]"));
  EXPECT_FALSE(p.matches("y"));
  EXPECT_TRUE(p.matches("z*"));
  EXPECT_FALSE(p.matches("zzz"));
  EXPECT_TRUE(p.matches("q+?"));
  EXPECT_TRUE(p.matches("^s$"));
  EXPECT_FALSE(p.matches("s"));
  EXPECT_TRUE(p.matches("back\\slash"));
  EXPECT_FALSE(p.matches("backslash"));
  EXPECT_TRUE(p.matches("a|b"));
  EXPECT_FALSE(p.matches("ca ; sha256 ; BEGIN"));
}

TEST(Prefilter, EmptyListMatchesEverything) {
  Prefilter p({});
  EXPECT_TRUE(p.matches("anything"));
  EXPECT_TRUE(p.matches(""));
  Prefilter only_empty({""});
  EXPECT_TRUE(only_empty.matches("anything"));
}

TEST(Prefilter, BinaryContentAndLiteralAtTheEnd) {
  Prefilter p({"MII"});
  std::string bin(1 << 20, '\0');
  EXPECT_FALSE(p.matches(bin));
  bin.replace(bin.size() - 3, 3, "mii");
  EXPECT_TRUE(p.matches(bin));
}

TEST(Prefilter, ManyThreadsShareOneDatabase) {
  Prefilter p({"verify", "-----BEGIN CERTIFICATE-----", "pin-sha256"});
  Prefilter other({"nothing-here"});  // a second database used by the same threads
  const std::string hit = std::string(10000, 'x') + "Verify" + std::string(100, 'y');
  const std::string miss = std::string(10000, 'x');
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 2000; ++i) {
        if (!p.matches(hit) || p.matches(miss)) ++wrong;
        if (other.matches(hit)) ++wrong;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace atscan

TEST(Prefilter, PatternsMatchAsWrittenBesideCaselessLiterals) {
  atscan::Prefilter p({"BEGIN CERTIFICATE"}, {"MII[A-Za-z0-9+/]{3}C[BC]"});
  EXPECT_TRUE(p.matches("const char* der = \"MIIDQTCCAimgAwIBAgITBmyfz5m\";"));
  EXPECT_TRUE(p.matches("MIIBszCBnaADAgECAg"));  // a TBSCertificate under 256 bytes: one-byte length, "CB"
  EXPECT_FALSE(p.matches("#define ETH_MACCR_RMII_MODE 1  /* rmii, mii */"));
  EXPECT_FALSE(p.matches("mIIdqtccaimg"));  // patterns are case-sensitive
  EXPECT_TRUE(p.matches("-----begin certificate-----"));  // literals are not
}

TEST(Prefilter, PatternsAloneFilter) {
  atscan::Prefilter p({}, {"sha256/[A-Za-z0-9+/]{43}="});
  EXPECT_TRUE(p.matches("pin = \"sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\""));
  EXPECT_FALSE(p.matches("pin = \"sha256/short=\""));
}

// The patterns are compiled when a file first lacks every literal: a file with a literal never needs
// them, one without still gets them, and a broken pattern fails at construction, not in a scan.
TEST(Prefilter, PatternsServeFilesWithoutLiteralsOnly) {
  atscan::Prefilter p({"verify"}, {"MII[A-Za-z0-9+/]{3}C[BC]"});
  EXPECT_TRUE(p.matches("requests.get(url, verify=False)"));
  EXPECT_TRUE(p.matches("x = \"MIIDQTCCAimg\""));
  EXPECT_FALSE(p.matches("x = \"hello\""));
  EXPECT_TRUE(p.matches("VERIFY"));
}

// The scan compiles the patterns ahead of time on another thread (a large walk): matching after
// that, and alongside it, is the same as compiling on the first file without a literal.
TEST(Prefilter, PatternsCompiledAheadServeTheSameFiles) {
  const atscan::Prefilter p({"verify"}, {"MII[A-Za-z0-9+/]{3}C[BC]"});
  std::thread ahead([&] { p.compile_patterns(); });
  const bool during = p.matches("x = \"MIIDQTCCAimg\"");
  ahead.join();
  p.compile_patterns();  // again: a no-op
  EXPECT_TRUE(during);
  EXPECT_TRUE(p.matches("x = \"MIIDQTCCAimg\""));
  EXPECT_FALSE(p.matches("x = \"MIIDQTxxAimg\""));
  EXPECT_FALSE(p.matches("x = \"hello\""));
  const atscan::Prefilter literals_only({"verify"});
  literals_only.compile_patterns();  // nothing to compile
  EXPECT_FALSE(literals_only.matches("x = \"MIIDQTCCAimg\""));
}

TEST(Prefilter, ABrokenPatternFailsAtConstruction) {
  EXPECT_THROW(atscan::Prefilter({"verify"}, {"MII[A-Z"}), std::runtime_error);
}

TEST(Prefilter, PatternsCompiledOnceForManyThreads) {
  atscan::Prefilter p({"verify"}, {"sha256/[A-Za-z0-9+/]{43}="});
  std::atomic<int> hits{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i)
        if (p.matches("pin \"sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"") && !p.matches("none here")) ++hits;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(hits.load(), 400);
}

TEST(Prefilter, MatchedLiteralsListsEveryLiteralPresentOnceInLowerCaseSorted) {
  atscan::Prefilter p({"make_session", "BUCKET_URL", "absent_name"});
  EXPECT_EQ(p.matched_literals("s = make_session()\nput(BUCKET_URL)\nMAKE_SESSION()\n"),
            (std::vector<std::string>{"bucket_url", "make_session"}));
  EXPECT_TRUE(p.matched_literals("nothing here").empty());
  EXPECT_TRUE(p.matched_literals("").empty());
  atscan::Prefilter patterns_only({}, {"ab+c"});
  EXPECT_TRUE(patterns_only.matched_literals("abbc").empty());  // patterns are not reported
}

// The shipped catalog's triggers: "verify" admits a file where TLS code uses it, not where a crypto
// or test library names its own checks (461 of 799 parsed FreeRTOS files were admitted by those).
TEST(Prefilter, TheCatalogAdmitsTlsUsesOfVerifyAndLeavesOtherVerifyNamesOut) {
  const atscan::Catalog catalog = atscan::Catalog::load(ATSCAN_SOURCE_DIR "/rules");
  const atscan::Prefilter p(catalog.trigger_literals(), catalog.trigger_patterns());
  for (const char* tls : {"SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);", "curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);",
                          "requests.get(url, verify=False)", "session.verify = False", "{ verify: false }", "opts['verify'] = x",
                          "ctx.verify_mode = ssl.CERT_OPTIONAL", "tls_verify = off", "git -c http.sslVerify=false clone",
                          "Config{InsecureSkipVerify: true}", "mbedtls_ssl_conf_verify(&conf, cb, NULL);", "X509_verify_cert(store_ctx)",
                          "ok = SSL_get_verify_result(ssl);", "socket.setPeerVerifyMode(QSslSocket::VerifyNone);",
                          "http.verify_mode = OpenSSL::SSL::VERIFY_NONE", "{verify_fun, {fun verify/3, []}}", "--no-verify"})
    EXPECT_TRUE(p.matches(tls)) << tls;
  for (const char* other : {"VERIFY_SUCCESS(err_code);", "VERIFY_PARAM_NOT_NULL(p_context);", "ret = nrf_crypto_ecdsa_verify(&ctx, sig);",
                            "void test_VerifyInit_normal_behavior(void)", "/* Verify that the queue is empty. */", "xVerifyRoundTrip = 1;",
                            "mbedtls_pk_verify(&pk, md, hash, 0, sig, len)", "status = psa_verify_hash(key, alg, h, hl, s, sl);"})
    EXPECT_FALSE(p.matches(other)) << other;
}

// cacert and authmode: the TLS uses, not CryptoAuthLib's atcacert_* or a Wi-Fi driver's auth mode.
TEST(Prefilter, TheCatalogAdmitsCacertAndAuthmodeOnlyWhereTlsUsesThem) {
  const atscan::Catalog catalog = atscan::Catalog::load(ATSCAN_SOURCE_DIR "/rules");
  const atscan::Prefilter p(catalog.trigger_literals(), catalog.trigger_patterns());
  for (const char* tls : {"curl --cacert /etc/ssl/ca.pem https://x", "client.setCACert(root_ca);", "static char cacert_buf[2048];",
                          "CAcert = load();", "mbedtls_ssl_conf_authmode(&conf, MBEDTLS_SSL_VERIFY_REQUIRED);"})
    EXPECT_TRUE(p.matches(tls)) << tls;
  for (const char* other : {"return ATCACERT_E_SUCCESS;", "const atcacert_def_t *def", "cfg.dot11AuthMode = eWiFiSecurityWPA2;",
                            "wifi_config.sta.threshold.authmode = WIFI_AUTH_WPA2_PSK;"})
    EXPECT_FALSE(p.matches(other)) << other;
}

// "Pinning" counts as written in type names, not as the word in any case (spinning, version pinning).
TEST(Prefilter, TheCatalogAdmitsPinningTypeNamesAndLeavesTheWordOut) {
  const atscan::Catalog catalog = atscan::Catalog::load(ATSCAN_SOURCE_DIR "/rules");
  const atscan::Prefilter p(catalog.trigger_literals(), catalog.trigger_patterns());
  for (const char* tls : {"let session = URLSession(configuration: .default, delegate: URLSessionPinningDelegate(), delegateQueue: nil)",
                          "manager.securityPolicy = AFSecurityPolicy(pinningMode: AFSSLPinningModeCertificate)"})
    EXPECT_TRUE(p.matches(tls)) << tls;
  for (const char* other : {"// keep the block allocator from spinning forever", "def pinning(self, candidate):",
                            "# a command line overrides all PINNING"})
    EXPECT_FALSE(p.matches(other)) << other;
}

// The weak words (scan --no-tiered-triggers): every line the tiers leave out above is admitted by them, and
// nothing the tiers admit is lost, so the switch can only parse more.
TEST(Prefilter, TheCatalogsWeakTriggersAdmitWhatTheTiersLeaveOut) {
  const atscan::Catalog catalog = atscan::Catalog::load(ATSCAN_SOURCE_DIR "/rules");
  EXPECT_EQ(catalog.weak_triggers(), (std::vector<std::string>{"authmode", "ca:", "cacert", "mii", "pinning", "verify"}));
  auto literals = catalog.trigger_literals();
  for (const auto& w : catalog.weak_triggers()) literals.push_back(w);
  const atscan::Prefilter tiered(catalog.trigger_literals(), catalog.trigger_patterns());
  const atscan::Prefilter plain(literals, catalog.trigger_patterns());
  for (const char* other : {"/* Verify that the queue is empty. */", "VERIFY_SUCCESS(err_code);", "unsigned FPCA:1;", "return ATCACERT_E_SUCCESS;",
                            "wifi_config.sta.threshold.authmode = WIFI_AUTH_WPA2_PSK;", "// keep the allocator from spinning forever",
                            "#define ETH_MODE_RMII 1"}) {
    EXPECT_FALSE(tiered.matches(other)) << other;
    EXPECT_TRUE(plain.matches(other)) << other;
  }
  for (const char* tls : {"SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);", "{ ca: fs.readFileSync('ca.pem') }", "curl --cacert x https://y",
                          "mbedtls_ssl_conf_authmode(&conf, MBEDTLS_SSL_VERIFY_REQUIRED);", "AFSSLPinningModeCertificate",
                          "\"MIIDQTCCAimgAwIBAgITBmyfz5m/jAo54vB4ikPmljZbyjANBgkqhkiG9w0BAQsFADA5\""}) {
    EXPECT_TRUE(tiered.matches(tls)) << tls;
    EXPECT_TRUE(plain.matches(tls)) << tls;
  }
}
