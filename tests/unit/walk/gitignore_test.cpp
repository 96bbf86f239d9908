// gitignore(5) semantics for one ignore file.
#include "scanners/walk/gitignore.h"

#include <gtest/gtest.h>

namespace atscan {
namespace {

IgnoreMatch m(const IgnoreFile& f, const char* path, bool dir = false) { return f.match(path, dir); }

TEST(GitignoreParse, BlankLinesAndCommentsAreSkipped) {
  IgnoreFile f("", "\n# comment\n   \n*.log\n");
  ASSERT_EQ(f.rules().size(), 1u);
  EXPECT_EQ(f.rules()[0].pattern, "*.log");
}

TEST(GitignoreParse, EscapedHashAndBangAreLiterals) {
  IgnoreFile f("", "\\#notes\n\\!important\n");
  EXPECT_EQ(m(f, "#notes"), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "!important"), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "important"), IgnoreMatch::none);
}

TEST(GitignoreParse, TrailingSpacesTrimmedUnlessEscaped) {
  IgnoreFile f("", "a.txt   \nb\\ \n");
  EXPECT_EQ(m(f, "a.txt"), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "b "), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "b"), IgnoreMatch::none);
}

TEST(GitignoreParse, CrLfLineEndings) {
  IgnoreFile f("", "*.tmp\r\nbuild/\r\n");
  EXPECT_EQ(m(f, "x.tmp"), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "build", true), IgnoreMatch::ignore);
}

TEST(Gitignore, PatternWithoutSlashMatchesAtAnyDepth) {
  IgnoreFile f("", "secret.py\n");
  EXPECT_EQ(m(f, "secret.py"), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "a/b/secret.py"), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "a/b/secret.pyc"), IgnoreMatch::none);
}

TEST(Gitignore, LeadingSlashAnchorsToTheFilesDirectory) {
  IgnoreFile f("", "/todo.txt\n");
  EXPECT_EQ(m(f, "todo.txt"), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "sub/todo.txt"), IgnoreMatch::none);
}

TEST(Gitignore, MiddleSlashAnchorsToo) {
  IgnoreFile f("", "doc/frotz\n");
  EXPECT_EQ(m(f, "doc/frotz"), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "a/doc/frotz"), IgnoreMatch::none);
}

TEST(Gitignore, TrailingSlashMatchesDirectoriesOnly) {
  IgnoreFile f("", "build/\n");
  EXPECT_EQ(m(f, "build", true), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "src/build", true), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "build", false), IgnoreMatch::none);
}

TEST(Gitignore, NegationReincludesAndLastRuleWins) {
  IgnoreFile f("", "*.pem\n!keep.pem\n");
  EXPECT_EQ(m(f, "a.pem"), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "keep.pem"), IgnoreMatch::whitelist);
  IgnoreFile g("", "!keep.pem\n*.pem\n");
  EXPECT_EQ(m(g, "keep.pem"), IgnoreMatch::ignore);
}

TEST(Gitignore, DoubleStarForms) {
  IgnoreFile f("", "**/logs\nabc/**\na/**/z\n");
  EXPECT_EQ(m(f, "logs", true), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "x/y/logs", true), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "abc/d/e"), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "abc", true), IgnoreMatch::none);
  EXPECT_EQ(m(f, "a/z"), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "a/b/c/z"), IgnoreMatch::ignore);
}

TEST(Gitignore, BaseDirectoryScopesTheRules) {
  IgnoreFile f("sub/dir", "/only-here\nanywhere\n");
  EXPECT_EQ(m(f, "sub/dir/only-here"), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "sub/dir/x/only-here"), IgnoreMatch::none);
  EXPECT_EQ(m(f, "sub/dir/x/anywhere"), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "anywhere"), IgnoreMatch::none);          // outside its directory
  EXPECT_EQ(m(f, "sub/dirx/anywhere"), IgnoreMatch::none);  // not a prefix match on names
}

TEST(Gitignore, CharacterClassAndEscapedStar) {
  IgnoreFile f("", "*.[oa]\nliteral\\*star\n");
  EXPECT_EQ(m(f, "x.o"), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "x.a"), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "x.c"), IgnoreMatch::none);
  EXPECT_EQ(m(f, "literal*star"), IgnoreMatch::ignore);
  EXPECT_EQ(m(f, "literalXstar"), IgnoreMatch::none);
}

TEST(Gitignore, LoneSlashAndBangAreNotRules) {
  IgnoreFile f("", "/\n!\n!/\n");
  EXPECT_TRUE(f.empty());
}

}  // namespace
}  // namespace atscan
