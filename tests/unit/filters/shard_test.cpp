#include "core/filters/shard.h"

#include <gtest/gtest.h>

#include <set>

#include "review_fixture.h"

namespace atscan {
namespace {

TEST(Shard, ParsesAndRejects) {
  std::string error;
  auto s = parse_shard("2/4", error);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->index, 2);
  EXPECT_EQ(s->count, 4);
  for (const char* bad : {"0/4", "5/4", "1/0", "x/2", "1/", "/2", "1-2", "1/2/3", "-1/2"}) {
    EXPECT_FALSE(parse_shard(bad, error)) << bad;
    EXPECT_EQ(error.rfind("--shard: ", 0), 0u) << error;
  }
}

TEST(Shard, HashIsStable) {
  // Fixed values: a change here reshuffles every CI matrix, so it must be deliberate.
  EXPECT_EQ(stable_path_hash(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(stable_path_hash("a"), 0xaf63dc4c8601ec8cull);
}

TEST(Shard, ShardsPartitionTheFiles) {
  std::vector<std::string> files;
  for (int i = 0; i < 500; ++i) files.push_back("src/dir" + std::to_string(i % 7) + "/file" + std::to_string(i) + ".py");
  for (int n : {1, 2, 3, 8}) {
    std::multiset<std::string> seen;
    for (int i = 1; i <= n; ++i) {
      int count = 0;
      for (const auto& f : files)
        if (in_shard(f, Shard{i, n})) seen.insert(f), ++count;
      if (n > 1) EXPECT_GT(count, 0) << "shard " << i << "/" << n << " is empty";
    }
    EXPECT_EQ(seen.size(), files.size()) << n;
    EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), files.size()) << "a file landed in two shards";
  }
}

TEST(Shard, ScanOfAllShardsEqualsTheFullScan) {
  testing::TempTree t;
  for (int i = 0; i < 12; ++i) t.write("d" + std::to_string(i % 3) + "/f" + std::to_string(i) + ".reviewfixture", "x.VERIFY_OFF\n");
  auto a = testing::scan_args(t);
  auto full = cli::scan_with_filters(a, testing::global_options()).outcome;
  std::multiset<std::string> fingerprints, files;
  for (int i = 1; i <= 3; ++i) {
    a.shard = std::to_string(i) + "/3";
    auto part = cli::scan_with_filters(a, testing::global_options()).outcome;
    for (const auto& f : part.findings) fingerprints.insert(f.fingerprint);
    for (const auto& f : part.scanned_files) files.insert(f);
  }
  std::multiset<std::string> want_fp, want_files(full.scanned_files.begin(), full.scanned_files.end());
  for (const auto& f : full.findings) want_fp.insert(f.fingerprint);
  EXPECT_EQ(full.findings.size(), 12u);
  EXPECT_EQ(fingerprints, want_fp);
  EXPECT_EQ(files, want_files);
}

TEST(Shard, BadShardIsAUsageError) {
  testing::TempTree t;
  auto a = testing::scan_args(t);
  a.shard = "4/3";
  EXPECT_THROW(cli::scan_with_filters(a, testing::global_options()), cli::UsageError);
}

}  // namespace
}  // namespace atscan
