// Patterns that differ only in predicates and capture names share a shape, so a combined query
// compiles and walks them once; anything the reader does not know leaves the text to tree-sitter.
#include "scanners/treesitter/query_shapes.h"

#include <gtest/gtest.h>

namespace atscan::ts {
namespace {

TEST(QueryShapes, PatternsThatDifferInPredicatesAndCaptureNamesHaveOneShape) {
  const auto p = split_patterns(
      "; CURLOPT_CAINFO names a bundle\n"
      "((call_expression\n   function: (identifier) @fn\n   arguments: (argument_list . (_) . (_) @opt . (_) @value))\n"
      " (#eq? @fn \"curl_easy_setopt\") (#eq? @opt \"CURLOPT_CAINFO\")\n (#set! kind \"ca-bundle\"))\n"
      "((call_expression function: (identifier) @f arguments: (argument_list . (_) . (_) @o . (_) @v))\n"
      " (#eq? @f \"curl_easy_setopt\") (#any-of? @o \"CURLOPT_SSL_VERIFYPEER\" \"CURLOPT_SSL_VERIFYHOST\"))\n");
  ASSERT_TRUE(p.has_value());
  ASSERT_EQ(p->size(), 2u);
  EXPECT_EQ((*p)[0].shape, (*p)[1].shape);
  EXPECT_EQ((*p)[0].shape,
            "((call_expression function: (identifier) @c0 arguments: (argument_list . (_) . (_) @c1 . (_) @c2)))");
  EXPECT_EQ((*p)[0].captures, (std::vector<std::string>{"fn", "opt", "value"}));
  EXPECT_EQ((*p)[1].captures, (std::vector<std::string>{"f", "o", "v"}));
  EXPECT_EQ((*p)[0].predicates,
            "(#eq? @fn \"curl_easy_setopt\") (#eq? @opt \"CURLOPT_CAINFO\") (#set! kind \"ca-bundle\")");
}

TEST(QueryShapes, StructureCapturePatternsAndSuffixesStayInTheShape) {
  const auto p = split_patterns(
      "(string) @a\n"
      "(string) @b @c\n"                                 // two names on one node: not the shape above
      "((pair key: (_) @k value: (_) @k))\n"             // one name twice
      "((pair key: (_) @k value: (_) @v))\n"
      "(decorator)* @d\n"
      "[(true) (false)] @e\n"
      "\"return\" @kw\n"
      "((string) @s (#match? @s \"a(b)c;d\\\"e\"))\n");  // parentheses, ';' and a quote inside a predicate string
  ASSERT_TRUE(p.has_value());
  ASSERT_EQ(p->size(), 8u);
  EXPECT_EQ((*p)[0].shape, "(string) @c0");
  EXPECT_EQ((*p)[1].shape, "(string) @c0 @c1");
  EXPECT_EQ((*p)[2].shape, "((pair key: (_) @c0 value: (_) @c0))");
  EXPECT_EQ((*p)[3].shape, "((pair key: (_) @c0 value: (_) @c1))");
  EXPECT_EQ((*p)[4].shape, "(decorator)* @c0");
  EXPECT_EQ((*p)[5].shape, "[(true) (false)] @c0");
  EXPECT_EQ((*p)[6].shape, "\"return\" @c0");
  EXPECT_EQ((*p)[7].shape, "((string) @c0)");
  EXPECT_EQ((*p)[7].predicates, "(#match? @s \"a(b)c;d\\\"e\")");
}

TEST(QueryShapes, TextTheReaderDoesNotKnowIsLeftToTreeSitter) {
  EXPECT_FALSE(split_patterns("((call) @x").has_value());           // unbalanced
  EXPECT_FALSE(split_patterns("(call) @x)").has_value());
  EXPECT_FALSE(split_patterns("(#eq? @x \"a\")").has_value());     // a predicate outside any pattern
  EXPECT_FALSE(split_patterns("@x (call)").has_value());           // a capture before any pattern
  EXPECT_FALSE(split_patterns("_ @x").has_value());                // a bare wildcard as a pattern
  EXPECT_FALSE(split_patterns("((string) @s (#eq? @s \"a").has_value());  // a string that does not close
  const auto empty = split_patterns("; only a comment\n\n");
  ASSERT_TRUE(empty.has_value());
  EXPECT_TRUE(empty->empty());
}

TEST(QueryShapes, TheCarrierHoldsEveryCaptureOnceAndThePredicates) {
  PatternShape p;
  p.captures = {"fn", "const.name"};
  p.predicates = "(#eq? @fn \"x\") (#set! kind \"k\")";
  EXPECT_EQ(predicate_carrier(p), "((_) @fn (_) @const.name (#eq? @fn \"x\") (#set! kind \"k\"))\n");
  EXPECT_EQ(predicate_carrier(PatternShape{}), "((_) )\n");
}

}  // namespace
}  // namespace atscan::ts
