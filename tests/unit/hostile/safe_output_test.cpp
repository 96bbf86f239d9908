// Writes that used to follow planted symlinks, a report that could overwrite its own baseline, and
// text output that printed control characters from file names and evidence raw.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/filters/fix_apply.h"
#include "core/report/text_encoding.h"
#include "core/report/text_reporter.h"
#include "core/util/safe_write.h"
#include "tests/unit/hostile/hostile_support.h"

namespace atscan::testing {
namespace {
namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(SafeWrite, ReplacesTheTargetAndKeepsItsMode) {
  HostileTree t;
  auto p = t.write("a.pem", "old");
  fs::permissions(p, fs::perms::owner_read | fs::perms::owner_write);
  ASSERT_FALSE(write_file_atomically(p, "new").has_value());
  EXPECT_EQ(slurp(p), "new");
  EXPECT_EQ(fs::status(p).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
  size_t entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(t.dir())) ++entries;
  EXPECT_EQ(entries, 1u);  // no temporary left behind
}

TEST(SafeWrite, NeverWritesThroughASymlink) {
  HostileTree t, outside;
  auto victim = outside.write("victim", "precious");
  fs::permissions(victim, fs::perms::owner_read | fs::perms::owner_write);
  fs::create_symlink(victim, t.dir() / "report.sarif");
  auto why = write_file_atomically(t.dir() / "report.sarif", "attacker");
  ASSERT_TRUE(why.has_value());
  EXPECT_NE(why->find("is a symlink"), std::string::npos) << *why;
  EXPECT_EQ(slurp(victim), "precious");
  EXPECT_EQ(fs::status(victim).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
}

// A report to a stream (/dev/null, a link to it as /dev/stdout is) is written in place; through a link
// to a file it is refused like any other write, and said so before a scan (report_target_problem).
TEST(SafeWrite, AReportGoesToAStreamInPlaceButNeverThroughALinkToAFile) {
  HostileTree t, outside;
  ASSERT_FALSE(write_report("/dev/null", "report").has_value());
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
  fs::create_symlink("/dev/null", t.dir() / "to-null.sarif");
  EXPECT_FALSE(report_target_problem(t.dir() / "to-null.sarif").has_value());
  ASSERT_FALSE(write_report(t.dir() / "to-null.sarif", "report").has_value());
  EXPECT_TRUE(fs::is_symlink(t.dir() / "to-null.sarif"));

  auto victim = outside.write("victim", "precious");
  fs::create_symlink(victim, t.dir() / "report.sarif");
  auto before = report_target_problem(t.dir() / "report.sarif");
  ASSERT_TRUE(before.has_value());
  EXPECT_NE(before->find("is a symlink"), std::string::npos) << *before;
  auto why = write_report(t.dir() / "report.sarif", "attacker");
  ASSERT_TRUE(why.has_value());
  EXPECT_EQ(slurp(victim), "precious");

  auto missing = report_target_problem(t.dir() / "no-such" / "r.sarif");
  ASSERT_TRUE(missing.has_value());
  EXPECT_NE(missing->find("no such folder"), std::string::npos) << *missing;
  fs::create_directory(t.dir() / "a-folder");
  ASSERT_TRUE(report_target_problem(t.dir() / "a-folder").has_value());
  EXPECT_FALSE(report_target_problem(t.dir() / "new.sarif").has_value());  // a new file is fine
  ASSERT_FALSE(write_report(t.dir() / "new.sarif", "report").has_value());
  EXPECT_EQ(slurp(t.dir() / "new.sarif"), "report");
}

TEST(SafeWrite, FixIgnoresAPlantedTemporaryNameAndStaysInTheRoot) {
  HostileTree t, outside;
  auto victim = outside.write("victim", "precious");
  fs::permissions(victim, fs::perms::owner_read | fs::perms::owner_write);
  t.write("certs/ca.pem", "bundle\n");
  // The old fixed temporary name, planted as a link to a file the attacker wants overwritten.
  fs::create_symlink(victim, t.dir() / "certs/ca.pem.atscan-fix.tmp");
  std::vector<Notification> notes;
  FileChange c{"certs/ca.pem", "bundle\n", "bundle\nanchors\n", {"append"}};
  EXPECT_EQ(write_changes({c}, t.dir().string(), notes), 1);
  EXPECT_EQ(slurp(t.dir() / "certs/ca.pem"), "bundle\nanchors\n");
  EXPECT_EQ(slurp(victim), "precious");
  EXPECT_EQ(fs::status(victim).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);

  // A fix target whose folder is a link out of the root is refused.
  fs::create_directories(outside.dir() / "elsewhere");
  outside.write("elsewhere/ca.pem", "theirs");
  fs::create_directory_symlink(outside.dir() / "elsewhere", t.dir() / "linked");
  FileChange out{"linked/ca.pem", "theirs", "mine", {"append"}};
  EXPECT_EQ(write_changes({out}, t.dir().string(), notes), 0);
  EXPECT_EQ(slurp(outside.dir() / "elsewhere/ca.pem"), "theirs");
  ASSERT_FALSE(notes.empty());
  EXPECT_NE(notes.back().message.find("outside the scan root"), std::string::npos) << notes.back().message;
}

TEST(SafeWrite, BaselineAndOutputNamingTheSameFileIsAUsageError) {
  HostileTree t;
  t.write("src/app.py", "print(1)\n");
  const auto baseline = t.write("b.json", R"({"version": 1, "tool": "atscan", "findings": []})");
  CLI::App app;
  cli::GlobalOptions g;
  cli::Runner runner;
  cli::add_scan_command(app, g, runner);
  std::vector<std::string> args{"scan", (t.dir() / "src").string(), "--baseline", baseline.string(), "-o", (t.dir() / "." / "b.json").string()};
  std::reverse(args.begin(), args.end());
  app.parse(args);
  try {
    runner();
    FAIL() << "expected a usage error";
  } catch (const cli::UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("--baseline and --output name the same file"), std::string::npos) << e.what();
  }
  EXPECT_EQ(slurp(baseline), R"({"version": 1, "tool": "atscan", "findings": []})");
}

TEST(TextEscaping, ControlCharactersInPathsAndEvidenceAreShownNotSent) {
  EXPECT_EQ(escape_controls("a\nb\rc\td\x1b[2Je\x7f"), "a\\nb\\rc\\td\\x1b[2Je\\x7f");
  EXPECT_EQ(escape_controls("tab\tkept", true), "tab\tkept");
  EXPECT_EQ(escape_controls("c1 \xc2\x9b" "31m bidi \xe2\x80\xae" "x"), "c1 \\u{009b}31m bidi \\u{202e}x");
  EXPECT_EQ(escape_controls("caf\xc3\xa9 \xff"), "caf\xc3\xa9 \xef\xbf\xbd");

  Finding f;
  f.rule_id = "ats-custom-ca-bundle";
  f.severity = Severity::warning;
  f.message = "bundle \x1b]0;owned\x07";
  f.location = {"x.py\n/etc/passwd:1:1: error: forged", 1, 1, 1, 1};
  f.snippet = "verify='\x1b[31m'";
  ReportContext ctx;
  ctx.notifications.push_back({"evil\rname.py", "skipped: binary file", "note"});
  std::ostringstream out;
  TextReporter().write(out, {f}, ctx);
  const std::string text = out.str();
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  EXPECT_EQ(text.find('\r'), std::string::npos);
  EXPECT_EQ(text,
            "x.py\\n/etc/passwd:1:1: error: forged:1:1: warning: bundle \\x1b]0;owned\\x07 [ats-custom-ca-bundle]\n"
            "    verify='\\x1b[31m'\n"
            "evil\\rname.py: note: skipped: binary file\n"
            "1 finding in 0 files scanned\n");
}

}  // namespace
}  // namespace atscan::testing
