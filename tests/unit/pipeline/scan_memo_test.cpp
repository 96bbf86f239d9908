// The whole-scan memo replays an outcome only while every input is as it was; each way an input can
// change (times, content of a recently written file, a path outside the walk, the clock) is a miss.
#include "scanners/pipeline/scan_memo.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/util/input_log.h"
#include "core/util/time_horizon.h"

namespace atscan {
namespace {
namespace fs = std::filesystem;

constexpr std::int64_t kNow = 1'780'272'000;               // 2026-06-01, the run's clock
constexpr std::int64_t kLongAfter = 4'000'000'000'000'000'000;  // wall clock ns: nothing looks recent
constexpr std::int64_t kLongBefore = 0;                       // wall clock ns: everything looks recent

class ScanMemoTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "atscan-memo-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    base_ = tmpl;
    fs::create_directories(base_ / "tree");
    write("tree/a.py", "x = 1\n");
    cache_ = std::make_unique<ResultCache>(base_ / "cache", "run-key");
    ASSERT_FALSE(cache_->open());
  }
  void TearDown() override { fs::remove_all(base_); }

  void write(const std::string& rel, const std::string& text) { std::ofstream(base_ / rel, std::ios::binary) << text; }

  WalkResult walk() const {
    WalkResult w;
    w.root = (base_ / "tree").string();
    w.files.push_back({"a.py", (base_ / "tree/a.py").string(), 6, 1000, 2000, 3, 4});
    return w;
  }

  static MemoOutcome outcome() {
    MemoOutcome o;
    Finding f;
    f.rule_id = "ats-custom-ca-bundle";
    f.severity = Severity::error;
    f.message = "replaces system trust";
    f.location = {"a.py", 1, 1, 1, 6};
    f.path.push_back({{"b.py", 3, 2, 3, 9}, "the bundle is defined here"});
    f.fix = Fix{"use the system trust", {{{"a.py", 1, 1, 1, 6}, "x = 2"}}};
    f.evidence = std::string("\xff\x00raw", 5);  // bytes that are not UTF-8 come back exactly
    o.findings.push_back(f);
    o.notifications.push_back({"a.py", "note text", "note"});
    o.summary.files_scanned = 1;
    return o;
  }

  fs::path base_;
  std::unique_ptr<ResultCache> cache_;
};

TEST_F(ScanMemoTest, UnchangedWalkReplaysTheWholeOutcomeExactly) {
  InputLog inputs;
  ScanMemo memo(*cache_, "key", kLongAfter);
  ASSERT_EQ(memo.record(walk(), {""}, inputs, kNow, outcome()), "");
  std::string why;
  auto replayed = ScanMemo(*cache_, "key", kLongAfter).replay(walk(), kNow, why);
  ASSERT_TRUE(replayed) << why;
  EXPECT_EQ(replayed->findings, outcome().findings);
  EXPECT_EQ(replayed->findings[0].severity, Severity::error);
  EXPECT_EQ(replayed->notifications, outcome().notifications);
  EXPECT_EQ(replayed->summary.files_scanned, 1);
}

TEST_F(ScanMemoTest, AnotherKeyOrRootIsAMiss) {
  InputLog inputs;
  ASSERT_EQ(ScanMemo(*cache_, "key", kLongAfter).record(walk(), {""}, inputs, kNow, outcome()), "");
  std::string why;
  EXPECT_FALSE(ScanMemo(*cache_, "other profile", kLongAfter).replay(walk(), kNow, why));
  WalkResult moved = walk();
  moved.root += "-copy";
  EXPECT_FALSE(ScanMemo(*cache_, "key", kLongAfter).replay(moved, kNow, why));
  EXPECT_EQ(why, "the memo belongs to another root");
}

TEST_F(ScanMemoTest, AnyChangedTimeSizeOrInodeIsAMiss) {
  InputLog inputs;
  ASSERT_EQ(ScanMemo(*cache_, "key", kLongAfter).record(walk(), {""}, inputs, kNow, outcome()), "");
  for (int field = 0; field < 5; ++field) {
    WalkResult w = walk();
    WalkEntry& e = w.files[0];
    switch (field) {
      case 0: ++e.size; break;
      case 1: ++e.mtime_ns; break;
      case 2: ++e.ctime_ns; break;
      case 3: ++e.inode; break;
      case 4: ++e.device; break;
    }
    std::string why;
    EXPECT_FALSE(ScanMemo(*cache_, "key", kLongAfter).replay(w, kNow, why)) << field;
    EXPECT_EQ(why, "a.py changed") << field;
  }
}

TEST_F(ScanMemoTest, AddedOrSkippedFilesAreAMiss) {
  InputLog inputs;
  ASSERT_EQ(ScanMemo(*cache_, "key", kLongAfter).record(walk(), {""}, inputs, kNow, outcome()), "");
  std::string why;
  WalkResult more = walk();
  more.files.push_back({"b.py", (base_ / "tree/b.py").string(), 1, 1, 1, 1, 1});
  EXPECT_FALSE(ScanMemo(*cache_, "key", kLongAfter).replay(more, kNow, why));
  EXPECT_EQ(why, "files were added or removed");
  WalkResult skipped = walk();
  skipped.skipped.push_back({"big.bin", "larger than --max-file-size (4 bytes)"});
  EXPECT_FALSE(ScanMemo(*cache_, "key", kLongAfter).replay(skipped, kNow, why));
  EXPECT_EQ(why, "the walk skipped or left out other paths");
}

