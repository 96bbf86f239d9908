#include "scanners/treesitter/string_values.h"

#include <gtest/gtest.h>

using atscan::ts::unquote_literal;

TEST(UnquoteLiteral, HandlesQuotesPrefixesAndEscapes) {
  EXPECT_EQ(unquote_literal(R"("a\nb")"), "a\nb");
  EXPECT_EQ(unquote_literal(R"('x\'y')"), "x'y");
  EXPECT_EQ(unquote_literal(R"(r"C:\certs\ca.pem")"), R"(C:\certs\ca.pem)");
  EXPECT_EQ(unquote_literal(R"(b"\x41\u0042")"), "AB");
  EXPECT_EQ(unquote_literal("\"\"\"multi\nline\"\"\""), "multi\nline");
  EXPECT_EQ(unquote_literal("`raw\\n`"), "raw\\n");
  EXPECT_EQ(unquote_literal(R"(@"C:\ca.pem")"), R"(C:\ca.pem)");
  EXPECT_EQ(unquote_literal(R"(R"pem(-----BEGIN)pem")"), "-----BEGIN");
  EXPECT_EQ(unquote_literal(R"(u8"x")"), "x");
}

TEST(UnquoteLiteral, RejectsNonLiterals) {
  EXPECT_FALSE(unquote_literal("CA_PATH").has_value());
  EXPECT_FALSE(unquote_literal("\"unterminated").has_value());
  EXPECT_FALSE(unquote_literal("").has_value());
}
