#include "cli/stderr_report.h"

#include <gtest/gtest.h>

#include <sstream>

namespace atscan::cli {
namespace {

std::vector<Notification> notes() {
  return {{"a.py", "python syntax errors; the parts that parsed were scanned", "note"},
          {"b.py", "python syntax errors; the parts that parsed were scanned", "note"},
          {"big.bin", "skipped: larger than --max-file-size (1024 bytes)", "warning"},
          {"ci.yml", "skipped: malformed YAML: bad indentation", "warning"},
          {"", "compile_commands.json found, but the Clang engine could not be loaded", "error"}};
}

TEST(StderrReport, SummarisesByKindAndAlwaysPrintsErrors) {
  std::ostringstream err;
  report_notifications(err, notes(), false, false);
  EXPECT_EQ(err.str(),
            "atscan: error: compile_commands.json found, but the Clang engine could not be loaded\n"
            "atscan: note: 2 files: python syntax errors; the parts that parsed were scanned (e.g. a.py); -v lists them\n"
            "big.bin: warning: skipped: larger than --max-file-size (1024 bytes)\n"
            "ci.yml: warning: skipped: malformed YAML: bad indentation\n");
}

TEST(StderrReport, VerboseListsEveryOneQuietOnlyErrors) {
  std::ostringstream verbose, quiet;
  report_notifications(verbose, notes(), false, true);
  EXPECT_NE(verbose.str().find("a.py: note: python syntax errors"), std::string::npos);
  EXPECT_NE(verbose.str().find("b.py: note: python syntax errors"), std::string::npos);
  report_notifications(quiet, notes(), true, false);
  EXPECT_EQ(quiet.str(), "atscan: error: compile_commands.json found, but the Clang engine could not be loaded\n");
}

TEST(StderrReport, StatsNameEveryPhaseAndFrontEnd) {
  ScanStats s;
  s.files_walked = 10;
  s.files_prefiltered = 6;
  s.files_parsed = 4;
  s.bytes_parsed = 2048;
  s.by_front_end["TreeSitterScanner .py"] = PhaseStats{3, 1500, 0.25};
  s.judge_seconds = 2;
  s.flows_seconds = 0.5;
  s.files_read_for_flows = 7;
  s.files_read_for_imports = 4;
  s.bytes_read_for_flows = 3 * 1024 * 1024 / 2;
  s.names_seconds = 0.375;
  s.prefilter_seconds = 0.5;
  s.prefilter_prebuilt = true;
  s.files_checked_for_names = 9;
  s.files_for_flows = 5;
  s.cache_wait_seconds = 0.125;
  s.solve_seconds = 1.25;
  s.solve_graph_seconds = 0.75;
  s.solve_teardown_seconds = 0.25;
  s.solve_nodes = 30;
  s.solve_edges = 40;
  s.solve_visited_nodes = 12;
  s.solve_visited_files = 3;
  s.solve_visited_flow_files = 1;
  s.peak_rss_after_scan = 100ull << 20;
  s.peak_rss_after_flows = 150ull << 20;
  s.peak_rss_after_judge = 200ull << 20;
  s.memo = "not replayed: a.py changed; this outcome is kept";
  s.setup_seconds["c queries compiled"] = 0.03125;
  s.setup_seconds["python queries compiled"] = 0.5;
  s.part_seconds["c parse"] = 0.25;
  s.part_seconds["c (read for flows) parse"] = 0.125;
  std::ostringstream err;
  report_stats(err, s);
  EXPECT_NE(err.str().find("files walked 10, prefiltered out 6, parsed 4, bytes parsed 2048"), std::string::npos) << err.str();
  EXPECT_NE(err.str().find("time walk "), std::string::npos);
  EXPECT_NE(err.str().find("prefilter built meanwhile in 0.500 s from the build's databases)"), std::string::npos) << err.str();
  EXPECT_NE(err.str().find("judge 2.000 s (of which files read for flows 0.500 s: names looked for in 9 in 0.375 s, 7 read (4 named by an include or import; 1.5 MiB parsed), 5 with flow records; flow solver 1.250 s)"),
            std::string::npos)
      << err.str();
  EXPECT_NE(err.str().find("files cheaper to scan again; waited 0.125 s for its writes after the judge"), std::string::npos) << err.str();
  EXPECT_NE(err.str().find("peak RSS after scan 100 MiB, after files read for flows 150 MiB, after judge 200 MiB"), std::string::npos) << err.str();
  EXPECT_NE(err.str().find("flow solver: graph 0.750 s (30 nodes, 40 edges), queries 0.250 s, teardown 0.250 s; its searches went through 12 nodes "
                           "in 3 files (1 of the 5 files read for flows)\n"),
            std::string::npos)
      << err.str();
  EXPECT_NE(err.str().find("memo: not replayed: a.py changed; this outcome is kept"), std::string::npos) << err.str();
  EXPECT_NE(err.str().find("front-end TreeSitterScanner .py: 3 files, 1500 bytes, 0.250 s"), std::string::npos) << err.str();
  EXPECT_NE(err.str().find("set-up (thread time, once per process): c queries compiled 0.031 s, python queries compiled 0.500 s\n"), std::string::npos)
      << err.str();
  EXPECT_NE(err.str().find("front-end parts (thread time): c (read for flows) parse 0.125 s, c parse 0.250 s\n"), std::string::npos) << err.str();
}

TEST(StderrReport, ProgressLineOnlyAfterTheDelayAndErasedAtTheEnd) {
  std::ostringstream late, soon;
  ProgressLine never(late, true, std::chrono::hours(1));
  never.callback()(1, 10);
  never.finish();
  EXPECT_EQ(late.str(), "");
  ProgressLine now(soon, true, std::chrono::milliseconds(0));
  now.callback()(5, 10);
  now.finish();
  EXPECT_EQ(soon.str(), "\ratscan: scanning 5/10 files (50%)\033[K\r\033[K");
  ProgressLine off(soon, false, std::chrono::milliseconds(0));
  EXPECT_FALSE(off.callback());
}

}  // namespace
}  // namespace atscan::cli