// A file written within two seconds of the scan is compared by the bytes the scan read: two writes in
// one timestamp tick leave the same times behind.
TEST_F(ScanMemoTest, RecentFileIsComparedByContentNotByItsTimes) {
  InputLog inputs;
  ScanMemo memo(*cache_, "key", kLongBefore);
  ASSERT_TRUE(memo.recent(walk().files[0]));
  EXPECT_NE(memo.record(walk(), {""}, inputs, kNow, outcome()), "") << "a recent file without its hash must not be kept";
  // The scan read other bytes than the file now holds (it was written again in the same tick).
  const std::string sha_of_read(64, '0');
  ASSERT_EQ(memo.record(walk(), {sha_of_read}, inputs, kNow, outcome()), "");
  std::string why;
  EXPECT_FALSE(ScanMemo(*cache_, "key", kLongBefore).replay(walk(), kNow, why));
  EXPECT_EQ(why, "a.py changed");
  // The scan read what is on disk now (SHA-256 of "x = 1\n"): the same times and bytes replay.
  ASSERT_EQ(memo.record(walk(), {"9e26bf369911c45c243c684147b23fc9e1dcfcf257d299a1c632016a6fcd33f4"}, inputs, kNow, outcome()), "");
  EXPECT_TRUE(ScanMemo(*cache_, "key", kLongBefore).replay(walk(), kNow, why)) << why;
}

TEST_F(ScanMemoTest, ChangedPathOutsideTheWalkIsAMiss) {
  write("ignored-ca.pem", "first");
  ScanMemo memo(*cache_, "key", kLongAfter);
  {
    InputLog inputs;
    note_input_path(base_ / "ignored-ca.pem");
    note_input_path(base_ / "absent.pem");
    ASSERT_EQ(memo.record(walk(), {""}, inputs, kNow, outcome()), "");
  }
  std::string why;
  EXPECT_TRUE(ScanMemo(*cache_, "key", kLongAfter).replay(walk(), kNow, why)) << why;
  write("ignored-ca.pem", "other");  // same size
  EXPECT_FALSE(ScanMemo(*cache_, "key", kLongAfter).replay(walk(), kNow, why));
  EXPECT_EQ(why, (base_ / "ignored-ca.pem").string() + " changed");
  write("ignored-ca.pem", "first");
  write("absent.pem", "now here");
  EXPECT_FALSE(ScanMemo(*cache_, "key", kLongAfter).replay(walk(), kNow, why));
  EXPECT_EQ(why, (base_ / "absent.pem").string() + " changed");
}

TEST_F(ScanMemoTest, HoldsOnlyUntilTheNextCertificateOrPinBoundary) {
  note_time_boundary(kNow + 100);
  InputLog inputs;
  ASSERT_EQ(ScanMemo(*cache_, "key", kLongAfter).record(walk(), {""}, inputs, kNow, outcome()), "");
  std::string why;
  EXPECT_TRUE(ScanMemo(*cache_, "key", kLongAfter).replay(walk(), kNow + 99, why)) << why;
  EXPECT_FALSE(ScanMemo(*cache_, "key", kLongAfter).replay(walk(), kNow + 100, why));
  EXPECT_FALSE(ScanMemo(*cache_, "key", kLongAfter).replay(walk(), kNow - 1, why)) << "a clock before the memo's";
}

TEST_F(ScanMemoTest, DamagedMemoIsAMissThatSaysSo) {
  InputLog inputs;
  ASSERT_EQ(ScanMemo(*cache_, "key", kLongAfter).record(walk(), {""}, inputs, kNow, outcome()), "");
  for (const auto& e : fs::recursive_directory_iterator(base_ / "cache"))
    if (e.is_regular_file()) fs::resize_file(e.path(), fs::file_size(e.path()) - 3);
  std::string why;
  EXPECT_FALSE(ScanMemo(*cache_, "key", kLongAfter).replay(walk(), kNow, why));
  EXPECT_NE(why.find("the memo is damaged"), std::string::npos) << why;
}

// A body that decodes (as the format's CBOR or not at all) but does not hold a memo's fields, or
// holds them with other types, is a miss that says why: a cache folder damaged by hand or by another tool.
TEST_F(ScanMemoTest, AMemoWithMissingOrMistypedFieldsIsAMissThatSaysSo) {
  InputLog inputs;
  ScanMemo memo(*cache_, "key", kLongAfter);
  ASSERT_EQ(memo.record(walk(), {""}, inputs, kNow, outcome()), "");
  std::string good, why;
  ASSERT_EQ(cache_->load_entry(memo.slot(), good, why), ResultCache::Lookup::hit);
  const auto valid = nlohmann::json::from_cbor(good);
  std::vector<nlohmann::json> bodies = {nlohmann::json::object(), nlohmann::json{{"memo", "x"}}, nlohmann::json::array({1, 2})};
  for (const char* field : {"root", "files", "findings"}) {
    auto wrong = valid;
    if (!wrong.contains(field)) continue;
    wrong[field] = 42;
    bodies.push_back(wrong);
    wrong.erase(field);
    bodies.push_back(wrong);
  }
  for (const auto& body : bodies) {
    const auto cbor = nlohmann::json::to_cbor(body);
    ASSERT_TRUE(cache_->store_entry(memo.slot(), std::string_view(reinterpret_cast<const char*>(cbor.data()), cbor.size())));
    why.clear();
    EXPECT_FALSE(memo.replay(walk(), kNow, why)) << body.dump();
    EXPECT_FALSE(why.empty()) << body.dump();
  }
  ASSERT_TRUE(cache_->store_entry(memo.slot(), "\xff\x00 not cbor"));
  EXPECT_FALSE(memo.replay(walk(), kNow, why));
  EXPECT_NE(why.find("cannot be decoded"), std::string::npos) << why;
}

}  // namespace
}  // namespace atscan
