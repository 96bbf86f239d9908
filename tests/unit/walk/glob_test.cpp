// Git's wildmatch semantics, case by case (gitignore(5) "PATTERN FORMAT" and git's t3070 spirit).
#include "scanners/walk/glob.h"

#include <gtest/gtest.h>

namespace atscan {
namespace {

TEST(Glob, LiteralMatchesWholePathOnly) {
  EXPECT_TRUE(glob_match("foo", "foo"));
  EXPECT_FALSE(glob_match("foo", "foobar"));
  EXPECT_FALSE(glob_match("foo", "fo"));
  EXPECT_FALSE(glob_match("foo", "Foo"));  // case-sensitive, like git with core.ignoreCase=false
}

TEST(Glob, StarDoesNotCrossSlash) {
  EXPECT_TRUE(glob_match("*.py", "a.py"));
  EXPECT_TRUE(glob_match("*.py", ".py"));
  EXPECT_FALSE(glob_match("*.py", "dir/a.py"));
  EXPECT_TRUE(glob_match("dir/*", "dir/a.py"));
  EXPECT_FALSE(glob_match("dir/*", "dir/sub/a.py"));
  EXPECT_TRUE(glob_match("a*b*c", "axxbyyc"));
  EXPECT_FALSE(glob_match("a*b*c", "axxbyy/c"));
}

TEST(Glob, QuestionMarkIsOneNonSlashChar) {
  EXPECT_TRUE(glob_match("a?c", "abc"));
  EXPECT_FALSE(glob_match("a?c", "a/c"));
  EXPECT_FALSE(glob_match("a?c", "ac"));
}

TEST(Glob, LeadingDoubleStarMatchesAnyDepthIncludingNone) {
  EXPECT_TRUE(glob_match("**/foo", "foo"));
  EXPECT_TRUE(glob_match("**/foo", "a/foo"));
  EXPECT_TRUE(glob_match("**/foo", "a/b/c/foo"));
  EXPECT_FALSE(glob_match("**/foo", "a/xfoo"));
  EXPECT_TRUE(glob_match("**/foo/bar", "x/foo/bar"));
}

TEST(Glob, TrailingDoubleStarMatchesEverythingInside) {
  EXPECT_TRUE(glob_match("abc/**", "abc/x"));
  EXPECT_TRUE(glob_match("abc/**", "abc/x/y/z"));
  EXPECT_FALSE(glob_match("abc/**", "abc"));
  EXPECT_FALSE(glob_match("abc/**", "abcd/x"));
  EXPECT_TRUE(glob_match("**", "any/thing/at/all"));
}

TEST(Glob, MiddleDoubleStarMatchesZeroOrMoreDirectories) {
  EXPECT_TRUE(glob_match("a/**/b", "a/b"));
  EXPECT_TRUE(glob_match("a/**/b", "a/x/b"));
  EXPECT_TRUE(glob_match("a/**/b", "a/x/y/b"));
  EXPECT_FALSE(glob_match("a/**/b", "a/xb"));
  EXPECT_FALSE(glob_match("a/**/b", "ab"));
}

TEST(Glob, DoubleStarInsideASegmentIsAPlainStar) {
  EXPECT_TRUE(glob_match("a**b", "axxb"));
  EXPECT_FALSE(glob_match("a**b", "a/b"));
  EXPECT_FALSE(glob_match("**foo", "a/foo"));
  EXPECT_TRUE(glob_match("**foo", "xfoo"));
}

TEST(Glob, CharacterClasses) {
  EXPECT_TRUE(glob_match("[abc].txt", "b.txt"));
  EXPECT_FALSE(glob_match("[abc].txt", "d.txt"));
  EXPECT_TRUE(glob_match("[a-c]x", "bx"));
  EXPECT_FALSE(glob_match("[a-c]x", "dx"));
  EXPECT_TRUE(glob_match("[!a-c]x", "dx"));
  EXPECT_TRUE(glob_match("[^a-c]x", "dx"));
  EXPECT_FALSE(glob_match("[!a-c]x", "ax"));
  EXPECT_TRUE(glob_match("[]]", "]"));        // ']' first is literal
  EXPECT_TRUE(glob_match("[!]]", "a"));
  EXPECT_TRUE(glob_match("[a-]", "-"));       // '-' last is literal
  EXPECT_TRUE(glob_match("[[:digit:]]*", "7up"));
  EXPECT_FALSE(glob_match("[[:digit:]]*", "up"));
  EXPECT_TRUE(glob_match("[[:upper:][:digit:]]", "Q"));
  EXPECT_FALSE(glob_match("a[/]b", "a/b"));   // a class never matches '/'
  EXPECT_FALSE(glob_match("[abc", "a"));      // unterminated: never matches
}

TEST(Glob, BackslashEscapes) {
  EXPECT_TRUE(glob_match("\\*.py", "*.py"));
  EXPECT_FALSE(glob_match("\\*.py", "a.py"));
  EXPECT_TRUE(glob_match("\\[x]", "[x]"));
  EXPECT_TRUE(glob_match("a\\?", "a?"));
  EXPECT_FALSE(glob_match("a\\?", "ab"));
  EXPECT_FALSE(glob_match("abc\\", "abc"));  // trailing backslash is invalid
}

TEST(Glob, PathologicalPatternFinishesQuickly) {
  // Without pruning this backtracks exponentially.
  EXPECT_FALSE(glob_match("*a*a*a*a*a*a*a*a*a*a*a*a*b", std::string(60, 'a')));
  EXPECT_FALSE(glob_match("**/**/**/**/**/**/x", "a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/y"));
}

}  // namespace
}  // namespace atscan
