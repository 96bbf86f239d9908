// The walker on real temporary trees: ignore files, globs, symlinks, special files, limits.
#include "scanners/walk/walker.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

namespace atscan {
namespace {

namespace fs = std::filesystem;

class WalkerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "atscan-walk-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    base_ = tmpl;
    root_ = base_ / "tree";
    home_ = base_ / "home";
    fs::create_directories(root_);
    fs::create_directories(home_);
    // The user's real git configuration must not leak into the tests.
    for (const char* var : {"HOME", "XDG_CONFIG_HOME"})
      if (const char* v = std::getenv(var)) saved_[var] = v;
    ::setenv("HOME", home_.c_str(), 1);
    ::unsetenv("XDG_CONFIG_HOME");
  }
  void TearDown() override {
    ::unsetenv("HOME");
    for (const auto& [k, v] : saved_) ::setenv(k.c_str(), v.c_str(), 1);
    std::error_code ec;
    fs::permissions(base_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(base_, ec);
  }

  void write(const fs::path& rel, const std::string& text = "x\n", const fs::path& under = {}) {
    fs::path p = (under.empty() ? root_ : under) / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
  }

  WalkResult run(WalkOptions o = {}) {
    if (o.roots.empty()) o.roots = {root_.string()};
    return walk(o);
  }

  static std::vector<std::string> paths(const WalkResult& r) {
    std::vector<std::string> out;
    for (const auto& f : r.files) out.push_back(f.path);
    return out;
  }
  static std::map<std::string, std::string> skips(const WalkResult& r) {
    std::map<std::string, std::string> out;
    for (const auto& s : r.skipped) out[s.path] = s.reason;
    return out;
  }

  fs::path base_, root_, home_;
  std::map<std::string, std::string> saved_;
};

using V = std::vector<std::string>;

TEST_F(WalkerTest, ListsFilesSortedRelativeToTheRootAndSkipsDotGit) {
  write("b.py");
  write("a/z.py");
  write("a/b/c.txt");
  write(".git/config", "[core]\n");
  write(".git/objects/ab/cdef");
  write("sub/.git", "gitdir: ../.git\n");  // a submodule's .git file is skipped too
  WalkResult r = run();
  EXPECT_EQ(r.root, root_.string());
  EXPECT_EQ(paths(r), (V{"a/b/c.txt", "a/z.py", "b.py"}));
  EXPECT_EQ(r.files[2].abs_path, (root_ / "b.py").string());
  EXPECT_EQ(r.files[2].size, 2u);
  EXPECT_TRUE(r.skipped.empty());
}

// The scan hears of each file as it is listed (it counts them and may start on them): files the walk
// lists are handed on, files it leaves out are not.
TEST_F(WalkerTest, OnFileHearsOfEachFileListed) {
  write("a.py");
  write("d/b.py");
  write("d/c.log");
  write(".gitignore", "*.log\n");
  size_t listed = 0;
  WalkOptions o;
  o.max_file_size = 8;
  o.on_file = [&](const WalkEntry&) { ++listed; };
  write("big.py", "0123456789\n");
  WalkResult r = run(o);
  EXPECT_EQ(paths(r), (V{".gitignore", "a.py", "d/b.py"}));
  EXPECT_EQ(listed, 3u);
}

TEST_F(WalkerTest, NestedGitignoreWithNegationAndAnchors) {
  write(".gitignore", "*.log\n!keep.log\nbuild/\n/top-only.py\n");
  write("a.log");
  write("keep.log");
  write("top-only.py");
  write("build/out.py");
  write("src/build", "a file named build is not a directory\n");
  write("src/top-only.py");  // the anchor ties /top-only.py to the root
  write("src/.gitignore", "!debug.log\n/local.py\n");
  write("src/debug.log");
  write("src/other.log");
  write("src/local.py");
  write("src/deeper/local.py");  // anchored in src/.gitignore: only src/local.py
  WalkResult r = run();
  EXPECT_EQ(paths(r), (V{".gitignore", "keep.log", "src/.gitignore", "src/build", "src/debug.log", "src/deeper/local.py",
                         "src/top-only.py"}));
}

TEST_F(WalkerTest, AFileInsideAnIgnoredDirectoryCannotBeReincluded) {
  write(".gitignore", "vendor/\n!vendor/keep.py\n");
  write("vendor/keep.py");
  write("main.py");
  EXPECT_EQ(paths(run()), (V{".gitignore", "main.py"}));
}

TEST_F(WalkerTest, DoubleStarAndCharacterClassesInGitignore) {
  write(".gitignore", "**/gen/**\n*.py[co]\ndocs/**/*.md\n");
  write("a/gen/x.py");
  write("gen/y.py");
  write("m.pyc");
  write("m.py");
  write("docs/a.md");
  write("docs/x/y/b.md");
  write("docs/readme.txt");
  EXPECT_EQ(paths(run()), (V{".gitignore", "docs/readme.txt", "m.py"}));
}

TEST_F(WalkerTest, AtscanignoreUsesTheSameSyntaxAndOverridesGitignore) {
  write(".gitignore", "generated/\n");
  write(".atscanignore", "!generated/\n*.md\n");
  write("generated/client.py");
  write("README.md");
  write("docs/guide.md");
  write("app.py");
  EXPECT_EQ(paths(run()), (V{".atscanignore", ".gitignore", "app.py", "generated/client.py"}));
}

TEST_F(WalkerTest, GitInfoExcludeApplies) {
  write(".git/info/exclude", "*.tmp\n");
  write("a.tmp");
  write("a.py");
  EXPECT_EQ(paths(run()), (V{"a.py"}));
}

TEST_F(WalkerTest, GitignoreFilesAboveTheScanRootApplyInsideARepository) {
  write(".git/HEAD", "ref: refs/heads/main\n");
  write(".gitignore", "*.gen\n/sub/anchored.py\n");
  write("sub/x.gen");
  write("sub/anchored.py");
  write("sub/ok.py");
  WalkOptions o;
  o.roots = {(root_ / "sub").string()};
  WalkResult r = run(o);
  EXPECT_EQ(r.root, (root_ / "sub").string());
  EXPECT_EQ(paths(r), (V{"ok.py"}));
}

TEST_F(WalkerTest, GlobalExcludesFromXdgConfigHome) {
  write("git/ignore", "*.swp\n", base_ / "xdg");
  ::setenv("XDG_CONFIG_HOME", (base_ / "xdg").c_str(), 1);
  write("a.swp");
  write("a.py");
  EXPECT_EQ(paths(run()), (V{"a.py"}));
}

TEST_F(WalkerTest, GlobalExcludesFromCoreExcludesFileInGitconfig) {
  write(".gitconfig", "[user]\n  name = x\n[core]\n\texcludesFile = ~/my-ignores\n", home_);
  write("my-ignores", "secrets/\n", home_);
  write(".config/git/ignore", "*.py\n", home_);  // not used: core.excludesFile wins
  write("secrets/key.py");
  write("a.py");
  EXPECT_EQ(paths(run()), (V{"a.py"}));
}

TEST_F(WalkerTest, NoIgnoreDisablesEveryIgnoreFile) {
  write(".gitignore", "*.py\n");
  write(".atscanignore", "*.txt\n");
  write(".git/info/exclude", "*.md\n");
  write("a.py");
  write("b.txt");
  write("c.md");
  WalkOptions o;
  o.use_gitignore = false;
  EXPECT_EQ(paths(run(o)), (V{".atscanignore", ".gitignore", "a.py", "b.txt", "c.md"}));
}

TEST_F(WalkerTest, IncludeAndExcludeGlobs) {
  write("src/a.py");
  write("src/b.js");
  write("src/vendor/c.py");
  write("tests/t.py");
  write("README.md");
  WalkOptions o;
  o.include = {"*.py"};
  o.exclude = {"vendor/"};
  EXPECT_EQ(paths(run(o)), (V{"src/a.py", "tests/t.py"}));

  WalkOptions dir_include;
  dir_include.include = {"src"};  // a directory takes everything below it
  EXPECT_EQ(paths(run(dir_include)), (V{"src/a.py", "src/b.js", "src/vendor/c.py"}));

  WalkOptions anchored;
  anchored.exclude = {"/src/*.js", "**/t.py"};
  EXPECT_EQ(paths(run(anchored)), (V{"README.md", "src/a.py", "src/vendor/c.py"}));
}

TEST_F(WalkerTest, ExplicitFilesAreScannedEvenWhenIgnored) {
  write(".gitignore", "*.py\n");
  write("a/x.py");
  write("b/y.py");
  write("b/z.txt");
  WalkOptions o;
  o.roots = {(root_ / "a/x.py").string(), (root_ / "b").string()};
  WalkResult r = run(o);
  EXPECT_EQ(r.root, root_.string());  // the common parent
  EXPECT_EQ(paths(r), (V{"a/x.py", "b/z.txt"}));

  WalkOptions single;
  single.roots = {(root_ / "b/y.py").string()};
  WalkResult s = run(single);
  EXPECT_EQ(s.root, (root_ / "b").string());
  EXPECT_EQ(paths(s), (V{"y.py"}));
}

TEST_F(WalkerTest, OverlappingArgumentsListEachFileOnce) {
  write("a/b/c.py");
  write("a/d.py");
  WalkOptions o;
  o.roots = {(root_ / "a").string(), (root_ / "a/b").string(), (root_ / "a/d.py").string()};
  WalkResult r = run(o);
  EXPECT_EQ(r.root, (root_ / "a").string());
  EXPECT_EQ(paths(r), (V{"b/c.py", "d.py"}));
}

TEST_F(WalkerTest, FilesOverTheSizeLimitAreSkippedWithAReason) {
  write("small.py", "ok\n");
  {
    std::ofstream big(root_ / "huge.bin", std::ios::binary);
  }
  fs::resize_file(root_ / "huge.bin", 5u << 20);  // sparse: no disk used
  WalkResult r = run();
  EXPECT_EQ(paths(r), (V{"small.py"}));
  EXPECT_EQ(skips(r), (std::map<std::string, std::string>{{"huge.bin", "larger than --max-file-size (4194304 bytes)"}}));

  WalkOptions unlimited;
  unlimited.max_file_size = 0;
  EXPECT_EQ(paths(run(unlimited)), (V{"huge.bin", "small.py"}));
}

TEST_F(WalkerTest, SymlinkLoopEndsAndListsEachFileOnce) {
  write("a/file.py");
  fs::create_directory_symlink("..", root_ / "a/up");     // a loop back to the root
  fs::create_directory_symlink(".", root_ / "a/self");
  fs::create_symlink("selfish", root_ / "selfish");       // points at itself: ELOOP
  WalkResult r = run();
  EXPECT_EQ(paths(r), (V{"a/file.py"}));
  EXPECT_EQ(skips(r), (std::map<std::string, std::string>{{"selfish", "symlink loop"}}));
}

TEST_F(WalkerTest, SymlinkOutsideTheRootIsNotFollowed) {
  write("outside/secret.py", "x\n", base_);
  write("inside.py");
  fs::create_directory_symlink(base_ / "outside", root_ / "out-dir");
  fs::create_symlink(base_ / "outside/secret.py", root_ / "out-file.py");
  WalkResult r = run();
  EXPECT_EQ(paths(r), (V{"inside.py"}));
  EXPECT_EQ(skips(r), (std::map<std::string, std::string>{{"out-dir", "symlink outside the scan root"},
                                                           {"out-file.py", "symlink outside the scan root"}}));
}

TEST_F(WalkerTest, SymlinksInsideTheRootAreFollowedOnce) {
  write("real/a.py");
  write("lonely/b.py");
  write(".gitignore", "lonely/\n");
  fs::create_directory_symlink("real", root_ / "alias");    // walked at its own path already
  fs::create_symlink("real/a.py", root_ / "a-link.py");      // same file: not listed twice
  fs::create_directory_symlink("lonely", root_ / "view");   // target ignored, the link is not
  WalkResult r = run();
  EXPECT_EQ(paths(r), (V{".gitignore", "real/a.py", "view/b.py"}));
  EXPECT_TRUE(r.skipped.empty());
}

TEST_F(WalkerTest, DanglingSymlinkIsReported) {
  write("a.py");
  fs::create_symlink("missing.py", root_ / "gone.py");
  WalkResult r = run();
  EXPECT_EQ(paths(r), (V{"a.py"}));
  EXPECT_EQ(skips(r), (std::map<std::string, std::string>{{"gone.py", "broken symlink: No such file or directory"}}));
}

TEST_F(WalkerTest, FifoAndSocketAreSkippedWithAReason) {
  write("a.py");
  ASSERT_EQ(::mkfifo((root_ / "pipe").c_str(), 0644), 0);
  int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(s, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::string sock = (root_ / "sock").string();
  ASSERT_LT(sock.size(), sizeof addr.sun_path);
  std::copy(sock.begin(), sock.end(), addr.sun_path);
  ASSERT_EQ(::bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  ::close(s);
  WalkResult r = run();  // would hang on open() if the FIFO were read
  EXPECT_EQ(paths(r), (V{"a.py"}));
  EXPECT_EQ(skips(r), (std::map<std::string, std::string>{{"pipe", "not a regular file (FIFO)"},
                                                           {"sock", "not a regular file (socket)"}}));
}

TEST_F(WalkerTest, IgnoredSpecialFilesAreNotReported) {
  write(".gitignore", "pipe\n");
  ASSERT_EQ(::mkfifo((root_ / "pipe").c_str(), 0644), 0);
  EXPECT_TRUE(run().skipped.empty());
}

// Root reads everything, so the permission case runs in a child that drops to "nobody".
TEST_F(WalkerTest, UnreadableDirectoryAndFileAreSkippedAndTheWalkGoesOn) {
  write("open/a.py");
  write("closed/hidden.py");
  write("locked.py");
  fs::permissions(base_, fs::perms::all);  // nobody must reach the tree
  fs::permissions(root_, fs::perms::all);
  fs::permissions(root_ / "open", fs::perms::all);
  fs::permissions(root_ / "open/a.py", fs::perms::all);
  fs::permissions(root_ / "closed", fs::perms::none);
  fs::permissions(root_ / "locked.py", fs::perms::none);
  const std::string root = root_.string();
  pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(3);
    WalkOptions o;
    o.roots = {root};
    WalkResult r = walk(o);
    bool ok = paths(r) == V{"open/a.py"} &&
              skips(r) == std::map<std::string, std::string>{{"closed", "unreadable directory: Permission denied"},
                                                             {"locked.py", "unreadable: Permission denied"}};
    ::_exit(ok ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "exit 1: wrong result, exit 3: could not drop privileges";
}

TEST_F(WalkerTest, VanishedDirectoryIsReported) {
  // A directory removed before it is read: simulated by an argument that no longer exists.
  write("a.py");
  WalkOptions o;
  o.roots = {(root_ / "a.py").string(), (root_ / "gone").string()};
  WalkResult r = run(o);
  EXPECT_EQ(paths(r), (V{"a.py"}));
  EXPECT_EQ(skips(r), (std::map<std::string, std::string>{{"gone", "No such file or directory"}}));
}

// Expected answer recorded from `git check-ignore --no-index` (git 2.39) on the same tree.
TEST_F(WalkerTest, AgreesWithGitCheckIgnore) {
  write(".gitignore",
        "*.log\n!keep.log\nbuild/\n/top.py\ndoc/frotz\n**/gen/**\na/**/z\n*.py[co]\n\\#hash\nsp\\ \n"
        "[!a-m]x.txt\n[[:digit:]]*.dat\nfoo**bar\nx/*/y\n/deep/**/*.md\n!deep/keep/**\n");
  const V all = {"#hash", "7a.dat", "a.log", "a/b/c/z", "a/gen/b/c", "a/z", "a7.dat", "ax.txt", "az", "build/x",
                 "build2/build/f", "deep/a.md", "deep/a.txt", "deep/b/c.md", "deep/keep/d.md", "doc/frotz", "foo/bar",
                 "fooxbar", "gen/x", "keep.log", "m.py", "m.pyc", "sp", "sp ", "sub/doc/frotz", "sub/keep.log",
                 "sub/top.py", "top.py", "x/a/b/y", "x/a/y", "zx.txt"};
  for (const auto& p : all) write(p);
  EXPECT_EQ(paths(run()), (V{".gitignore", "a7.dat", "ax.txt", "az", "deep/a.txt", "deep/keep/d.md", "foo/bar", "keep.log",
                             "m.py", "sp", "sub/doc/frotz", "sub/keep.log", "sub/top.py", "x/a/b/y"}));
}

TEST_F(WalkerTest, MarkedDirsAreTheFoldersHoldingTheMarkerFileWhateverTheIgnoreRules) {
  write(".atscan.yaml");
  write("a/.atscan.yaml");
  write("a/b/c.txt");
  write("ignored/.atscan.yaml");  // the folder is walked; only the file is ignored
  write(".gitignore", "ignored/.atscan.yaml\n");
  write("elsewhere/real.yaml");
  fs::create_directories(root_ / "linked");
  fs::create_symlink(root_ / "elsewhere/real.yaml", root_ / "linked/.atscan.yaml");
  fs::create_directories(root_ / "dir/.atscan.yaml");  // a folder of that name is no configuration
  write("dir/x.txt");
  WalkOptions o;
  o.marker_file = ".atscan.yaml";
  const WalkResult r = run(o);
  EXPECT_EQ(r.marker_file, ".atscan.yaml");
  EXPECT_EQ(r.marked_dirs, (std::vector<std::string>{"", "a", "ignored", "linked"}));
  EXPECT_TRUE(run().marked_dirs.empty());  // asked for nothing, lists nothing
}

TEST_F(WalkerTest, ResultIsDeterministic) {
  for (int i = 0; i < 50; ++i) write("d" + std::to_string(i % 7) + "/f" + std::to_string(i) + ".py");
  WalkResult a = run(), b = run();
  EXPECT_EQ(paths(a), paths(b));
  EXPECT_EQ(a.files.size(), 50u);
  EXPECT_TRUE(std::is_sorted(a.files.begin(), a.files.end(), [](auto& x, auto& y) { return x.path < y.path; }));
}

}  // namespace
}  // namespace atscan
