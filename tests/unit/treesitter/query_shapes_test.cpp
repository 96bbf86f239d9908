// Patterns that differ only in predicates and capture names share a shape, so a combined query
// compiles and walks them once; anything the reader does not know leaves the text to tree-sitter.
#include "scanners/treesitter/query_shapes.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

#include "scanners/treesitter/grammar_registry.h"

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
  // A NUL byte (a damaged file) is part of a token: the reader once stood still on it, forever.
  EXPECT_FALSE(split_patterns(std::string("\r[\r\r\0", 5)).has_value());
  const auto nul = split_patterns(std::string("(a\0b) @x", 8));
  ASSERT_TRUE(nul.has_value());
  ASSERT_EQ(nul->size(), 1u);
  EXPECT_EQ((*nul)[0].shape, std::string("(a\0b) @c0", 9));
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

namespace atscan::ts {
namespace {

// Damaged query text (a user's rules folder) is read without reading past the end: each result is
// either "not known" or patterns whose shapes hold balanced brackets.
TEST(QueryShapes, DamagedTextIsReadSafely) {
  const std::string base =
      "; c\n((call_expression function: (identifier) @f arguments: (argument_list . (string_literal) @s))\n"
      " (#eq? @f \"x\") (#match? @s \"a(b)\\\"c\"))\n[(true) (false)]* @b\n\"return\" @kw\n";
  std::mt19937 rng(7);
  const std::string alphabet = "()[]\"\\;@#.*?+ \n_ax:";
  for (int round = 0; round < 5000; ++round) {
    std::string t = base;
    for (int edits = 1 + static_cast<int>(rng() % 4); edits > 0 && !t.empty(); --edits) {
      const size_t at = rng() % t.size();
      if (rng() % 2) t.erase(at, 1 + rng() % 3);
      else t.insert(at, 1, alphabet[rng() % alphabet.size()]);
    }
    const auto split = split_patterns(t);
    if (!split) continue;
    for (const auto& p : *split) {
      int depth = 0;
      bool in_string = false;
      for (size_t i = 0; i < p.shape.size(); ++i) {
        const char c = p.shape[i];
        if (in_string) {
          if (c == '\\') ++i;
          else if (c == '"') in_string = false;
        } else if (c == '"') {
          in_string = true;
        } else if (c == '(' || c == '[') {
          ++depth;
        } else if (c == ')' || c == ']') {
          --depth;
        }
        ASSERT_GE(depth, 0) << t;
      }
      EXPECT_EQ(depth, 0) << t;
      EXPECT_FALSE(in_string) << t;
    }
  }
}

// The reader splits every shipped query file into as many patterns as tree-sitter compiles from it,
// and its shapes compile against the folder's grammar into as many patterns again.
TEST(QueryShapes, EveryShippedQueryFileSplitsIntoTheSamePatternsTreeSitterCompiles) {
  namespace fs = std::filesystem;
  int files = 0;
  for (const auto& dir : fs::directory_iterator(ATSCAN_SOURCE_DIR "/rules/queries")) {
    const TSLanguage* grammar = find_grammar(dir.path().filename().string());
    ASSERT_NE(grammar, nullptr) << dir.path();
    for (const auto& e : fs::directory_iterator(dir.path())) {
      if (e.path().extension() != ".scm") continue;
      std::ifstream in(e.path(), std::ios::binary);
      const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      uint32_t offset = 0;
      TSQueryError err = TSQueryErrorNone;
      TSQuery* q = ts_query_new(grammar, text.data(), static_cast<uint32_t>(text.size()), &offset, &err);
      ASSERT_NE(q, nullptr) << e.path();
      const auto split = split_patterns(text);
      ASSERT_TRUE(split.has_value()) << e.path();
      EXPECT_EQ(split->size(), ts_query_pattern_count(q)) << e.path();
      ts_query_delete(q);
      std::string shapes;  // one per line: each line one pattern again
      for (const auto& p : *split) shapes += p.shape + "\n";
      TSQuery* sq = ts_query_new(grammar, shapes.data(), static_cast<uint32_t>(shapes.size()), &offset, &err);
      ASSERT_NE(sq, nullptr) << e.path() << " at " << offset << ": " << shapes.substr(offset, 80);
      EXPECT_EQ(ts_query_pattern_count(sq), split->size()) << e.path();
      ts_query_delete(sq);
      ++files;
    }
  }
  EXPECT_GT(files, 50);
}

}  // namespace
}  // namespace atscan::ts

namespace atscan::ts {
namespace {

TEST(QueryShapes, TextTreeSitterWouldNeverFinishOrReadPastIsNamed) {
  // tree-sitter's ts_query_new never returns on these (a '+' after '?' or '*', captures and blanks
  // between or not).
  for (const char* text : {"(identifier)?+", "(identifier)*+", "(identifier)? +", "(identifier)? @x +", "\"\"?++",
                           "((call) @c (identifier)* ; note\n +)"}) {
    const auto p = query_text_problem(text);
    ASSERT_TRUE(p.has_value()) << text;
    EXPECT_EQ(p->what, "query puts '+' after a '?' or '*' quantifier") << text;
    EXPECT_EQ(std::string_view(text)[p->offset], '+') << text;
  }
  const std::string nul("(\"a\0b\")", 7);
  ASSERT_TRUE(query_text_problem(nul).has_value());
  EXPECT_EQ(query_text_problem(nul)->offset, 3u);
  const auto escape = query_text_problem("(\"(\\0@z\")");  // the escape \0 in a quoted name
  ASSERT_TRUE(escape.has_value());
  EXPECT_EQ(escape->what, "query holds a NUL byte");
  EXPECT_EQ(escape->offset, 3u);
  EXPECT_FALSE(query_text_problem("(\"a\\\\0\")").has_value());  // an escaped backslash, then 0
  // What rules hold: quantifiers alone or in other orders, '+' and '?' inside strings, predicate names.
  for (const char* text : {"(identifier)+", "(identifier)*?", "(identifier)+?", "(identifier)??", "((a) (#eq? @a \"?+\"))",
                           "((a) @x? (#match? @x? \"a*+\"))", "; (a)?+ in a comment\n(a)"})
    EXPECT_FALSE(query_text_problem(text).has_value()) << text;
}

}  // namespace
}  // namespace atscan::ts
