#include "scanners/config/shell_words.h"

#include <gtest/gtest.h>

using atscan::config::ShellCommand;
using atscan::config::split_shell_commands;

namespace {

std::vector<std::string> texts(const ShellCommand& c) {
  std::vector<std::string> out;
  for (const auto& w : c) out.push_back(w.text);
  return out;
}

TEST(ShellWords, QuotesAndEscapesAreRemoved) {
  auto cmds = split_shell_commands("curl --cacert \"/a b/ca.pem\" 'x y' z\\ w");
  ASSERT_EQ(cmds.size(), 1u);
  EXPECT_EQ(texts(cmds[0]), (std::vector<std::string>{"curl", "--cacert", "/a b/ca.pem", "x y", "z w"}));
}

TEST(ShellWords, OutputRedirectionTargetsAreMarked) {
  auto cmds = split_shell_commands("echo \"a;\" >> /etc/x.conf\necho b >/tmp/y c\ncat < in.txt\necho d > e");
  ASSERT_EQ(cmds.size(), 4u);
  EXPECT_EQ(texts(cmds[0]), (std::vector<std::string>{"echo", "a;", "/etc/x.conf"}));
  EXPECT_FALSE(cmds[0][1].written_to);
  EXPECT_TRUE(cmds[0][2].written_to);
  EXPECT_TRUE(cmds[1][2].written_to);   // >/tmp/y
  EXPECT_FALSE(cmds[1][3].written_to);  // c is an argument again
  EXPECT_FALSE(cmds[2][1].written_to);  // an input redirection
  EXPECT_TRUE(cmds[3][2].written_to);
}

TEST(ShellWords, SeparatorsSplitCommands) {
  auto cmds = split_shell_commands("a 1 && b 2 || c; d | e & f\ng");
  ASSERT_EQ(cmds.size(), 7u);
  EXPECT_EQ(cmds[1][0].text, "b");
  EXPECT_EQ(cmds[6][0].text, "g");
}

TEST(ShellWords, ContinuationKeepsOneCommandAndRealPositions) {
  auto cmds = split_shell_commands("curl \\\n  -k \\\n  https://x");
  ASSERT_EQ(cmds.size(), 1u);
  ASSERT_EQ(cmds[0].size(), 3u);
  EXPECT_EQ(cmds[0][1].line, 2);
  EXPECT_EQ(cmds[0][1].column, 3);
  EXPECT_EQ(cmds[0][2].line, 3);
}

TEST(ShellWords, CommentsAndHeredocBodiesAreSkipped) {
  auto cmds = split_shell_commands("# curl -k\ncat <<-'EOF' > f\n\tcurl -k https://x\n\tEOF\necho done # curl -k");
  ASSERT_EQ(cmds.size(), 2u);
  EXPECT_EQ(texts(cmds[0]), (std::vector<std::string>{"cat", "f"}));
  EXPECT_EQ(texts(cmds[1]), (std::vector<std::string>{"echo", "done"}));
}

TEST(ShellWords, CommandSubstitutionBodiesAreCommands) {
  auto cmds = split_shell_commands("V=$(curl -k https://x) other");
  ASSERT_EQ(cmds.size(), 2u);
  EXPECT_EQ(texts(cmds[0]), (std::vector<std::string>{"curl", "-k", "https://x"}));
  EXPECT_EQ(cmds[1][0].text, "V=$(curl -k https://x)");
}

TEST(ShellWords, UnterminatedQuoteRunsToTheEnd) {
  auto cmds = split_shell_commands("echo \"never closed\ncurl -k");
  ASSERT_EQ(cmds.size(), 1u);
  EXPECT_EQ(cmds[0][1].text, "never closed\ncurl -k");
}

}  // namespace
