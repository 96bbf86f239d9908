// A file whose language's queries are still compiling is set aside and scanned after the others
// (Scanner::ready): its stored result is asked for once, so a damaged entry is counted and noted once.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "scanners/pipeline/result_cache.h"
#include "tests/unit/hostile/hostile_support.h"

namespace atscan::testing {
namespace {
namespace fs = std::filesystem;

// A rules folder of its own: its query library is new to this process, so no language is compiled
// yet and the first Python file is deferred.
fs::path fresh_rules(const fs::path& under, const std::string& name) {
  const fs::path dir = under / name;
  fs::copy(ATSCAN_SOURCE_DIR "/rules", dir, fs::copy_options::recursive);
  return dir;
}

ScanOutcome scan_with(const fs::path& rules, const fs::path& tree, ResultCache& cache) {
  Catalog catalog = Catalog::load(rules.string());
  auto& e = hostile_engine();
  ScanOptions opts;
  opts.walk.roots = {tree.string()};
  opts.jobs = 1;
  opts.cache = &cache;
  return run_scan(opts, catalog, e.oracle, e.hosts);
}

TEST(DeferredScan, ADamagedEntryOfADeferredFileIsCountedOnce) {
  HostileTree t;
  t.write("tree/app/net.py",
          "import requests\n\n\ndef fetch(url):\n    return requests.get(url, verify=False)\n");
  const fs::path cache_dir = t.dir() / "cache";
  ResultCache cache(cache_dir, "run-key");
  ASSERT_FALSE(cache.open());
  const ScanOutcome cold = scan_with(fresh_rules(t.dir(), "rules-a"), t.dir() / "tree", cache);
  ASSERT_EQ(cold.stats.cache_stored, 1) << notes_of(cold);
  ASSERT_EQ(cold.findings.size(), 1u) << notes_of(cold);
  EXPECT_EQ(cold.findings[0].severity, Severity::warning);
  // Damage the one entry (a changed byte: its checksum no longer matches).
  fs::path entry;
  for (const auto& e : fs::recursive_directory_iterator(cache_dir))
    if (e.is_regular_file()) entry = e.path();
  ASSERT_FALSE(entry.empty());
  {
    std::fstream f(entry, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(-3, std::ios::end);
    f.put('X');
  }
  ResultCache again(cache_dir, "run-key");
  ASSERT_FALSE(again.open());
  const ScanOutcome damaged = scan_with(fresh_rules(t.dir(), "rules-b"), t.dir() / "tree", again);
  EXPECT_EQ(damaged.stats.cache_corrupt, 1) << notes_of(damaged);
  int notes = 0;
  for (const auto& n : damaged.notifications) notes += n.message.find("ignored a damaged entry") != std::string::npos;
  EXPECT_EQ(notes, 1) << notes_of(damaged);
  ASSERT_EQ(damaged.findings.size(), 1u) << notes_of(damaged);
  EXPECT_EQ(damaged.findings[0].severity, Severity::warning);
  EXPECT_EQ(damaged.findings[0].rule_id, cold.findings[0].rule_id);
}

}  // namespace
}  // namespace atscan::testing
