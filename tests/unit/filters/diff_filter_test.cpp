#include "core/filters/diff_filter.h"

#include <gtest/gtest.h>

#include "core/filters/git_changes.h"
#include "review_fixture.h"

namespace atscan {
namespace {

using testing::TempTree;

Finding at(const std::string& file, int line) {
  Finding f;
  f.rule_id = "ats-custom-ca-bundle";
  f.location = {file, line, 1, line, 2};
  return f;
}

TEST(DiffFilter, KeepsFindingsOnChangedLinesOrWithAChangedFlowStep) {
  ChangedLines c;
  c.add_line("a.py", 10);
  c.add_line("cfg.yaml", 3);
  c.whole_files.insert("certs/b.der");
  Finding on_line = at("a.py", 10);
  Finding elsewhere = at("a.py", 11);
  Finding flow = at("main.py", 5);
  flow.related.push_back({{"cfg.yaml", 3, 1, 3, 5}, "bundle path set here"});
  Finding binary = at("certs/b.der", 0);
  Finding span = at("a.py", 8);
  span.location.end_line = 12;  // a multi-line construct that contains the change
  std::vector<Finding> fs = {on_line, elsewhere, flow, binary, span};
  EXPECT_EQ(keep_changed(fs, c), 1);
  ASSERT_EQ(fs.size(), 4u);
  EXPECT_EQ(fs[0].location.line, 10);
  EXPECT_EQ(fs[1].location.file, "main.py");
  EXPECT_EQ(fs[2].location.file, "certs/b.der");
  EXPECT_EQ(fs[3].location.line, 8);
}

TEST(GitChanges, StagedUnstagedAndUntrackedChangesCount) {
  TempTree t;
  t.write("a.txt", "one\ntwo\nthree\n");
  t.write("b.txt", "b\n");
  t.write("sub/c.txt", "c\n");
  t.git_init_commit_all();
  t.write("a.txt", "one\nTWO\nthree\nfour\n");  // unstaged: line 2 changed, line 4 added
  t.write("b.txt", "b\nstaged\n");
  ASSERT_EQ(t.sh("git add b.txt"), 0);
  t.write("new.txt", "n1\nn2\n");  // untracked
  t.write("bin.der", std::string("\x30\x82\x00\x00\x00", 5));
  auto g = changed_lines_since("HEAD", t.str());
  EXPECT_EQ(g.work_tree, t.str());
  EXPECT_EQ(g.changed.lines.at("a.txt"), (std::set<int>{2, 4}));
  EXPECT_EQ(g.changed.lines.at("b.txt"), (std::set<int>{2}));
  EXPECT_EQ(g.changed.lines.at("new.txt"), (std::set<int>{1, 2}));
  EXPECT_EQ(g.changed.whole_files, std::set<std::string>{"bin.der"});
  EXPECT_FALSE(g.changed.lines.count("sub/c.txt"));

  auto sub = relative_to_root(g, (t.path() / "sub").string());
  EXPECT_TRUE(sub.lines.empty());
  t.write("sub/c.txt", "c\nd\n");
  sub = relative_to_root(changed_lines_since("HEAD", (t.path() / "sub").string()), (t.path() / "sub").string());
  EXPECT_EQ(sub.lines.at("c.txt"), (std::set<int>{2}));
}

TEST(GitChanges, UnknownRevisionAndNonRepositoryAreClearErrors) {
  TempTree t;
  try {
    changed_lines_since("HEAD", t.str());
    FAIL();
  } catch (const GitChangesError& e) {
    EXPECT_NE(std::string(e.what()).find("is not inside a git repository"), std::string::npos) << e.what();
  }
  t.write("a.txt", "a\n");
  t.git_init_commit_all();
  try {
    changed_lines_since("no-such-branch", t.str());
    FAIL();
  } catch (const GitChangesError& e) {
    EXPECT_NE(std::string(e.what()).find("--diff-base: unknown revision 'no-such-branch'"), std::string::npos) << e.what();
  }
}

TEST(GitChanges, DiffBaseThroughTheScanReportsOnlyNewFindings) {
  TempTree t;
  t.write("old.reviewfixture", "a.VERIFY_OFF\n\nb.VERIFY_OFF\n");
  t.git_init_commit_all();
  t.write("old.reviewfixture", "a.VERIFY_OFF\nc.VERIFY_OFF\nb.VERIFY_OFF\n");
  t.write("added.reviewfixture", "d.VERIFY_OFF\n");
  auto a = testing::scan_args(t);
  a.diff_base = "HEAD";
  auto r = cli::scan_with_filters(a, testing::global_options());
  std::vector<std::string> got;
  for (const auto& f : r.outcome.findings) got.push_back(f.location.file + ":" + std::to_string(f.location.line));
  EXPECT_EQ(got, (std::vector<std::string>{"added.reviewfixture:1", "old.reviewfixture:2"}));

  a.diff_base = "v9";
  EXPECT_THROW(cli::scan_with_filters(a, testing::global_options()), cli::UsageError);
}

}  // namespace
}  // namespace atscan
