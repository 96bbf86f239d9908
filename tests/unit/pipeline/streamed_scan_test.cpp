// The scan starts while the walk is still listing files (ScanOptions::stream_walk): it must give what
// a scan of the finished walk gives, drop what the walk's callback drops, and end cleanly when the
// callback fails while workers are already reading.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "scanners/pipeline/result_cache.h"
#include "tests/unit/hostile/hostile_support.h"

namespace atscan::testing {
namespace {
namespace fs = std::filesystem;

// The bundled examples plus enough plain files that the walk hands them over in several batches
// while it is still going. "web-extra" sorts before "web/…" by path but is listed after it (the walk
// lists a folder's entries by name): the walk's order is not the scan's.
void lay_out(const HostileTree& t) {
  fs::copy(ATSCAN_SOURCE_DIR "/examples", t.dir() / "tree", fs::copy_options::recursive);
  t.write("tree/web-extra/net.py", "import requests\n\n\ndef fetch(url):\n    return requests.get(url, verify=False)\n");
  for (int d = 0; d < 12; ++d)
    for (int f = 0; f < 40; ++f)
      t.write("tree/filler/d" + std::to_string(d) + "/f" + std::to_string(f) + ".py", "def f():\n    return " + std::to_string(f) + "\n");
}

ScanOutcome scan(const fs::path& root, bool stream, std::function<void(WalkResult&)> after_walk = {}) {
  ScanOptions opts;
  opts.walk.roots = {root.string()};
  opts.jobs = 2;
  opts.explain = true;
  opts.stream_walk = stream;
  opts.after_walk = std::move(after_walk);
  auto& e = hostile_engine();
  return run_scan(opts, e.catalog, e.oracle, e.hosts);
}

using Row = std::tuple<std::string, std::string, int, std::string, std::string>;
std::vector<Row> rows(const ScanOutcome& o) {
  std::vector<Row> out;
  for (const auto& f : o.findings) out.emplace_back(f.rule_id, f.location.file, f.location.line, std::string(to_string(f.severity)), f.message);
  return out;
}
std::vector<std::string> notes(const std::vector<Notification>& ns) {
  std::vector<std::string> out;
  for (const auto& n : ns) out.push_back(n.file + "|" + n.level + "|" + n.message);
  return out;
}

TEST(StreamedScan, GivesWhatAScanOfTheFinishedWalkGives) {
  HostileTree t;
  lay_out(t);
  const ScanOutcome walk_first = scan(t.dir() / "tree", false);
  const ScanOutcome streamed = scan(t.dir() / "tree", true);
  ASSERT_FALSE(walk_first.findings.empty()) << notes_of(walk_first);
  EXPECT_TRUE(std::any_of(walk_first.findings.begin(), walk_first.findings.end(), [](const Finding& f) { return f.severity == Severity::error; }));
  EXPECT_EQ(rows(streamed), rows(walk_first));
  EXPECT_EQ(notes(streamed.notifications), notes(walk_first.notifications));
  EXPECT_EQ(notes(streamed.explained), notes(walk_first.explained));  // the files the prefilter left out, among others
  EXPECT_EQ(streamed.summary.files_scanned, walk_first.summary.files_scanned);
  EXPECT_EQ(streamed.summary.files_skipped, walk_first.summary.files_skipped);
  EXPECT_EQ(streamed.scanned_files, walk_first.scanned_files);
  EXPECT_EQ(streamed.stats.files_walked, static_cast<int>(walk_first.scanned_files.size()));
  EXPECT_GT(streamed.stats.files_walked, 480);
}

TEST(StreamedScan, AFileTheWalkCallbackDropsIsNotJudged) {
  HostileTree t;
  lay_out(t);
  const ScanOutcome all = scan(t.dir() / "tree", true);
  ASSERT_FALSE(all.findings.empty());
  const std::string dropped = all.findings.front().location.file;  // a file read (and judged) when nothing drops it
  auto drop = [&](WalkResult& w) { std::erase_if(w.files, [&](const WalkEntry& e) { return e.path == dropped; }); };
  const ScanOutcome streamed = scan(t.dir() / "tree", true, drop);
  const ScanOutcome walk_first = scan(t.dir() / "tree", false, drop);
  EXPECT_TRUE(std::none_of(streamed.findings.begin(), streamed.findings.end(), [&](const Finding& f) { return f.location.file == dropped; }));
  EXPECT_EQ(rows(streamed), rows(walk_first));
  EXPECT_EQ(notes(streamed.explained), notes(walk_first.explained));
  EXPECT_EQ(streamed.summary.files_scanned, walk_first.summary.files_scanned);
  EXPECT_EQ(streamed.summary.files_scanned + 1, all.summary.files_scanned);
  EXPECT_EQ(std::count(streamed.scanned_files.begin(), streamed.scanned_files.end(), dropped), 0);
}

// The memo of a streamed scan holds each file's times, and the content hash of a file written within
// two seconds of the scan, in its walk place: the next run replays it.
TEST(StreamedScan, TheMemoOfAStreamedScanReplays) {
  HostileTree t;
  lay_out(t);
  ResultCache cache(t.dir() / "cache", "run-key");
  ASSERT_FALSE(cache.open());
  auto scan_cached = [&] {
    ScanOptions opts;
    opts.walk.roots = {(t.dir() / "tree").string()};
    opts.jobs = 2;
    opts.cache = &cache;
    opts.memo_key = "streamed-test";
    auto& e = hostile_engine();
    return run_scan(opts, e.catalog, e.oracle, e.hosts);
  };
  const ScanOutcome first = scan_cached();
  EXPECT_EQ(first.stats.memo.rfind("not replayed: no earlier scan", 0), 0u) << first.stats.memo;
  const ScanOutcome second = scan_cached();
  EXPECT_EQ(second.stats.memo.rfind("replayed the last scan's outcome", 0), 0u) << second.stats.memo;
  EXPECT_EQ(rows(second), rows(first));
  EXPECT_EQ(rows(first), rows(scan(t.dir() / "tree", false)));
}

TEST(StreamedScan, AFailingWalkCallbackEndsTheRunWhileWorkersRead) {
  HostileTree t;
  lay_out(t);
  auto fail = [](WalkResult&) { throw std::runtime_error("config: broken nested configuration"); };
  EXPECT_THROW(scan(t.dir() / "tree", true, fail), std::runtime_error);
  // The process goes on: the next scan of the same tree is whole.
  EXPECT_EQ(rows(scan(t.dir() / "tree", true)), rows(scan(t.dir() / "tree", false)));
}

}  // namespace
}  // namespace atscan::testing
