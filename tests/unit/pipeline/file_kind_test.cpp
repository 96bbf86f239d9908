// The content checks every walked file goes through: a NUL in the first 8 KiB is binary; the UTF-8
// check has a fast path for ASCII runs, so invalid bytes are placed at every offset around its blocks.
#include "scanners/pipeline/file_kind.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace atscan {
namespace {

// The check byte by byte, as the fast path must agree with it.
bool reference_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    const size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size() || c == 0xC0 || c == 0xC1 || c > 0xF4) return false;
    for (size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

TEST(IsValidUtf8, AnInvalidByteIsFoundAtEveryOffsetOfAnAsciiRun) {
  for (size_t size : {1u, 15u, 16u, 17u, 31u, 32u, 33u, 100u})
    for (size_t at = 0; at < size; ++at) {
      std::string s(size, 'a');
      EXPECT_TRUE(is_valid_utf8(s)) << size;
      s[at] = '\xff';
      EXPECT_FALSE(is_valid_utf8(s)) << size << " at " << at;
      s[at] = '\xc3';  // a lead byte followed by ASCII, or cut by the end
      EXPECT_FALSE(is_valid_utf8(s)) << size << " at " << at;
    }
}

TEST(IsValidUtf8, MultiByteCharactersAcrossBlockBoundariesAreValid) {
  const std::string chars[] = {"\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x94\x92"};  // é € 🔒
  for (const auto& ch : chars)
    for (size_t before = 0; before < 20; ++before) {
      const std::string s = std::string(before, 'x') + ch + std::string(20, 'y');
      EXPECT_TRUE(is_valid_utf8(s)) << before;
      EXPECT_FALSE(is_valid_utf8(s.substr(0, before + ch.size() - 1))) << before;  // cut inside the character
    }
  EXPECT_FALSE(is_valid_utf8(std::string(16, 'a') + "\xc0\xaf"));  // overlong lead bytes
  EXPECT_FALSE(is_valid_utf8(std::string(16, 'a') + "\xf5\x80\x80\x80"));
  EXPECT_TRUE(is_valid_utf8(""));
}

TEST(IsValidUtf8, AgreesWithTheByteByByteCheckOnRandomText) {
  std::mt19937 rng(12345);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const size_t size = rng() % 80;
    for (size_t i = 0; i < size; ++i) {
      const unsigned r = rng() % 100;
      // Mostly ASCII, with valid sequences and stray bytes now and then.
      if (r < 85) s += static_cast<char>('a' + rng() % 26);
      else if (r < 92) s += "\xc3\xa9";
      else if (r < 96) s += "\xe2\x82\xac";
      else s += static_cast<char>(0x80 + rng() % 128);
    }
    EXPECT_EQ(is_valid_utf8(s), reference_utf8(s)) << round;
  }
}

TEST(LooksBinary, ANulInTheFirst8KiBOnly) {
  EXPECT_TRUE(looks_binary(std::string("abc\0def", 7)));
  std::string late(9000, 'a');
  late[8500] = '\0';
  EXPECT_FALSE(looks_binary(late));
  late[8191] = '\0';
  EXPECT_TRUE(looks_binary(late));
}

}  // namespace
}  // namespace atscan
