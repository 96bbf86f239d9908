// The case-insensitive prefix and suffix tests the config front-ends decide file names and keys with.
#include "scanners/config/config_text.h"

#include <gtest/gtest.h>

namespace atscan::config {
namespace {

TEST(ConfigText, SuffixesMatchWhateverTheCaseOfEitherSide) {
  EXPECT_TRUE(ends_with_ci("ci/Build.YML", ".yml"));
  EXPECT_TRUE(ends_with_ci("ci/build.yml", ".YML"));
  EXPECT_TRUE(ends_with_ci(".yml", ".yml"));         // the whole text
  EXPECT_TRUE(ends_with_ci("anything", ""));         // the empty suffix
  EXPECT_FALSE(ends_with_ci("ci/build.yaml", ".yml"));
  EXPECT_FALSE(ends_with_ci("yml", ".yml"));         // shorter than the suffix
  EXPECT_FALSE(ends_with_ci("ci/build.ymk", ".yml"));  // the last character differs
  EXPECT_FALSE(ends_with_ci("ci/build_yml", ".yml"));  // the first character differs
}

TEST(ConfigText, PrefixesMatchWhateverTheCaseOfEitherSide) {
  EXPECT_TRUE(starts_with_ci("HTTPS://bucket.s3.amazonaws.com", "https://"));
  EXPECT_TRUE(starts_with_ci("https://x", "HTTPS://"));
  EXPECT_TRUE(starts_with_ci("mongodb+srv://h", "mongodb+srv://"));
  EXPECT_FALSE(starts_with_ci("http://x", "https://"));
  EXPECT_FALSE(starts_with_ci("https:", "https://"));  // shorter than the prefix
  EXPECT_FALSE(starts_with_ci(" https://x", "https://"));
}

TEST(ConfigText, OnlyAsciiLettersFoldAndOtherBytesCompareAsThemselves) {
  // Bytes past ASCII (UTF-8 of "É" and "é") are not folded into each other, and neither are
  // punctuation pairs that differ by the ASCII case bit ('[' and '{').
  EXPECT_FALSE(ends_with_ci("caf\xc3\x89", "caf\xc3\xa9"));
  EXPECT_TRUE(ends_with_ci("CAF\xc3\xa9", "caf\xc3\xa9"));
  EXPECT_FALSE(ends_with_ci("a[", "a{"));
}

}  // namespace
}  // namespace atscan::config
