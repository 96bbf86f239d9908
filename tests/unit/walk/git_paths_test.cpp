#include "scanners/walk/git_paths.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace atscan {
namespace {

TEST(GitConfig, ReadsCoreExcludesFileCaseInsensitively) {
  EXPECT_EQ(excludes_file_from_config("[core]\n\texcludesfile = /a/b\n"), "/a/b");
  EXPECT_EQ(excludes_file_from_config("[Core]\n  ExcludesFile=\"/with space/x\" ; comment\n"), "/with space/x");
  EXPECT_EQ(excludes_file_from_config("[core] excludesFile = ~/x\n"), "~/x");
}

TEST(GitConfig, LaterValueWinsAndOtherSectionsAreIgnored) {
  EXPECT_EQ(excludes_file_from_config("[core]\nexcludesFile=/one\n[core]\nexcludesFile=/two\n"), "/two");
  EXPECT_EQ(excludes_file_from_config("[user]\nexcludesFile=/no\n"), std::nullopt);
  EXPECT_EQ(excludes_file_from_config("# [core]\n; excludesFile=/no\n"), std::nullopt);
}

TEST(GitRepo, FindsTheNearestWorkTreeAndFollowsGitdirFiles) {
  namespace fs = std::filesystem;
  std::string tmpl = (fs::temp_directory_path() / "atscan-repo-XXXXXX").string();
  ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
  fs::path base = tmpl;
  fs::create_directories(base / "repo/.git");
  fs::create_directories(base / "repo/a/b");
  fs::create_directories(base / "repo/wt/x");
  fs::create_directories(base / "repo/.git/worktrees/wt");
  std::ofstream(base / "repo/wt/.git") << "gitdir: ../.git/worktrees/wt\n";
  std::ofstream(base / "repo/.git/worktrees/wt/commondir") << "../..\n";

  auto r = find_git_repo((base / "repo/a/b").string());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->work_tree, (base / "repo").string());
  EXPECT_EQ(r->git_dir, (base / "repo/.git").string());

  auto w = find_git_repo((base / "repo/wt/x").string());
  ASSERT_TRUE(w);
  EXPECT_EQ(w->work_tree, (base / "repo/wt").string());
  EXPECT_EQ(w->git_dir, (base / "repo/.git").string());  // the common dir holds info/exclude
  fs::remove_all(base);
}

}  // namespace
}  // namespace atscan
