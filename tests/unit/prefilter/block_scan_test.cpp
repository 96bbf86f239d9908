// Scans that vectorscan 5.4.9's AVX-512 code gets wrong (core/util/block_scan.h): a run of a character
// class that ends in the last partial 64-byte vector of the text. Each text is tried at every length
// around the vector sizes, so on an AVX-512 machine these fail with the library's own choice of code
// (ATSCAN_VECTORSCAN=native) and pass through block_scan; elsewhere they pass either way.
#include "core/util/block_scan.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "core/util/linear_regex.h"
#include "core/util/prebuilt_databases.h"
#include "scanners/prefilter/prefilter.h"

namespace atscan {
namespace {

TEST(BlockScan, ARunOfAClassIsSeenToEndWhereverTheTextEnds) {
  const LinearRegex brace("^[^{]*\\{"), semicolon("[^;]*;"), any_then("y*;"), dot(".*;");
  for (size_t n = 0; n <= 200; ++n) {
    const std::string filler(n, 'y');
    EXPECT_TRUE(brace.search(filler + "{")) << n;
    EXPECT_TRUE(brace.search(filler + "{ tail")) << n;
    EXPECT_TRUE(semicolon.search(filler + ";")) << n;
    EXPECT_TRUE(any_then.search(std::string(n, 'q') + "yy;")) << n;
    EXPECT_TRUE(dot.search(filler + ";")) << n;
    EXPECT_FALSE(brace.search(filler)) << n;
    EXPECT_FALSE(semicolon.search(filler)) << n;
  }
}

// The query predicate that found the bug: a Swift challenge handler that answers .useCredential and
// nothing else, read from the whole declaration (signature before the first "{").
TEST(BlockScan, AChallengeHandlerWithALongSignatureIsRead) {
  const LinearRegex trusts_all(
      "^[^{]*\\{\\s*((guard\\s+)?let\\s+[^\\n]*\\n\\s*)?completionHandler\\(\\s*\\.useCredential\\s*,\\s*URLCredential\\(trust:[^\\n]*\\)\\s*\\}$");
  const std::string handler =
      "func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,\n"
      "                completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {\n"
      "    completionHandler(.useCredential, URLCredential(trust: challenge.protectionSpace.serverTrust!))\n"
      "}";
  EXPECT_TRUE(trusts_all.search(handler));
  EXPECT_FALSE(trusts_all.search(handler.substr(0, handler.size() - 1) + "    check()\n}"));
}

TEST(BlockScan, PrefilterPatternsAndLiteralsSeeTheEndOfEveryText) {
  const Prefilter p({"BEGIN CERTIFICATE", "cafile"}, {"[^;]*;"});
  for (size_t n = 0; n <= 200; ++n) {
    EXPECT_TRUE(p.matches(std::string(n, 'y') + ";")) << n;
    EXPECT_TRUE(p.matches(std::string(n, 'y') + "cafile")) << n;
    EXPECT_FALSE(p.matches(std::string(n, 'y'))) << n;
  }
}

// A database compiled for AVX-512 elsewhere (another build's bytes) cannot run on the AVX2 code that
// block_scan uses on an AVX-512 machine: it is refused, and the expression is compiled here instead.
TEST(BlockScan, BytesCompiledForAvx512AreRefusedWhenTheAvx2CodeRuns) {
  if (compile_platform() == nullptr) GTEST_SKIP() << "block_scan uses hs_scan here (" << block_scan_variant() << ")";
  EXPECT_EQ(compile_platform()->cpu_features & (HS_CPU_FEATURES_AVX512 | HS_CPU_FEATURES_AVX512VBMI), 0u);
  auto bytes_for = [](const hs_platform_info_t* platform) {
    hs_database_t* db = nullptr;
    hs_compile_error_t* err = nullptr;
    EXPECT_EQ(hs_compile("abc|def", 0, HS_MODE_BLOCK, platform, &db, &err), HS_SUCCESS);
    char* bytes = nullptr;
    size_t size = 0;
    EXPECT_EQ(hs_serialize_database(db, &bytes, &size), HS_SUCCESS);
    std::string out(bytes, size);
    std::free(bytes);
    hs_free_database(db);
    return out;
  };
  hs_platform_info_t host{};
  ASSERT_EQ(hs_populate_platform(&host), HS_SUCCESS);
  host.cpu_features |= HS_CPU_FEATURES_AVX512;
  EXPECT_EQ(load_database(bytes_for(&host)), nullptr);
  hs_database_t* ours = load_database(bytes_for(compile_platform()));
  EXPECT_NE(ours, nullptr);
  if (ours) hs_free_database(ours);
  EXPECT_STREQ(block_scan_variant(), "avx2 (AVX-512 variant avoided)");
}

}  // namespace
}  // namespace atscan
